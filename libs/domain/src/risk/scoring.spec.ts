import { DAY_MS, HOUR_MS } from '../health/metric';
import {
  DEFAULT_RISK_SETTINGS,
  combineRiskPoints,
  nextRiskDeadline,
  scoreOrder,
  validateRiskSettings,
  type RiskReasonCode,
  type RiskSettings,
  type RiskSignals,
} from './scoring';

const NOW = Date.parse('2026-03-10T12:00:00Z');

/** A quiet order: shipped on time, scanned, delivered on time, small, no messages. Scores 0. */
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

const codes = (s: RiskSignals, settings?: RiskSettings) => scoreOrder(s, settings).reasons.map((r) => r.code);
const reason = (s: RiskSignals, code: RiskReasonCode) => scoreOrder(s).reasons.find((r) => r.code === code);

describe('scoreOrder: a quiet order', () => {
  it('scores 0 with no reasons and no deadline', () => {
    expect(scoreOrder(order())).toEqual({ score: 0, reasons: [], nextDeadline: null, nextDeadlineKind: null, inPool: false });
  });
});

describe('scoreOrder: each signal', () => {
  it('an open A-to-z claim scores its weight and puts the order in the pool', () => {
    const result = scoreOrder(order({ openClaims: [{ kind: 'A_TO_Z', openedAt: NOW - HOUR_MS }] }));
    expect(result.score).toBe(70);
    expect(result.inPool).toBe(true);
    expect(result.reasons).toEqual([
      { code: 'OPEN_A_TO_Z_CLAIM', weight: 70, points: 70, detail: 'An A-to-z Guarantee claim is open on this order.', params: {} },
    ]);
  });

  it('an open chargeback scores its weight', () => {
    expect(codes(order({ openClaims: [{ kind: 'CHARGEBACK', openedAt: NOW - DAY_MS }] }))).toEqual(['OPEN_CHARGEBACK']);
    expect(scoreOrder(order({ openClaims: [{ kind: 'CHARGEBACK', openedAt: NOW - DAY_MS }] })).score).toBe(70);
  });

  it.each([1, 2])('%i-star feedback is negative feedback already left', (rating) => {
    expect(reason(order({ feedbackRating: rating }), 'NEGATIVE_FEEDBACK_LEFT')).toMatchObject({ points: 60, params: { rating } });
  });

  it.each([3, 4, 5])('%i-star feedback is not', (rating) => {
    expect(codes(order({ feedbackRating: rating }))).toEqual([]);
  });

  it('a buyer message carries its intents and tone, with the matched words', () => {
    const result = scoreOrder(
      order({
        buyerMessages: [{ language: 'de', text: 'Die Ware ist kaputt. Ich will eine Rückerstattung, sonst Rückbuchung über meine Bank.' }],
      }),
    );
    expect(result.reasons.map((r) => r.code)).toEqual(['CHARGEBACK_INTENT', 'REFUND_INTENT', 'NEGATIVE_TONE']);
    expect(result.reasons[0]?.params).toEqual({ matches: expect.arrayContaining(['*rückbuchung*', 'meine bank']) });
    expect(result.reasons[2]).toMatchObject({ weight: 30, points: 12, params: { tone: 0.4, matches: ['kaputt*'] } });
  });

  it('takes intents from every message and the tone of the most negative one', () => {
    const result = scoreOrder(
      order({
        buyerMessages: [
          { language: 'en', text: 'Where is my order?' },
          { language: 'en', text: 'Still waiting. Terrible, really terrible service. I will leave negative feedback.' },
          { language: 'fr', text: 'Je veux un remboursement.' },
        ],
      }),
    );
    expect(result.reasons.map((r) => r.code).sort()).toEqual(['COMPLAINT_INTENT', 'NEGATIVE_FEEDBACK_THREAT', 'NEGATIVE_TONE', 'REFUND_INTENT']);
  });

  it('late shipment: confirmed after the latest ship date', () => {
    const s = order({ latestShipDate: NOW - 5 * DAY_MS, shipConfirmedAt: NOW - 3 * DAY_MS });
    expect(reason(s, 'LATE_SHIPMENT')).toMatchObject({ points: 20, params: { days: 2, shipped: true } });
    expect(reason(s, 'LATE_SHIPMENT')?.detail).toBe('Shipped 2 day(s) after the latest ship date.');
  });

  it('late shipment: not confirmed and past the latest ship date', () => {
    const s = order({ latestShipDate: NOW - 30 * HOUR_MS, shipConfirmedAt: null, hasValidTrackingScan: null, deliveredAt: null, promisedDeliveryAt: NOW + 3 * DAY_MS });
    expect(reason(s, 'LATE_SHIPMENT')).toMatchObject({ params: { days: 2, shipped: false } });
  });

  it('not late when confirmed on the latest ship date', () => {
    expect(codes(order({ latestShipDate: NOW - 5 * DAY_MS, shipConfirmedAt: NOW - 5 * DAY_MS }))).toEqual([]);
  });

  it('missing tracking scan counts after the grace period, not before, and not once delivered', () => {
    const base = { hasValidTrackingScan: false, deliveredAt: null, promisedDeliveryAt: NOW + DAY_MS, latestShipDate: NOW } as const;
    expect(reason(order({ ...base, shipConfirmedAt: NOW - 30 * HOUR_MS }), 'MISSING_TRACKING_SCAN')).toMatchObject({
      points: 20,
      params: { hours: 30 },
    });
    expect(codes(order({ ...base, shipConfirmedAt: NOW - 10 * HOUR_MS }))).toEqual([]);
    expect(codes(order({ hasValidTrackingScan: false }))).toEqual([]);
  });

  it('not delivered past the promised date ramps from half weight to full weight over three days', () => {
    const overdue = (ms: number) =>
      reason(order({ promisedDeliveryAt: NOW - ms, deliveredAt: null, hasValidTrackingScan: true }), 'NOT_DELIVERED_PAST_PROMISE');
    expect(overdue(HOUR_MS)).toMatchObject({ weight: 35, points: 18, params: { days: 1 } });
    expect(overdue(3 * DAY_MS)).toMatchObject({ points: 35, params: { days: 3 } });
    expect(overdue(10 * DAY_MS)).toMatchObject({ points: 35, params: { days: 10 } });
  });

  it('delivered after the promised date', () => {
    expect(reason(order({ promisedDeliveryAt: NOW - 4 * DAY_MS, deliveredAt: NOW - 2 * DAY_MS }), 'DELIVERED_LATE')).toMatchObject({
      points: 10,
      params: { days: 2 },
    });
  });

  it('return requested and not handled within 24 hours', () => {
    expect(reason(order({ returnRequestedAt: NOW - 26 * HOUR_MS }), 'RETURN_NOT_HANDLED')).toMatchObject({ points: 35, params: { hours: 26 } });
    expect(codes(order({ returnRequestedAt: NOW - 20 * HOUR_MS }))).toEqual([]);
    expect(codes(order({ returnRequestedAt: NOW - 40 * HOUR_MS, returnHandledAt: NOW - 30 * HOUR_MS }))).toEqual([]);
  });

  it('several contacts within 48 hours, in any window', () => {
    const three = [NOW - 60 * HOUR_MS, NOW - 40 * HOUR_MS, NOW - 15 * HOUR_MS];
    expect(reason(order({ buyerContactsAt: three }), 'REPEATED_CONTACTS')).toMatchObject({ points: 25, params: { contacts: 3, hours: 48 } });
    expect(codes(order({ buyerContactsAt: [NOW - 60 * HOUR_MS, NOW - 10 * HOUR_MS, NOW] }))).toEqual([]);
    expect(codes(order({ buyerContactsAt: [NOW - HOUR_MS, NOW] }))).toEqual([]);
  });

  it('order value by band in the order currency; a currency without bands adds nothing', () => {
    expect(reason(order({ orderValueMinor: 6_000 }), 'HIGH_ORDER_VALUE')).toMatchObject({ weight: 15, points: 5 });
    expect(reason(order({ orderValueMinor: 20_000 }), 'HIGH_ORDER_VALUE')).toMatchObject({ points: 10 });
    expect(reason(order({ orderValueMinor: 99_900 }), 'HIGH_ORDER_VALUE')).toMatchObject({
      points: 15,
      params: { amountMinor: 99_900, currency: 'EUR' },
    });
    expect(reason(order({ orderValueMinor: 70_000, currency: 'JPY' }), 'HIGH_ORDER_VALUE')).toMatchObject({ points: 15 });
    expect(codes(order({ orderValueMinor: 4_999 }))).toEqual([]);
    expect(codes(order({ orderValueMinor: 1_000_000, currency: 'SEK' }))).toEqual([]);
  });
});

