import { forecastOrderDefectRate, forecastRate } from './forecast';
import { DEFAULT_HEALTH_THRESHOLDS } from './thresholds';
import { at, claim, days, order } from './test-builders';

const asOf = at('2025-06-30T00:00:00Z');
const odrPolicy = DEFAULT_HEALTH_THRESHOLDS.metrics.ORDER_DEFECT_RATE;

describe('forecast at the recent pace', () => {
  // 20 orders a day for 60 days (1,200). 6 defects so far, all on orders bought on the window's first day;
  // 4 of them arrived in the last 14 days, so the pace is 2 defects a week.
  const units = Array.from({ length: 1200 }, (_, i) => {
    const orderAt = asOf - days(60) + Math.floor(i / 20) * days(1);
    const defectAt = i < 6 ? (i < 4 ? asOf - days(3) : asOf - days(30)) : null;
    return { at: orderAt, defectAt };
  });

  it('slides the window: the first week drops out with its 6 defects, 4 new defects arrive in 14 days', () => {
    const [in7, in14] = forecastRate(units, asOf, odrPolicy);
    // In 7 days: orders from days 53 back to 0 remain (1,060) + 7 days at 20/day = 1,200; defects 0 known
    // (all 6 were on day-60 orders, which have dropped out) + 2 at the recent pace.
    expect(in7.horizonDays).toBe(7);
    expect(in7.expectedDenominator).toBeCloseTo(1200, 6);
    expect(in7.expectedNumerator).toBeCloseTo(2, 6);
    expect(in7.status).toBe('OK');
    expect(in14.expectedNumerator).toBeCloseTo(4, 6);
    expect(in14.windowStart).toBe(asOf - days(46));
  });

  it('warns ahead of time when defects keep arriving fast', () => {
    const busy = units.map((u, i) => (i % 100 === 50 ? { ...u, defectAt: asOf - days(1) } : u));
    // 12 more defects yesterday: 16 in the last 14 days.
    expect(busy.filter((u) => u.defectAt !== null)).toHaveLength(18);
    const [in7, in14] = forecastRate(busy, asOf, odrPolicy);
    expect(in7.value).toBeGreaterThan(0.008);
    expect(in14.value).toBeGreaterThan(in7.value as number);
    expect(in14.status).toBe('BREACH');
  });

  it('forecasts ODR from orders and claims', () => {
    const orders = Array.from({ length: 600 }, (_, i) => order(`o${i}`, asOf - days(60) + Math.floor(i / 10) * days(1)));
    const claims = [claim('o599', 'A_TO_Z', asOf - days(1)), claim('o598', 'A_TO_Z', asOf - days(2))];
    const [in7] = forecastOrderDefectRate({ orders, feedback: [], claims }, { asOf });
    // Both defects are on recent orders that stay; 2 more arrive in 7 days at 2 per 14 days → 3 of 600.
    expect(in7.expectedNumerator).toBeCloseTo(3, 6);
    expect(in7.expectedDenominator).toBeCloseTo(600, 6);
    expect(in7.value).toBeCloseTo(0.005, 6);
  });
});
