// Status, defect budget and Amazon target evaluation, shared by every metric.
import type { Marketplace } from '../marketplaces';
import type {
  ChannelScope,
  MetricKey,
  MetricPolicy,
  MetricResult,
  MetricStatus,
} from './metric';
import type { TimeWindow } from './time';

type Lines = Pick<MetricPolicy, 'higherIsBetter' | 'crossedWhenEqual'>;

/** Has `value` crossed `line` in the bad direction? */
export function lineCrossed(lines: Lines, value: number, line: number): boolean {
  if (lines.higherIsBetter) return lines.crossedWhenEqual ? value <= line : value < line;
  return lines.crossedWhenEqual ? value >= line : value > line;
}

/**
 * The count eBay's allowances compare with: defects for a lower-is-better metric, failures for a
 * higher-is-better one, unless the caller counts something else (unique buyers, DOMAIN.md §3).
 */
function badCount(policy: MetricPolicy, numerator: number, denominator: number, allowanceCount?: number): number {
  if (allowanceCount !== undefined) return allowanceCount;
  return policy.higherIsBetter ? denominator - numerator : numerator;
}

function crossed(
  policy: MetricPolicy,
  line: number | null,
  allowance: number | null,
  value: number,
  count: number,
): boolean {
  if (line === null || !lineCrossed(policy, value, line)) return false;
  return allowance === null || count > allowance;
}

export function evaluateStatus(
  policy: MetricPolicy,
  numerator: number,
  denominator: number,
  allowanceCount?: number,
): MetricStatus {
  if (denominator <= 0) return 'OK';
  const value = numerator / denominator;
  const count = badCount(policy, numerator, denominator, allowanceCount);
  if (crossed(policy, policy.redLine, policy.redLineCountAllowance, value, count)) return 'BREACH';
  if (crossed(policy, policy.warningAt, policy.warningCountAllowance, value, count)) return 'WARNING';
  return 'OK';
}

/**
 * Defects (failures, for a higher-is-better metric) that can still arrive, with the denominator held at its
 * current volume, before the red line is crossed. Each extra defect is assumed to come from a new buyer,
 * so count allowances shrink by one per defect too.
 */
export function defectBudget(
  policy: MetricPolicy,
  numerator: number,
  denominator: number,
  allowanceCount?: number,
): number | null {
  const red = policy.redLine;
  if (red === null || denominator <= 0) return null;
  const isCrossed = (m: number): boolean => lineCrossed(policy, m / denominator, red);
  const count = badCount(policy, numerator, denominator, allowanceCount);
  const countBudget =
    policy.redLineCountAllowance === null ? Number.NEGATIVE_INFINITY : policy.redLineCountAllowance - count;

  let rateBudget: number;
  if (!policy.higherIsBetter) {
    // Largest defect count m ≤ denominator not yet on the wrong side of the line. Start from the float
    // estimate, then step with the same comparison `status` uses so the two always agree.
    let m = Math.min(denominator, Math.max(0, Math.floor(red * denominator)));
    while (m >= 0 && isCrossed(m)) m--;
    while (m + 1 <= denominator && !isCrossed(m + 1)) m++;
    rateBudget = m - numerator;
  } else {
    // Smallest success count g still on the good side; failures may take successes down to g.
    let g = Math.min(denominator, Math.max(0, Math.ceil(red * denominator)));
    while (g <= denominator && isCrossed(g)) g++;
    while (g - 1 >= 0 && !isCrossed(g - 1)) g--;
    rateBudget = g > denominator ? Number.NEGATIVE_INFINITY : numerator - g;
  }
  const headroom = policy.higherIsBetter ? numerator : denominator - numerator;
  return Math.max(0, Math.min(headroom, Math.max(rateBudget, countBudget)));
}

export interface MetricInput {
  key: MetricKey;
  marketplace: Marketplace;
  fulfillmentChannel: ChannelScope | null;
  numerator: number;
  denominator: number;
  window: TimeWindow;
  policy: MetricPolicy;
  /** What eBay's count allowances compare with, when not the numerator (e.g. unique buyers). */
  allowanceCount?: number;
}

