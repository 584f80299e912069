import { DAY_MS } from '../health';
import { buildEvidenceChecklist, type EvidenceFacts, type EvidenceOrderFacts } from './evidence';

const T0 = Date.UTC(2026, 9, 1, 8, 0);
const shippedOnTime: EvidenceOrderFacts = {
  fulfillmentChannel: 'MFN',
  latestShipDate: T0 + 2 * DAY_MS,
  shipConfirmedAt: T0 + DAY_MS,
  cancelledAt: null,
  hasValidTracking: true,
  promisedDeliveryAt: T0 + 6 * DAY_MS,
  deliveredAt: T0 + 4 * DAY_MS,
};
const facts = (over: Partial<EvidenceFacts> = {}): EvidenceFacts => ({ kind: 'A_TO_Z', order: shippedOnTime, buyerMessages: [], compensation: [], ...over });
const byKey = (f: EvidenceFacts) => Object.fromEntries(buildEvidenceChecklist(f).map((i) => [i.key, i]));

describe('evidence checklist (DOMAIN.md §1.6, §1.7)', () => {
  it('a well-handled order has every piece of evidence, in the order of a response', () => {
    const items = buildEvidenceChecklist(
      facts({ buyerMessages: [{ receivedAt: T0 + 3 * DAY_MS, answeredAt: T0 + 3 * DAY_MS + 3_600_000, noResponseNeeded: false }], compensation: [{ kind: 'PARTIAL_REFUND', state: 'EXECUTED', cost: '5.00 EUR' }] }),
    );
    expect(items.map((i) => [i.key, i.state])).toEqual([
      ['SHIP_CONFIRMATION', 'PRESENT'],
      ['TRACKING', 'PRESENT'],
      ['DELIVERY', 'PRESENT'],
      ['MESSAGE_HISTORY', 'PRESENT'],
      ['COMPENSATION_OFFERED', 'PRESENT'],
    ]);
    expect(items[0]!.detail).toBe('Ship-confirmed on 2026-10-02, by the expected ship date 2026-10-03.');
    expect(items[2]!.detail).toBe('Delivery scan on 2026-10-05, on time (promised by 2026-10-07).');
    expect(items[3]!.detail).toBe('All 1 buyer message(s) were answered.');
    expect(items[4]!.detail).toBe('Offered: partial refund 5.00 EUR (executed).');
  });

  it('says what is missing: no ship confirmation, no tracking, no delivery scan', () => {
    const items = byKey(facts({ order: { ...shippedOnTime, shipConfirmedAt: null, hasValidTracking: false, deliveredAt: null } }));
    expect(items.SHIP_CONFIRMATION).toMatchObject({ state: 'MISSING', detail: 'The order was never ship-confirmed.' });
    expect(items.TRACKING).toMatchObject({ state: 'MISSING' });
    expect(items.DELIVERY).toMatchObject({ state: 'MISSING', detail: 'No delivery scan; delivery was promised by 2026-10-07.' });
    expect(items.COMPENSATION_OFFERED).toMatchObject({ state: 'MISSING', detail: 'No compensation was offered.' });
  });

  it('a late ship confirmation and a late delivery are present, and say so', () => {
    const items = byKey(facts({ order: { ...shippedOnTime, shipConfirmedAt: T0 + 3 * DAY_MS, deliveredAt: T0 + 8 * DAY_MS } }));
    expect(items.SHIP_CONFIRMATION).toMatchObject({ state: 'PRESENT', params: { late: 1 } });
    expect(items.DELIVERY).toMatchObject({ state: 'PRESENT', detail: 'Delivery scan on 2026-10-09, 2 day(s) after the promised 2026-10-07.', params: { lateDays: 2 } });
  });

  it('an unanswered buyer message is a gap; "no response needed" messages do not count', () => {
    const items = byKey(
      facts({
        buyerMessages: [
          { receivedAt: T0, answeredAt: T0 + 1000, noResponseNeeded: false },
          { receivedAt: T0 + DAY_MS, answeredAt: null, noResponseNeeded: false },
          { receivedAt: T0 + DAY_MS, answeredAt: null, noResponseNeeded: true },
        ],
      }),
    );
    expect(items.MESSAGE_HISTORY).toMatchObject({ state: 'MISSING', detail: '1 of 2 buyer message(s) were not answered.', params: { messages: 2, unanswered: 1 } });
    expect(byKey(facts()).MESSAGE_HISTORY).toMatchObject({ state: 'NOT_APPLICABLE' });
  });

  it('FBA orders leave shipping to Amazon; an unknown order asks for the order report', () => {
    const fba = byKey(facts({ order: { ...shippedOnTime, fulfillmentChannel: 'AFN' } }));
    expect(fba.SHIP_CONFIRMATION!.state).toBe('NOT_APPLICABLE');
    expect(fba.TRACKING!.state).toBe('NOT_APPLICABLE');
    const unknown = byKey(facts({ order: null }));
    expect(unknown.SHIP_CONFIRMATION).toMatchObject({ state: 'MISSING', detail: 'The order is not in Lifeline: import the order report.' });
  });

  it('a compensation waiting for approval is not an offer yet', () => {
    expect(byKey(facts({ compensation: [{ kind: 'COUPON', state: 'REQUESTED', cost: '3.00 EUR' }] })).COMPENSATION_OFFERED).toMatchObject({
      state: 'MISSING',
      detail: '1 compensation request(s) still wait for approval.',
    });
  });
});
