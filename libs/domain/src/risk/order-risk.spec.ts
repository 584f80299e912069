import { DAY_MS, HOUR_MS } from '../health/metric';
import {
  nextRiskRescoreAt,
  orderValueOfItems,
  reopensResolvedRisk,
  riskSettingsProblems,
  riskSignalsOf,
  withRiskDefaults,
  RISK_REFRESH_HORIZON_MS,
  type OrderRiskFacts,
} from './order-risk';
import { DEFAULT_RISK_SETTINGS, scoreOrder, validateRiskSettings, type RiskSettings, type RiskSignals } from './scoring';

const NOW = Date.parse('2026-03-10T12:00:00Z');

function order(overrides: Partial<RiskSignals> = {}): RiskSignals {
  return {
    now: NOW,
    orderValueMinor: 2_500,
    currency: 'EUR',
    latestShipDate: NOW - 5 * DAY_MS,
    shipConfirmedAt: NOW - 6 * DAY_MS,
    hasValidTrackingScan: true,
    promisedDeliveryAt: NOW - 2 * DAY_MS,
    deliveredAt: NOW - 3 * DAY_MS,
    returnRequestedAt: null,
    returnHandledAt: null,
    buyerContactsAt: [],
    oldestUnansweredBuyerMessageAt: null,
    feedbackRating: null,
    openClaims: [],
    buyerMessages: [],
    ...overrides,
  };
}

describe('orderValueOfItems', () => {
  it('sums line prices (already per quantity) in minor units of the first priced currency', () => {
    expect(orderValueOfItems([{ price: 14.9, currency: 'EUR' }, { price: 0.1, currency: 'EUR' }])).toEqual({ valueMinor: 1500, currency: 'EUR' });
  });

  it('uses the currency without a minor unit as is (JPY)', () => {
    expect(orderValueOfItems([{ price: 4980, currency: 'JPY' }])).toEqual({ valueMinor: 4980, currency: 'JPY' });
  });

  it('leaves out lines in another currency and unpriced lines', () => {
    expect(orderValueOfItems([{ price: null, currency: 'USD' }, { price: 10, currency: 'GBP' }, { price: 5, currency: 'USD' }])).toEqual({
      valueMinor: 1000,
      currency: 'GBP',
    });
  });

  it('is zero with no known currency', () => {
    expect(orderValueOfItems([])).toEqual({ valueMinor: 0, currency: null });
    expect(orderValueOfItems([{ price: 3, currency: null }])).toEqual({ valueMinor: 0, currency: null });
  });
});

describe('nextRiskRescoreAt', () => {
  it('is null for a quiet, delivered order: nothing moves with time', () => {
    expect(nextRiskRescoreAt(order())).toBeNull();
  });

  it('is just after the ship-by date of an unshipped order, when it becomes a late shipment', () => {
    const s = order({ latestShipDate: NOW + 5 * HOUR_MS, shipConfirmedAt: null, promisedDeliveryAt: NOW + 4 * DAY_MS, deliveredAt: null });
    const at = nextRiskRescoreAt(s)!;
    expect(at).toBe(NOW + 5 * HOUR_MS + 1);
    expect(scoreOrder(s).reasons.map((r) => r.code)).not.toContain('LATE_SHIPMENT');
    expect(scoreOrder({ ...s, now: at }).reasons.map((r) => r.code)).toContain('LATE_SHIPMENT');
  });

  it('steps a day at a time while an unshipped order is late, so "n days late" stays true', () => {
    const s = order({ latestShipDate: NOW - 30 * HOUR_MS, shipConfirmedAt: null, promisedDeliveryAt: NOW + 3 * DAY_MS, deliveredAt: null });
    expect(nextRiskRescoreAt(s)).toBe(NOW - 30 * HOUR_MS + 2 * DAY_MS);
  });

  it('stops refreshing the counts past the horizon', () => {
    const old = NOW - RISK_REFRESH_HORIZON_MS - DAY_MS;
    expect(nextRiskRescoreAt(order({ latestShipDate: old, shipConfirmedAt: null, promisedDeliveryAt: old, deliveredAt: null }))).toBeNull();
  });

  it('is when a return request runs out of its handling hours, then hourly', () => {
    const requested = NOW - 10 * HOUR_MS;
    expect(nextRiskRescoreAt(order({ returnRequestedAt: requested }))).toBe(requested + DEFAULT_RISK_SETTINGS.returnHandlingHours * HOUR_MS);
    const older = NOW - 30.5 * HOUR_MS;
    expect(nextRiskRescoreAt(order({ returnRequestedAt: older }))).toBe(older + 31 * HOUR_MS);
    expect(nextRiskRescoreAt(order({ returnRequestedAt: requested, returnHandledAt: NOW - HOUR_MS }))).toBeNull();
  });

  it('is when the tracking-scan grace ends for a shipped order without a scan', () => {
    const shipped = NOW - 2 * HOUR_MS;
    const s = order({ shipConfirmedAt: shipped, hasValidTrackingScan: false, promisedDeliveryAt: NOW + 3 * DAY_MS, deliveredAt: null });
    expect(nextRiskRescoreAt(s)).toBe(shipped + 24 * HOUR_MS);
  });

  it('takes the earliest of several', () => {
    const s = order({ promisedDeliveryAt: NOW + 2 * HOUR_MS, deliveredAt: null, returnRequestedAt: NOW - 23 * HOUR_MS });
    expect(nextRiskRescoreAt(s)).toBe(NOW + HOUR_MS);
  });
});

