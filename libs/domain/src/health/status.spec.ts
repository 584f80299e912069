import fc from 'fast-check';
import type { MetricPolicy, MetricResult } from './metric';
import {
  applyAmazonTarget,
  buildMetricResult,
  compareWithAmazon,
  defectBudget,
  evaluateStatus,
  meetsAmazonTarget,
} from './status';
import { DEFAULT_HEALTH_THRESHOLDS } from './thresholds';

const { metrics } = DEFAULT_HEALTH_THRESHOLDS;
const window = { start: 0, end: 1 };

describe('status and defect budget, lower is better (late shipment, red line 4 %)', () => {
  const lsr = metrics.LATE_SHIPMENT_RATE_30D;

  it('is OK at 3 of 100, WARNING at 3.2 %, BREACH at exactly 4 %', () => {
    expect(evaluateStatus(lsr, 3, 100)).toBe('OK');
    expect(evaluateStatus(lsr, 16, 500)).toBe('WARNING');
    expect(evaluateStatus(lsr, 4, 100)).toBe('BREACH');
  });

  it('lets 3 of 100 absorb 0 more late orders (4 of 100 is 4 %) and 11 of 500 absorb 8 more (19 of 500 is 3.8 %)', () => {
    expect(defectBudget(lsr, 3, 100)).toBe(0);
    expect(defectBudget(lsr, 11, 500)).toBe(8);
  });

  it('gives no budget once the red line is crossed, and none without volume', () => {
    expect(defectBudget(lsr, 9, 100)).toBe(0);
    expect(defectBudget(lsr, 0, 0)).toBeNull();
  });

  it('gives no budget for a metric with no red line', () => {
    expect(defectBudget({ ...lsr, redLine: null }, 1, 100)).toBeNull();
  });

  it('treats 10 % late responses as meeting "respond to ≥ 90 % within 24 h"', () => {
    const lrr = metrics.LATE_RESPONSE_RATE_30D;
    expect(evaluateStatus(lrr, 10, 100)).toBe('WARNING');
    expect(evaluateStatus(lrr, 11, 100)).toBe('BREACH');
    expect(defectBudget(lrr, 8, 100)).toBe(2);
  });
});

describe('status and budget, higher is better (valid tracking, red line 95 %)', () => {
  const vtr = metrics.VALID_TRACKING_RATE;

  it('is OK at 97 %, WARNING at exactly 96 %, BREACH at exactly 95 % and below', () => {
    expect(evaluateStatus(vtr, 97, 100)).toBe('OK');
    expect(evaluateStatus(vtr, 96, 100)).toBe('WARNING');
    expect(evaluateStatus(vtr, 95, 100)).toBe('BREACH');
    expect(evaluateStatus(vtr, 80, 100)).toBe('BREACH');
  });

  it('counts failures for the budget: 97 of 100 valid → 1 more untracked package (96 %) before 95 %', () => {
    expect(defectBudget(vtr, 97, 100)).toBe(1);
    expect(defectBudget(vtr, 1000, 1000)).toBe(49);
    expect(defectBudget(vtr, 95, 100)).toBe(0);
  });
});

describe('status with eBay count allowances (transaction defect rate)', () => {
  const tdr = metrics.EBAY_TRANSACTION_DEFECT_RATE;

  it('stays OK with 3 defects from unique buyers even at 3 % of 100 transactions', () => {
    expect(evaluateStatus(tdr, 3, 100, 3)).toBe('OK');
  });

  it('warns at 4 defects from 4 buyers (4 %): Top Rated lost, Below Standard needs a 5th buyer', () => {
    expect(evaluateStatus(tdr, 4, 100, 4)).toBe('WARNING');
    expect(evaluateStatus(tdr, 5, 100, 5)).toBe('BREACH');
  });

  it('treats exactly 2 % as still Above Standard', () => {
    expect(evaluateStatus(tdr, 20, 1000, 20)).toBe('WARNING');
    expect(evaluateStatus(tdr, 21, 1000, 21)).toBe('BREACH');
  });

  it('budgets the larger of the rate headroom and the count headroom', () => {
    // 1,000 transactions, 10 defects from 10 buyers: rate allows 20 (≤ 2 %) → 10 more.
    expect(defectBudget(tdr, 10, 1000, 10)).toBe(10);
    // 50 transactions, 2 defects: rate allows 1 (2 %), count allows 4 → 2 more.
    expect(defectBudget(tdr, 2, 50, 2)).toBe(2);
  });
});

