// Default lines, windows and rule parameters for every metric, taken from DOMAIN.md. Callers (the API's
// `health` settings, a live performance report) override any part of it with resolveHealthThresholds.
import type { MetricKey, MetricPolicy } from './metric';

export type LateShipmentDateBasis = 'EXPECTED_SHIP_DATE' | 'PURCHASE_DATE';

export interface AmazonRules {
  /** 1–2 stars is negative (DOMAIN.md §1.5). */
  negativeFeedbackMaxStars: number;
  /** Buyer message response target, calendar hours (DOMAIN.md §1.3). */
  responseHours: number;
  /** Return request must be authorised, refunded or closed within (DOMAIN.md §1.3 RDR). */
  returnResponseHours: number;
  /**
   * Which date puts an order in the LSR window. DOMAIN.md §1.2 gives no date basis [U]; the ship-by date
   * is when lateness is decided, so it is the default.
   */
  lateShipmentDateBasis: LateShipmentDateBasis;
}

export interface EbayRules {
  /** Sellers evaluated monthly on this day of the month (DOMAIN.md §3). */
  evaluationDayOfMonth: number;
  /** ≥ this many transactions in the short look-back → short look-back, else long (DOMAIN.md §3). */
  shortLookbackMinTransactions: number;
  shortLookbackMonths: number;
  longLookbackMonths: number;
  /** Positive Feedback % covers transactions ended in the last 12 months (DOMAIN.md §3 Feedback). */
  positiveFeedbackMonths: number;
  /** Top Rated extras, US (DOMAIN.md §3). */
  topRatedMinDaysActive: number;
  topRatedMinTransactions12m: number;
  topRatedMinSalesUsd12m: number;
}

export interface AliExpressRules {
  /** Positive feedback and DSR cover the past 6 months (DOMAIN.md §4). */
  feedbackMonths: number;
  dsrMonths: number;
  /** Ratings by one buyer within this many days count once (DOMAIN.md §4). */
  repeatBuyerDays: number;
  /** 4–5★ positive, 3★ neutral, 1–2★ negative (DOMAIN.md §4). */
  positiveMinStars: number;
  negativeMaxStars: number;
}

export interface HealthThresholds {
  metrics: Record<MetricKey, MetricPolicy>;
  amazon: AmazonRules;
  ebay: EbayRules;
  aliexpress: AliExpressRules;
}

export type HealthThresholdOverrides = {
  metrics?: Partial<Record<MetricKey, Partial<MetricPolicy>>>;
  amazon?: Partial<AmazonRules>;
  ebay?: Partial<EbayRules>;
  aliexpress?: Partial<AliExpressRules>;
};

/** Amazon's targets are strict ("< 1 %", LESS_THAN / GREATER_THAN, DOMAIN.md §2.1). */
function amazonLower(windowDays: number, warningAt: number | null, redLine: number | null): MetricPolicy {
  return {
    windowDays,
    lagDays: 0,
    higherIsBetter: false,
    warningAt,
    redLine,
    crossedWhenEqual: true,
    warningCountAllowance: null,
    redLineCountAllowance: null,
  };
}

function amazonHigher(windowDays: number, warningAt: number | null, redLine: number | null): MetricPolicy {
  return { ...amazonLower(windowDays, warningAt, redLine), higherIsBetter: true };
}

/**
 * eBay's levels are inclusive ("≤ 2 %") and carry counts (DOMAIN.md §3); the look-back is the marketplace's
 * own month rule (in `ebay` / `aliexpress` below), not a day window.
 */
function ebayLines(
  higherIsBetter: boolean,
  warningAt: number | null,
  warningCountAllowance: number | null,
  redLine: number | null,
  redLineCountAllowance: number | null,
): MetricPolicy {
  return {
    windowDays: null,
    lagDays: 0,
    higherIsBetter,
    warningAt,
    redLine,
    crossedWhenEqual: false,
    warningCountAllowance,
    redLineCountAllowance,
  };
}

