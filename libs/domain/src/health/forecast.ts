// Where a rolling-window rate will stand in 7 and 14 days if orders and defects keep arriving at the recent
// pace. A planning aid for the health dashboard, not a marketplace rule.
import type { OdrInput } from './amazon-odr';
import { orderDefectTimeline } from './amazon-odr';
import { thresholdsOf, type HealthContext } from './context';
import { DAY_MS, type ChannelScope, type EpochMs, type MetricPolicy, type MetricStatus } from './metric';
import { evaluateStatus } from './status';
import { policyWindow } from './time';

/** One unit of the denominator (an order): its window date and when its first defect arrived, if any. */
export interface ForecastUnit {
  at: EpochMs;
  defectAt: EpochMs | null;
}

export interface ForecastOptions {
  /** Days of recent history that set the pace. */
  paceDays: number;
  /** Days ahead to project. */
  horizonsDays: readonly number[];
}

export const DEFAULT_FORECAST_OPTIONS: ForecastOptions = { paceDays: 14, horizonsDays: [7, 14] };

export interface RateForecastPoint {
  horizonDays: number;
  windowStart: EpochMs;
  windowEnd: EpochMs;
  /** Expected values: known units and defects plus the pace's share, so usually fractional. */
  expectedNumerator: number;
  expectedDenominator: number;
  value: number | null;
  status: MetricStatus;
}

/**
 * For each horizon h the window slides by h days: units older than its new start drop out with their defects,
 * days not yet lived are filled at the recent order pace, and h days of defects arrive at the recent defect
 * pace (by the date each defect arrived). For lower-is-better rates such as ODR.
 */
export function forecastRate(
  units: readonly ForecastUnit[],
  asOf: EpochMs,
  policy: MetricPolicy,
  options: ForecastOptions = DEFAULT_FORECAST_OPTIONS,
): RateForecastPoint[] {
  const window = policyWindow(asOf, policy);
  const paceStart = asOf - options.paceDays * DAY_MS;
  let recentUnits = 0;
  let recentDefects = 0;
  for (const u of units) {
    if (u.at >= paceStart && u.at < asOf) recentUnits++;
    if (u.defectAt !== null && u.defectAt >= paceStart && u.defectAt <= asOf) recentDefects++;
  }
  const unitsPerDay = recentUnits / options.paceDays;
  const defectsPerDay = recentDefects / options.paceDays;

  return options.horizonsDays.map((h) => {
    const start = window.start + h * DAY_MS;
    const end = window.end + h * DAY_MS;
    let known = 0;
    let knownDefects = 0;
    for (const u of units) {
      if (u.at < start || u.at >= end || u.at > asOf) continue;
      known++;
      if (u.defectAt !== null && u.defectAt <= asOf) knownDefects++;
    }
    const futureDays = Math.max(0, end - Math.max(start, asOf)) / DAY_MS;
    const denominator = known + unitsPerDay * futureDays;
    const numerator = Math.min(denominator, knownDefects + defectsPerDay * h);
    return {
      horizonDays: h,
      windowStart: start,
      windowEnd: end,
      expectedNumerator: numerator,
      expectedDenominator: denominator,
      value: denominator > 0 ? numerator / denominator : null,
      status: evaluateStatus(policy, numerator, denominator),
    };
  });
}

/** ODR in 7 and 14 days at the recent pace of orders and defects (DOMAIN.md §1.1 window and lines). */
export function forecastOrderDefectRate(
  input: OdrInput,
  ctx: HealthContext,
  channel: ChannelScope = 'ALL',
  options: ForecastOptions = DEFAULT_FORECAST_OPTIONS,
): RateForecastPoint[] {
  const policy = thresholdsOf(ctx).metrics.ORDER_DEFECT_RATE;
  const window = policyWindow(ctx.asOf, policy);
  const units = orderDefectTimeline(input, { start: window.start, end: ctx.asOf + 1 }, ctx, channel);
  return forecastRate(units, ctx.asOf, policy, options);
}