describe('defect budget properties', () => {
  const arbitraryCase = fc.record({
    higherIsBetter: fc.boolean(),
    crossedWhenEqual: fc.boolean(),
    redLine: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
    denominator: fc.integer({ min: 1, max: 3000 }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('agrees with status: `budget` more defects keep the red line uncrossed, one more crosses it', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ higherIsBetter, crossedWhenEqual, redLine, denominator, share }) => {
        const policy: MetricPolicy = {
          ...metrics.ORDER_DEFECT_RATE,
          higherIsBetter,
          crossedWhenEqual,
          redLine,
          warningAt: null,
        };
        const numerator = Math.round(share * denominator);
        const budget = defectBudget(policy, numerator, denominator);
        expect(budget).not.toBeNull();
        const b = budget as number;
        const step = higherIsBetter ? -1 : 1;
        const headroom = higherIsBetter ? numerator : denominator - numerator;
        if (evaluateStatus(policy, numerator, denominator) === 'BREACH') {
          expect(b).toBe(0);
          return;
        }
        expect(evaluateStatus(policy, numerator + step * b, denominator)).not.toBe('BREACH');
        if (b < headroom) expect(evaluateStatus(policy, numerator + step * (b + 1), denominator)).toBe('BREACH');
      }),
    );
  });
});

describe('Amazon targets from a live performance report', () => {
  const odr: MetricResult = buildMetricResult({
    key: 'ORDER_DEFECT_RATE',
    marketplace: 'AMAZON',
    fulfillmentChannel: 'MFN',
    numerator: 9,
    denominator: 1000,
    window,
    policy: metrics.ORDER_DEFECT_RATE,
  });

  it('meets LESS_THAN and GREATER_THAN strictly and EQUALS exactly', () => {
    expect(meetsAmazonTarget(0.009, { targetValue: 0.01, targetCondition: 'LESS_THAN' })).toBe(true);
    expect(meetsAmazonTarget(0.01, { targetValue: 0.01, targetCondition: 'LESS_THAN' })).toBe(false);
    expect(meetsAmazonTarget(0.95, { targetValue: 0.95, targetCondition: 'GREATER_THAN' })).toBe(false);
    expect(meetsAmazonTarget(0.951, { targetValue: 0.95, targetCondition: 'GREATER_THAN' })).toBe(true);
    expect(meetsAmazonTarget(0, { targetValue: 0, targetCondition: 'EQUALS' })).toBe(true);
    expect(meetsAmazonTarget(null, { targetValue: 0, targetCondition: 'EQUALS' })).toBeNull();
  });

  it("re-evaluates Lifeline's figure against Amazon's red line: 0.9 % breaches a 0.9 % LESS_THAN target", () => {
    const judged = applyAmazonTarget(odr, { targetValue: 0.009, targetCondition: 'LESS_THAN' });
    expect(judged).toMatchObject({ redLine: 0.009, status: 'BREACH', defectBudget: 0, warningAt: 0.008 });
  });

  it('drops a warning line that would sit past the new red line', () => {
    const judged = applyAmazonTarget(odr, { targetValue: 0.005, targetCondition: 'LESS_THAN' });
    expect(judged.warningAt).toBeNull();
  });

  it('turns a GREATER_THAN target into a higher-is-better red line and keeps the safe-side warning line', () => {
    const otdr = buildMetricResult({
      key: 'ON_TIME_DELIVERY_RATE',
      marketplace: 'AMAZON',
      fulfillmentChannel: 'MFN',
      numerator: 930,
      denominator: 1000,
      window,
      policy: metrics.ON_TIME_DELIVERY_RATE,
    });
    expect(otdr.status).toBe('BREACH'); // default line 97 %
    const judged = applyAmazonTarget(otdr, { targetValue: 0.9, targetCondition: 'GREATER_THAN' });
    // 93 % clears Amazon's 90 % (29 more late packages before 90 %) but is under Lifeline's 97.6 % warning.
    expect(judged).toMatchObject({ status: 'WARNING', redLine: 0.9, warningAt: 0.976, higherIsBetter: true, defectBudget: 29 });
  });

  it('breaches an EQUALS 0 target on any defect', () => {
    const one = { ...odr, numerator: 1, value: 0.001 };
    expect(applyAmazonTarget(one, { targetValue: 0, targetCondition: 'EQUALS' }).status).toBe('BREACH');
    const none = { ...odr, numerator: 0, value: 0 };
    expect(applyAmazonTarget(none, { targetValue: 0, targetCondition: 'EQUALS' })).toMatchObject({
      status: 'OK',
      defectBudget: 0,
    });
  });

  it("shows Lifeline's figure beside Amazon's", () => {
    const diff = compareWithAmazon(odr, { rate: 0.0085, count: 8, total: 941 });
    expect(diff.difference).toBeCloseTo(0.0005, 10);
    expect(diff).toMatchObject({ numeratorDifference: 1, denominatorDifference: 59, amazonValue: 0.0085 });
  });
});