// Warning lines DOMAIN.md does not give are Lifeline defaults: 80 % of the red line's allowance, the same
// proportion as the seed's ODR 0.8 % warning under a 1 % red line (DOMAIN.md "Lifeline's decisions").
export const DEFAULT_HEALTH_THRESHOLDS: HealthThresholds = {
  metrics: {
    // DOMAIN.md "Lifeline's decisions" + §1.1: warning 0.8 %, red line 1 %, 60 days.
    ORDER_DEFECT_RATE: amazonLower(60, 0.008, 0.01),
    // §1.1: components share ODR's denominator, so one component at 1 % alone puts ODR at 1 %.
    NEGATIVE_FEEDBACK_RATE: amazonLower(60, 0.008, 0.01),
    A_TO_Z_CLAIM_RATE: amazonLower(60, 0.008, 0.01),
    CHARGEBACK_RATE: amazonLower(60, 0.008, 0.01),
    // §1.2: LSR < 4 %, 10- and 30-day.
    LATE_SHIPMENT_RATE_10D: amazonLower(10, 0.032, 0.04),
    LATE_SHIPMENT_RATE_30D: amazonLower(30, 0.032, 0.04),
    // §1.2: cancel rate < 2.5 %, 7 days.
    PRE_FULFILLMENT_CANCEL_RATE: amazonLower(7, 0.02, 0.025),
    // §1.2: VTR > 95 %, 30-day (the report example's range).
    VALID_TRACKING_RATE: amazonHigher(30, 0.96, 0.95),
    // §1.2: OTDR "recommend > 97 %", 14-day rolling [S].
    ON_TIME_DELIVERY_RATE: amazonHigher(14, 0.976, 0.97),
    // §1.3: respond to ≥ 90 % within 24 h [S] → late ≤ 10 % meets the target, so the line is inclusive.
    LATE_RESPONSE_RATE_7D: { ...amazonLower(7, 0.08, 0.1), crossedWhenEqual: false },
    LATE_RESPONSE_RATE_30D: { ...amazonLower(30, 0.08, 0.1), crossedWhenEqual: false },
    LATE_RESPONSE_RATE_90D: { ...amazonLower(90, 0.08, 0.1), crossedWhenEqual: false },
    // §1.3: RDR < 10 %; window [U], 60 days "commonly cited".
    RETURN_DISSATISFACTION_RATE: amazonLower(60, 0.08, 0.1),
    // §1.3: CSDR < 25 %; window [U], 90 days is Lifeline's default.
    CUSTOMER_SERVICE_DISSATISFACTION_RATE: amazonLower(90, 0.2, 0.25),
    // §3: Top Rated ≤ 0.5 % (≤ 3 unique buyers) is the warning line; Below Standard > 2 % and ≥ 5 unique
    // buyers is the red line (allowance 4).
    EBAY_TRANSACTION_DEFECT_RATE: ebayLines(false, 0.005, 3, 0.02, 4),
    // §3: Top Rated and Below Standard share > 0.3 % and > 2 cases.
    EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE: ebayLines(false, null, null, 0.003, 2),
    // §3: Top Rated ≤ 3 % / ≤ 5 late; not a Below-Standard trigger in the US, so a warning only.
    EBAY_LATE_SHIPMENT_RATE: ebayLines(false, 0.03, 5, null, null),
    // §3: Top Rated needs ≥ 95 % of US transactions; a warning only.
    EBAY_TRACKING_UPLOADED_ON_TIME_RATE: ebayLines(true, 0.95, null, null, null),
    // §3: no published line for Positive Feedback %.
    EBAY_POSITIVE_FEEDBACK_RATE: ebayLines(true, null, null, null, null),
    // §4: AliExpress service-capability thresholds are [U]; its 6-month look-back is in `aliexpress`.
    ALIEXPRESS_POSITIVE_FEEDBACK_RATE: ebayLines(true, null, null, null, null),
  },
  amazon: {
    negativeFeedbackMaxStars: 2,
    responseHours: 24,
    returnResponseHours: 48,
    lateShipmentDateBasis: 'EXPECTED_SHIP_DATE',
  },
  ebay: {
    evaluationDayOfMonth: 20,
    shortLookbackMinTransactions: 400,
    shortLookbackMonths: 3,
    longLookbackMonths: 12,
    positiveFeedbackMonths: 12,
    topRatedMinDaysActive: 90,
    topRatedMinTransactions12m: 100,
    topRatedMinSalesUsd12m: 1000,
  },
  aliexpress: {
    feedbackMonths: 6,
    dsrMonths: 6,
    repeatBuyerDays: 10,
    positiveMinStars: 4,
    negativeMaxStars: 2,
  },
};