describe('reopensResolvedRisk', () => {
  const reason = (code: 'OPEN_A_TO_Z_CLAIM' | 'LATE_SHIPMENT') => ({ code, weight: 1, points: 1, detail: '', params: {} });

  it('brings a handled order back when a reason appears that it did not have', () => {
    expect(reopensResolvedRisk(['LATE_SHIPMENT'], [reason('LATE_SHIPMENT'), reason('OPEN_A_TO_Z_CLAIM')])).toBe(true);
  });

  it('keeps it handled when the same reasons only changed their numbers, or some went away', () => {
    expect(reopensResolvedRisk(['LATE_SHIPMENT', 'OPEN_A_TO_Z_CLAIM'], [reason('LATE_SHIPMENT')])).toBe(false);
  });
});

describe('riskSettingsProblems', () => {
  it('names the field of each problem validateRiskSettings finds', () => {
    const bad = { ...DEFAULT_RISK_SETTINGS, threshold: 120, weights: { ...DEFAULT_RISK_SETTINGS.weights, OPEN_CHARGEBACK: -1 } };
    expect(riskSettingsProblems(validateRiskSettings(bad))).toEqual([
      { field: 'weights.OPEN_CHARGEBACK', message: 'must be 0–100' },
      { field: 'threshold', message: 'must be 0–100' },
    ]);
  });
});