describe('scoreOrder: combining and explaining', () => {
  it('combines as 100·(1 − Π(1 − p/100)) and sorts reasons by points', () => {
    const result = scoreOrder(
      order({
        openClaims: [{ kind: 'A_TO_Z', openedAt: NOW - HOUR_MS }],
        feedbackRating: 1,
        returnRequestedAt: NOW - 30 * HOUR_MS,
      }),
    );
    // 1 − 0.3 · 0.4 · 0.65 = 0.922
    expect(result.score).toBe(92);
    expect(result.reasons.map((r) => [r.code, r.points])).toEqual([
      ['OPEN_A_TO_Z_CLAIM', 70],
      ['NEGATIVE_FEEDBACK_LEFT', 60],
      ['RETURN_NOT_HANDLED', 35],
    ]);
  });

  it('a threat plus one more signal crosses the threshold; a routine return request does not', () => {
    const threat = { buyerMessages: [{ language: 'en', text: 'Sort this out or I open an A-to-z claim.' }] };
    expect(scoreOrder(order(threat)).inPool).toBe(false);
    expect(scoreOrder(order({ ...threat, returnRequestedAt: NOW - 30 * HOUR_MS })).score).toBe(64);
    expect(scoreOrder(order({ ...threat, returnRequestedAt: NOW - 30 * HOUR_MS })).inPool).toBe(true);
    expect(scoreOrder(order({ buyerMessages: [{ language: 'en', text: 'How do I return this?' }] })).score).toBe(15);
  });

  it('a resolved order keeps its score and leaves the pool', () => {
    const result = scoreOrder(order({ feedbackRating: 1, resolved: true }));
    expect(result.score).toBe(60);
    expect(result.inPool).toBe(false);
  });

  it('uses the threshold and weights from settings', () => {
    const settings: RiskSettings = {
      ...DEFAULT_RISK_SETTINGS,
      threshold: 80,
      weights: { ...DEFAULT_RISK_SETTINGS.weights, OPEN_A_TO_Z_CLAIM: 90 },
    };
    const s = order({ openClaims: [{ kind: 'A_TO_Z', openedAt: NOW }] });
    expect(scoreOrder(s, settings)).toMatchObject({ score: 90, inPool: true });
    expect(scoreOrder(order({ feedbackRating: 2 }), settings).inPool).toBe(false);
  });

  it('drops a signal whose weight is 0 from the reasons', () => {
    const settings: RiskSettings = { ...DEFAULT_RISK_SETTINGS, weights: { ...DEFAULT_RISK_SETTINGS.weights, NEGATIVE_FEEDBACK_LEFT: 0 } };
    expect(scoreOrder(order({ feedbackRating: 1 }), settings)).toMatchObject({ score: 0, reasons: [] });
  });

  it('combineRiskPoints clamps and rounds', () => {
    expect(combineRiskPoints([])).toBe(0);
    expect(combineRiskPoints([50, 50])).toBe(75);
    expect(combineRiskPoints([100, 10])).toBe(100);
    expect(combineRiskPoints([-20, 150])).toBe(100);
  });
});

