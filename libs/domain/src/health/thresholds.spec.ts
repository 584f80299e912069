import { METRIC_KEYS } from './metric';
import { DEFAULT_HEALTH_THRESHOLDS, resolveHealthThresholds, validateHealthThresholdOverrides } from './thresholds';

describe('default thresholds (DOMAIN.md)', () => {
  const { metrics } = DEFAULT_HEALTH_THRESHOLDS;

  it('sets ODR at warning 0.8 %, red line 1 %, over 60 days', () => {
    expect(metrics.ORDER_DEFECT_RATE).toMatchObject({ warningAt: 0.008, redLine: 0.01, windowDays: 60 });
  });

  it('sets late shipment 4 % over 10 and 30 days, cancel 2.5 % over 7, valid tracking 95 % (higher is better)', () => {
    expect(metrics.LATE_SHIPMENT_RATE_10D).toMatchObject({ redLine: 0.04, windowDays: 10 });
    expect(metrics.LATE_SHIPMENT_RATE_30D).toMatchObject({ redLine: 0.04, windowDays: 30 });
    expect(metrics.PRE_FULFILLMENT_CANCEL_RATE).toMatchObject({ redLine: 0.025, windowDays: 7 });
    expect(metrics.VALID_TRACKING_RATE).toMatchObject({ redLine: 0.95, higherIsBetter: true });
  });

  it('has a policy for every metric key, with warnings on the safe side of red lines', () => {
    for (const key of METRIC_KEYS) {
      const p = metrics[key];
      expect(p).toBeDefined();
      if (p.warningAt !== null && p.redLine !== null) {
        expect(p.higherIsBetter ? p.warningAt > p.redLine : p.warningAt < p.redLine).toBe(true);
      }
    }
  });
});

describe('resolveHealthThresholds', () => {
  it('overrides one field of one metric and keeps the rest', () => {
    const t = resolveHealthThresholds({ metrics: { ORDER_DEFECT_RATE: { warningAt: 0.006 } }, amazon: { responseHours: 12 } });
    expect(t.metrics.ORDER_DEFECT_RATE).toMatchObject({ warningAt: 0.006, redLine: 0.01, windowDays: 60 });
    expect(t.amazon).toMatchObject({ responseHours: 12, returnResponseHours: 48 });
    expect(t.metrics.LATE_SHIPMENT_RATE_10D).toBe(DEFAULT_HEALTH_THRESHOLDS.metrics.LATE_SHIPMENT_RATE_10D);
  });

  it('leaves the defaults untouched', () => {
    resolveHealthThresholds({ metrics: { ORDER_DEFECT_RATE: { redLine: 0.5 } } });
    expect(DEFAULT_HEALTH_THRESHOLDS.metrics.ORDER_DEFECT_RATE.redLine).toBe(0.01);
  });
});

describe('validateHealthThresholdOverrides', () => {
  it('accepts a stricter ODR warning line and a shorter window', () => {
    expect(validateHealthThresholdOverrides({ metrics: { ORDER_DEFECT_RATE: { warningAt: 0.005, redLine: 0.01, windowDays: 60 } } })).toEqual([]);
  });

  it('refuses a warning line on the wrong side of the red line, for both directions', () => {
    expect(validateHealthThresholdOverrides({ metrics: { ORDER_DEFECT_RATE: { warningAt: 0.012 } } })).toEqual([
      { path: 'metrics.ORDER_DEFECT_RATE.warningAt', message: 'must be below the red line, so it warns first' },
    ]);
    expect(validateHealthThresholdOverrides({ metrics: { VALID_TRACKING_RATE: { warningAt: 0.9 } } })).toEqual([
      { path: 'metrics.VALID_TRACKING_RATE.warningAt', message: 'must be above the red line, so it warns first' },
    ]);
  });

  it('refuses lines outside 0–1 and windows that are not whole days, or on metrics without a window', () => {
    const problems = validateHealthThresholdOverrides({
      metrics: {
        LATE_SHIPMENT_RATE_10D: { redLine: 4, windowDays: 0 },
        EBAY_TRANSACTION_DEFECT_RATE: { windowDays: 90 },
      },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'metrics.LATE_SHIPMENT_RATE_10D.redLine',
      'metrics.LATE_SHIPMENT_RATE_10D.windowDays',
      'metrics.EBAY_TRANSACTION_DEFECT_RATE.windowDays',
    ]);
  });

  it('allows switching a warning off', () => {
    expect(validateHealthThresholdOverrides({ metrics: { ORDER_DEFECT_RATE: { warningAt: null } } })).toEqual([]);
  });
});
