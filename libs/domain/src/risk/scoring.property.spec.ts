import fc from 'fast-check';
import { DAY_MS, HOUR_MS } from '../health/metric';
import { DEFAULT_RISK_SETTINGS, RISK_REASON_CODES, combineRiskPoints, scoreOrder, type RiskSettings, type RiskSignals } from './scoring';

/*
 * The score must never drop when a buyer or an order gets worse: adding a signal (a claim, a 1★ rating, a
 * message, a contact, a failed scan) or raising a weight never lowers it. Run counts stay low: jest's vm
 * sandbox makes every lexicon pass slow.
 */

const NOW = Date.parse('2026-03-10T12:00:00Z');
const TEXTS = [
  { language: 'en', text: 'Where is my parcel? I want a refund or I open an A-to-z claim.' },
  { language: 'en', text: 'No problem, thanks!' },
  { language: 'de', text: 'Nicht angekommen. Rückbuchung über meine Bank!' },
  { language: 'es', text: 'Producto roto, quiero la devolución.' },
  { language: 'fr', text: 'Très déçu, avis négatif.' },
  { language: 'it', text: 'Non funziona, voglio il rimborso.' },
  { language: 'ja', text: 'まだ届きません' },
];

const time = fc.integer({ min: -20 * DAY_MS, max: 5 * DAY_MS }).map((offset) => NOW + offset);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const signals: fc.Arbitrary<RiskSignals> = fc.record({
  now: fc.constant(NOW),
  orderValueMinor: fc.integer({ min: 0, max: 200_000 }),
  currency: fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'SEK'),
  latestShipDate: maybe(time),
  shipConfirmedAt: maybe(time),
  hasValidTrackingScan: fc.constantFrom(true, false, null),
  promisedDeliveryAt: maybe(time),
  deliveredAt: maybe(time),
  returnRequestedAt: maybe(time),
  returnHandledAt: maybe(time),
  buyerContactsAt: fc.array(time, { maxLength: 5 }),
  oldestUnansweredBuyerMessageAt: maybe(time),
  feedbackRating: maybe(fc.integer({ min: 1, max: 5 })),
  openClaims: fc.array(fc.record({ kind: fc.constantFrom('A_TO_Z' as const, 'CHARGEBACK' as const), openedAt: time }), { maxLength: 2 }),
  buyerMessages: fc.array(fc.constantFrom(...TEXTS), { maxLength: 2 }),
});

type Worsening = (s: RiskSignals) => RiskSignals;
const worsenings: fc.Arbitrary<Worsening> = fc.oneof(
  fc.constantFrom<Worsening>(
    (s) => ({ ...s, openClaims: [...s.openClaims, { kind: 'A_TO_Z', openedAt: NOW }] }),
    (s) => ({ ...s, openClaims: [...s.openClaims, { kind: 'CHARGEBACK', openedAt: NOW }] }),
    (s) => ({ ...s, feedbackRating: s.feedbackRating !== null && s.feedbackRating <= 2 ? s.feedbackRating : 1 }),
    (s) => ({ ...s, buyerContactsAt: [...s.buyerContactsAt, NOW - HOUR_MS, NOW] }),
    (s) => (s.shipConfirmedAt !== null && s.deliveredAt === null ? { ...s, hasValidTrackingScan: false } : s),
    (s) => (s.returnHandledAt === null && s.returnRequestedAt === null ? { ...s, returnRequestedAt: NOW - 30 * HOUR_MS } : s),
  ),
  fc.constantFrom(...TEXTS).map<Worsening>((m) => (s) => ({ ...s, buyerMessages: [...s.buyerMessages, m] })),
);

describe('risk score properties', () => {
  it('adding a signal never lowers the score', () => {
    fc.assert(
      fc.property(signals, worsenings, (s, worsen) => {
        expect(scoreOrder(worsen(s)).score).toBeGreaterThanOrEqual(scoreOrder(s).score);
      }),
      { numRuns: 300 },
    );
  });

  it('raising a weight never lowers the score', () => {
    fc.assert(
      fc.property(signals, fc.constantFrom(...RISK_REASON_CODES), fc.integer({ min: 0, max: 100 }), (s, code, extra) => {
        const before = DEFAULT_RISK_SETTINGS.weights[code];
        const raised: RiskSettings = {
          ...DEFAULT_RISK_SETTINGS,
          weights: { ...DEFAULT_RISK_SETTINGS.weights, [code]: Math.min(100, before + extra) },
        };
        expect(scoreOrder(s, raised).score).toBeGreaterThanOrEqual(scoreOrder(s).score);
      }),
      { numRuns: 200 },
    );
  });

  it('is an integer 0–100, reasons sorted by points, each within its weight, pool = threshold', () => {
    fc.assert(
      fc.property(signals, (s) => {
        const result = scoreOrder(s);
        expect(Number.isInteger(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        for (let i = 1; i < result.reasons.length; i++) {
          expect(result.reasons[i - 1]!.points).toBeGreaterThanOrEqual(result.reasons[i]!.points);
        }
        for (const r of result.reasons) {
          expect(r.points).toBeGreaterThan(0);
          expect(r.points).toBeLessThanOrEqual(r.weight);
        }
        expect(result.inPool).toBe(result.score >= DEFAULT_RISK_SETTINGS.threshold);
        // No reason scores more than the whole.
        expect(result.score).toBeGreaterThanOrEqual(Math.max(0, ...result.reasons.map((r) => r.points)) - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('combining points is order-independent and monotone', () => {
    const points = fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 8 });
    fc.assert(
      fc.property(points, fc.integer({ min: 0, max: 100 }), (ps, extra) => {
        expect(combineRiskPoints([...ps, extra])).toBeGreaterThanOrEqual(combineRiskPoints(ps));
        expect(combineRiskPoints([...ps].reverse())).toBe(combineRiskPoints(ps));
      }),
      { numRuns: 1_000 },
    );
  });
});
