// AliExpress positive feedback, feedback score and Detailed Seller Ratings (DOMAIN.md §4).
import { happened, thresholdsOf, type HealthContext } from './context';
import { DAY_MS, type EpochMs, type MetricResult } from './metric';
import { buildMetricResult } from './status';
import { inWindow, monthsWindow } from './time';

export interface AliExpressDsr {
  itemAsDescribed?: number | null;
  communication?: number | null;
  shippingSpeed?: number | null;
}

export interface AliExpressRatingFacts {
  ratingId: string;
  /** Opaque buyer key: the 10-day rule needs only equality. */
  buyerKey: string;
  /** 1–5 stars. */
  stars: number;
  ratedAt: EpochMs;
  /** Anonymous 1–5 DSR scores left with the rating, where given. */
  dsr?: AliExpressDsr;
}

export interface AliExpressFeedbackSummary {
  /** 4–5★ +1, 3★ 0, 1–2★ −1 over every counted rating supplied (DOMAIN.md §4). */
  feedbackScore: number;
  /** Positive ÷ (positive + negative) over the past 6 months. */
  positiveFeedbackRate: MetricResult;
  positiveCount: number;
  neutralCount: number;
  negativeCount: number;
}

/**
 * Ratings that count: one buyer's ratings within 10 days count once (DOMAIN.md §4). Lifeline keeps the first
 * and ignores that buyer's ratings until 10 days after it; the next rating after that starts a new span.
 */
export function countedAliExpressRatings(
  ratings: readonly AliExpressRatingFacts[],
  ctx: HealthContext,
): AliExpressRatingFacts[] {
  const spanMs = thresholdsOf(ctx).aliexpress.repeatBuyerDays * DAY_MS;
  const sorted = ratings
    .filter((r) => happened(r.ratedAt, ctx.asOf))
    .sort((a, b) => a.ratedAt - b.ratedAt || (a.ratingId < b.ratingId ? -1 : a.ratingId > b.ratingId ? 1 : 0));
  const lastCounted = new Map<string, EpochMs>();
  const out: AliExpressRatingFacts[] = [];
  for (const r of sorted) {
    const last = lastCounted.get(r.buyerKey);
    if (last !== undefined && r.ratedAt - last < spanMs) continue;
    lastCounted.set(r.buyerKey, r.ratedAt);
    out.push(r);
  }
  return out;
}

export function computeAliExpressFeedback(
  ratings: readonly AliExpressRatingFacts[],
  ctx: HealthContext,
): AliExpressFeedbackSummary {
  const thresholds = thresholdsOf(ctx);
  const rules = thresholds.aliexpress;
  const window = monthsWindow(ctx.asOf, rules.feedbackMonths);
  let score = 0;
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  for (const r of countedAliExpressRatings(ratings, ctx)) {
    const isPositive = r.stars >= rules.positiveMinStars;
    const isNegative = r.stars <= rules.negativeMaxStars;
    score += isPositive ? 1 : isNegative ? -1 : 0;
    if (!inWindow(r.ratedAt, window)) continue;
    if (isPositive) positive++;
    else if (isNegative) negative++;
    else neutral++;
  }
  return {
    feedbackScore: score,
    positiveFeedbackRate: buildMetricResult({
      key: 'ALIEXPRESS_POSITIVE_FEEDBACK_RATE',
      marketplace: 'ALIEXPRESS',
      fulfillmentChannel: null,
      numerator: positive,
      denominator: positive + negative,
      window,
      policy: thresholds.metrics.ALIEXPRESS_POSITIVE_FEEDBACK_RATE,
    }),
    positiveCount: positive,
    neutralCount: neutral,
    negativeCount: negative,
  };
}

export interface DsrAverage {
  /** Mean of the 1–5 scores; null with no scores. */
  average: number | null;
  count: number;
}

export interface AliExpressDsrSummary {
  itemAsDescribed: DsrAverage;
  communication: DsrAverage;
  shippingSpeed: DsrAverage;
  windowStart: EpochMs;
  windowEnd: EpochMs;
}

/**
 * DSR averages per dimension over the past 6 months (DOMAIN.md §4). DSRs are anonymous and separate from the
 * positive-feedback rating, so the 10-day repeat rule is not applied to them.
 */
export function computeAliExpressDsr(ratings: readonly AliExpressRatingFacts[], ctx: HealthContext): AliExpressDsrSummary {
  const window = monthsWindow(ctx.asOf, thresholdsOf(ctx).aliexpress.dsrMonths);
  const sums = { itemAsDescribed: 0, communication: 0, shippingSpeed: 0 };
  const counts = { itemAsDescribed: 0, communication: 0, shippingSpeed: 0 };
  const dims = ['itemAsDescribed', 'communication', 'shippingSpeed'] as const;
  for (const r of ratings) {
    if (!r.dsr || !inWindow(r.ratedAt, window) || r.ratedAt > ctx.asOf) continue;
    for (const dim of dims) {
      const score = r.dsr[dim];
      if (score === null || score === undefined) continue;
      sums[dim] += score;
      counts[dim]++;
    }
  }
  const avg = (dim: (typeof dims)[number]): DsrAverage => ({
    average: counts[dim] > 0 ? sums[dim] / counts[dim] : null,
    count: counts[dim],
  });
  return {
    itemAsDescribed: avg('itemAsDescribed'),
    communication: avg('communication'),
    shippingSpeed: avg('shippingSpeed'),
    windowStart: window.start,
    windowEnd: window.end,
  };
}