export function buildMetricResult(input: MetricInput): MetricResult {
  const { policy, numerator, denominator } = input;
  return {
    key: input.key,
    marketplace: input.marketplace,
    fulfillmentChannel: input.fulfillmentChannel,
    value: denominator > 0 ? numerator / denominator : null,
    numerator,
    denominator,
    windowStart: input.window.start,
    windowEnd: input.window.end,
    warningAt: policy.warningAt,
    redLine: policy.redLine,
    higherIsBetter: policy.higherIsBetter,
    status: evaluateStatus(policy, numerator, denominator, input.allowanceCount),
    defectBudget: defectBudget(policy, numerator, denominator, input.allowanceCount),
  };
}

// ---- Amazon's own targets (DOMAIN.md "Lifeline's decisions", §2.1) --------------------------------------

export type AmazonTargetCondition = 'GREATER_THAN' | 'LESS_THAN' | 'EQUALS';

/** `targetValue` / `targetCondition` as `GET_V2_SELLER_PERFORMANCE_REPORT` carries them (a fraction). */
export interface AmazonTarget {
  targetValue: number;
  targetCondition: AmazonTargetCondition;
}

/** Does `value` meet Amazon's target? null when there is no value (no orders in the window). */
export function meetsAmazonTarget(value: number | null, target: AmazonTarget): boolean | null {
  if (value === null) return null;
  switch (target.targetCondition) {
    case 'GREATER_THAN':
      return value > target.targetValue;
    case 'LESS_THAN':
      return value < target.targetValue;
    case 'EQUALS':
      return value === target.targetValue;
  }
}

/**
 * Re-evaluate a Lifeline figure against the target a live performance report carries: the report's target
 * wins over the default red line (DOMAIN.md "Lifeline's decisions"). The warning line stays when it still
 * sits on the safe side of the new red line, and is dropped otherwise.
 */
export function applyAmazonTarget(result: MetricResult, target: AmazonTarget): MetricResult {
  const { targetValue, targetCondition } = target;
  if (targetCondition === 'EQUALS') {
    const meets = meetsAmazonTarget(result.value, target);
    return {
      ...result,
      warningAt: null,
      redLine: targetValue,
      status: meets === false ? 'BREACH' : 'OK',
      defectBudget: result.denominator > 0 ? 0 : null,
    };
  }
  const higherIsBetter = targetCondition === 'GREATER_THAN';
  const keepWarning =
    result.warningAt !== null &&
    result.higherIsBetter === higherIsBetter &&
    (higherIsBetter ? result.warningAt > targetValue : result.warningAt < targetValue);
  const policy: MetricPolicy = {
    windowDays: null,
    lagDays: 0,
    higherIsBetter,
    warningAt: keepWarning ? result.warningAt : null,
    redLine: targetValue,
    crossedWhenEqual: true, // GREATER_THAN / LESS_THAN are strict
    warningCountAllowance: null,
    redLineCountAllowance: null,
  };
  return {
    ...result,
    warningAt: policy.warningAt,
    redLine: targetValue,
    higherIsBetter,
    status: evaluateStatus(policy, result.numerator, result.denominator),
    defectBudget: defectBudget(policy, result.numerator, result.denominator),
  };
}

/** Amazon's figure for the same metric, as its report gives it. */
export interface AmazonReportedFigure {
  rate: number | null;
  count?: number;
  total?: number;
}

export interface AmazonComparison {
  lifelineValue: number | null;
  amazonValue: number | null;
  /** lifeline − amazon; null when either side has no value. */
  difference: number | null;
  numeratorDifference: number | null;
  denominatorDifference: number | null;
}

/** Lifeline's figure beside Amazon's, so the difference is visible (DOMAIN.md "Lifeline's decisions"). */
export function compareWithAmazon(result: MetricResult, reported: AmazonReportedFigure): AmazonComparison {
  return {
    lifelineValue: result.value,
    amazonValue: reported.rate,
    difference: result.value === null || reported.rate === null ? null : result.value - reported.rate,
    numeratorDifference: reported.count === undefined ? null : result.numerator - reported.count,
    denominatorDifference: reported.total === undefined ? null : result.denominator - reported.total,
  };
}