/** Defaults with the caller's overrides laid over them, one metric (or rule) field at a time. */
export function resolveHealthThresholds(
  overrides: HealthThresholdOverrides = {},
  base: HealthThresholds = DEFAULT_HEALTH_THRESHOLDS,
): HealthThresholds {
  const metrics = { ...base.metrics };
  for (const key of Object.keys(overrides.metrics ?? {}) as MetricKey[]) {
    metrics[key] = { ...base.metrics[key], ...overrides.metrics?.[key] };
  }
  return {
    metrics,
    amazon: { ...base.amazon, ...overrides.amazon },
    ebay: { ...base.ebay, ...overrides.ebay },
    aliexpress: { ...base.aliexpress, ...overrides.aliexpress },
  };
}

/** One problem with edited lines: `path` names the field (`metrics.ORDER_DEFECT_RATE.redLine`). */
export interface ThresholdProblem {
  path: string;
  message: string;
}

/**
 * Problems with a store's edited lines, empty when usable. Lines are fractions (0.01 = 1 %); the warning
 * line must sit on the safe side of the red line so it warns *before* the red line (DOMAIN.md "Lifeline's
 * decisions": "Each metric has a warning line and a red line in settings"); a window only where the
 * metric has one (eBay and AliExpress use the marketplace's own look-back, DOMAIN.md §3–§4).
 */
export function validateHealthThresholdOverrides(
  overrides: HealthThresholdOverrides,
  base: HealthThresholds = DEFAULT_HEALTH_THRESHOLDS,
): ThresholdProblem[] {
  const problems: ThresholdProblem[] = [];
  for (const [key, edit] of Object.entries(overrides.metrics ?? {}) as [MetricKey, Partial<MetricPolicy>][]) {
    const path = `metrics.${key}`;
    const defaults = base.metrics[key];
    if (!defaults) {
      problems.push({ path, message: 'is not a metric' });
      continue;
    }
    const policy = { ...defaults, ...edit };
    for (const line of ['warningAt', 'redLine'] as const) {
      const v = policy[line];
      if (v !== null && !(Number.isFinite(v) && v >= 0 && v <= 1)) problems.push({ path: `${path}.${line}`, message: 'must be a fraction from 0 to 1 (0.01 = 1 %)' });
    }
    if (policy.warningAt !== null && policy.redLine !== null && Number.isFinite(policy.warningAt) && Number.isFinite(policy.redLine)) {
      const early = policy.higherIsBetter ? policy.warningAt > policy.redLine : policy.warningAt < policy.redLine;
      if (!early) {
        problems.push({
          path: `${path}.warningAt`,
          message: policy.higherIsBetter ? 'must be above the red line, so it warns first' : 'must be below the red line, so it warns first',
        });
      }
    }
    if (edit.windowDays !== undefined) {
      if (defaults.windowDays === null) {
        if (edit.windowDays !== null) problems.push({ path: `${path}.windowDays`, message: "has no day window: the marketplace's own look-back applies" });
      } else if (!(Number.isInteger(edit.windowDays) && (edit.windowDays as number) >= 1 && (edit.windowDays as number) <= 365)) {
        problems.push({ path: `${path}.windowDays`, message: 'must be a whole number of days from 1 to 365' });
      }
    }
  }
  return problems;
}