describe('riskSignalsOf', () => {
  const shipped = {
    fulfillmentChannel: 'MFN' as const,
    latestShipDate: NOW - 5 * DAY_MS,
    shipConfirmedAt: NOW - 4 * DAY_MS,
    cancelledAt: null,
    promisedDeliveryAt: NOW - DAY_MS,
    deliveredAt: null,
    hasValidTracking: true,
    items: [{ price: 49.9, currency: 'EUR' }],
  };
  const facts = (overrides: Partial<OrderRiskFacts> = {}): OrderRiskFacts => ({
    order: shipped,
    feedbackRating: null,
    openClaims: [],
    returns: [],
    tickets: [],
    messages: [],
    ...overrides,
  });
  const message = (ticketId: string, direction: 'INBOUND' | 'OUTBOUND', hoursAgo: number, extra: Partial<OrderRiskFacts['messages'][number]> = {}) => ({
    ticketId,
    direction,
    text: direction === 'INBOUND' ? 'Where is my parcel?' : 'It is on its way.',
    language: 'en',
    sentAt: NOW - hoursAgo * HOUR_MS,
    noResponseNeeded: false,
    isAutoReply: false,
    failed: false,
    ...extra,
  });

  it('reads a seller-fulfilled order’s shipping facts and its value', () => {
    const { signals, currency } = riskSignalsOf(facts(), NOW);
    expect(signals).toMatchObject({ promisedDeliveryAt: NOW - DAY_MS, deliveredAt: null, hasValidTrackingScan: true, orderValueMinor: 4990, currency: 'EUR' });
    expect(currency).toBe('EUR');
  });

  it('leaves shipping out for FBA orders and cancelled orders (DOMAIN.md §1.2)', () => {
    for (const order of [{ ...shipped, fulfillmentChannel: 'AFN' as const }, { ...shipped, shipConfirmedAt: null, cancelledAt: NOW - DAY_MS }]) {
      const { signals } = riskSignalsOf(facts({ order }), NOW);
      expect(signals).toMatchObject({ latestShipDate: null, shipConfirmedAt: null, promisedDeliveryAt: null, hasValidTrackingScan: null });
      expect(scoreOrder(signals).reasons.map((r) => r.code)).toEqual([]);
    }
  });

  it('scores what it knows when the order report has not arrived', () => {
    const { signals, currency } = riskSignalsOf(facts({ order: null, openClaims: [{ kind: 'A_TO_Z', openedAt: NOW - HOUR_MS }] }), NOW);
    expect(currency).toBeNull();
    expect(scoreOrder(signals).reasons.map((r) => r.code)).toEqual(['OPEN_A_TO_Z_CLAIM']);
  });

  it('counts a buyer message unanswered until a real reply follows it on its ticket', () => {
    const tickets = [
      { id: 't1', language: 'de', status: 'OPEN', createdAt: NOW - 30 * HOUR_MS },
      { id: 't2', language: 'en', status: 'OPEN', createdAt: NOW - 10 * HOUR_MS },
    ];
    const answered = riskSignalsOf(facts({ tickets, messages: [message('t1', 'INBOUND', 30), message('t1', 'OUTBOUND', 20), message('t2', 'INBOUND', 10)] }), NOW);
    expect(answered.signals.oldestUnansweredBuyerMessageAt).toBe(NOW - 10 * HOUR_MS);
    expect(answered.signals.buyerContactsAt).toEqual([NOW - 30 * HOUR_MS, NOW - 10 * HOUR_MS]);
    expect(answered.language).toBe('en');

    const autoReply = riskSignalsOf(facts({ tickets, messages: [message('t1', 'INBOUND', 30), message('t1', 'OUTBOUND', 29, { isAutoReply: true })] }), NOW);
    expect(autoReply.signals.oldestUnansweredBuyerMessageAt).toBe(NOW - 30 * HOUR_MS);
    const failed = riskSignalsOf(facts({ tickets, messages: [message('t1', 'INBOUND', 30), message('t1', 'OUTBOUND', 29, { failed: true })] }), NOW);
    expect(failed.signals.oldestUnansweredBuyerMessageAt).toBe(NOW - 30 * HOUR_MS);
    const noResponse = riskSignalsOf(facts({ tickets, messages: [message('t1', 'INBOUND', 30, { noResponseNeeded: true })] }), NOW);
    expect(noResponse.signals.oldestUnansweredBuyerMessageAt).toBeNull();
    const closed = riskSignalsOf(facts({ tickets: [{ ...tickets[0]!, status: 'CLOSED' }], messages: [message('t1', 'INBOUND', 30)] }), NOW);
    expect(closed.signals.oldestUnansweredBuyerMessageAt).toBeNull();
  });

  it('waits on the oldest unhandled return; handled only when every return is', () => {
    const returns = [
      { requestedAt: NOW - 40 * HOUR_MS, handledAt: NOW - 30 * HOUR_MS },
      { requestedAt: NOW - 26 * HOUR_MS, handledAt: null },
    ];
    expect(riskSignalsOf(facts({ returns }), NOW).signals).toMatchObject({ returnRequestedAt: NOW - 26 * HOUR_MS, returnHandledAt: null });
    const done = riskSignalsOf(facts({ returns: [returns[0]!] }), NOW).signals;
    expect(done).toMatchObject({ returnRequestedAt: NOW - 40 * HOUR_MS, returnHandledAt: NOW - 30 * HOUR_MS });
  });
});

describe('withRiskDefaults', () => {
  it('fills what stored settings lack from the defaults', () => {
    const stored = { threshold: 70, weights: { OPEN_A_TO_Z_CLAIM: 90 } } as unknown as Partial<RiskSettings>;
    const s = withRiskDefaults(stored);
    expect(s.threshold).toBe(70);
    expect(s.weights.OPEN_A_TO_Z_CLAIM).toBe(90);
    expect(s.weights.OPEN_CHARGEBACK).toBe(DEFAULT_RISK_SETTINGS.weights.OPEN_CHARGEBACK);
    expect(validateRiskSettings(s)).toEqual([]);
    expect(withRiskDefaults(null)).toBe(DEFAULT_RISK_SETTINGS);
  });
});