describe('nextDeadline', () => {
  it('A-to-z: 48 hours from the request; a stated deadline wins', () => {
    const openedAt = NOW - HOUR_MS;
    expect(nextRiskDeadline(order({ openClaims: [{ kind: 'A_TO_Z', openedAt }] }))).toEqual({ at: openedAt + 48 * HOUR_MS, kind: 'A_TO_Z_RESPONSE' });
    expect(nextRiskDeadline(order({ openClaims: [{ kind: 'A_TO_Z', openedAt, respondBy: NOW + HOUR_MS }] }))?.at).toBe(NOW + HOUR_MS);
  });

  it('chargeback: 7 calendar days from the email', () => {
    expect(scoreOrder(order({ openClaims: [{ kind: 'CHARGEBACK', openedAt: NOW }] }))).toMatchObject({
      nextDeadline: NOW + 7 * DAY_MS,
      nextDeadlineKind: 'CHARGEBACK_RESPONSE',
    });
  });

  it('the nearest of return 48 h, buyer message 24 h and ship-by, even when already past', () => {
    const s = order({
      returnRequestedAt: NOW - 10 * HOUR_MS,
      oldestUnansweredBuyerMessageAt: NOW - 30 * HOUR_MS,
      shipConfirmedAt: null,
      latestShipDate: NOW + DAY_MS,
    });
    expect(scoreOrder(s)).toMatchObject({ nextDeadline: NOW - 6 * HOUR_MS, nextDeadlineKind: 'BUYER_MESSAGE_RESPONSE' });
    expect(nextRiskDeadline(order({ returnRequestedAt: NOW - 10 * HOUR_MS }))).toEqual({ at: NOW + 38 * HOUR_MS, kind: 'RETURN_RESPONSE' });
    expect(nextRiskDeadline(order({ shipConfirmedAt: null, latestShipDate: NOW + DAY_MS }))).toEqual({ at: NOW + DAY_MS, kind: 'SHIP_BY' });
  });

  it('a handled return has no deadline', () => {
    expect(nextRiskDeadline(order({ returnRequestedAt: NOW - HOUR_MS, returnHandledAt: NOW }))).toBeNull();
  });
});

describe('validateRiskSettings', () => {
  it('accepts the defaults', () => {
    expect(validateRiskSettings(DEFAULT_RISK_SETTINGS)).toEqual([]);
  });

  it('reports weights and threshold outside 0–100, unsorted bands and non-positive windows', () => {
    const errors = validateRiskSettings({
      ...DEFAULT_RISK_SETTINGS,
      threshold: 120,
      weights: { ...DEFAULT_RISK_SETTINGS.weights, LATE_SHIPMENT: -1 },
      orderValueBands: { EUR: [{ fromMinor: 500, share: 0.5 }, { fromMinor: 100, share: 2 }] },
      returnHandlingHours: 0,
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        'weights.LATE_SHIPMENT: must be 0–100',
        'threshold: must be 0–100',
        'orderValueBands.EUR: bands must ascend by whole minor units',
        'orderValueBands.EUR: share must be 0–1',
        'returnHandlingHours: must be above 0',
      ]),
    );
  });
});
