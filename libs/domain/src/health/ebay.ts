// eBay seller standards (transaction defect rate, cases closed without seller resolution, late shipment,
// tracking uploaded on time), seller level, and feedback score / Positive Feedback % (DOMAIN.md §3).
import { happened, thresholdsOf, type HealthContext } from './context';
import { DAY_MS, type EpochMs, type MetricResult } from './metric';
import { buildMetricResult } from './status';
import { inWindow, monthsWindow, pacificWeekKey, type TimeWindow } from './time';

export type EbayCancellation = 'SELLER_OUT_OF_STOCK' | 'SELLER_CHOSE_NOT_TO_SEND' | 'BUYER_REQUESTED';

/** Money Back Guarantee (INR / SNAD) case outcome (DOMAIN.md §3). */
export type EbayCaseOutcome =
  | 'OPEN'
  | 'CLOSED_WITHOUT_SELLER_RESOLUTION'
  | 'CLOSED_FOR_SELLER'
  | 'NO_FAULT'
  | 'RESOLVED_BY_SELLER';

export interface EbayTransactionFacts {
  transactionId: string;
  /** Opaque buyer key (not the eBay user name): unique-buyer counts need only equality. */
  buyerKey: string;
  transactedAt: EpochMs;
  cancellation: EbayCancellation | null;
  caseOutcome: EbayCaseOutcome | null;
  /** When the case closed; null/absent = treat the outcome as already known. */
  caseClosedAt?: EpochMs | null;
  /** End of the stated handling time. */
  handlingDueAt: EpochMs | null;
  acceptanceScanAt: EpochMs | null;
  estimatedDeliveryAt: EpochMs | null;
  deliveredAt: EpochMs | null;
  trackingUploadedAt: EpochMs | null;
  /** Tracking validated by the carrier (DOMAIN.md §3 "Tracking uploaded on time"). */
  trackingValidated: boolean;
  buyerConfirmedLateDelivery: boolean;
  usBuyer: boolean;
  /** Sale amount in USD, for the Top Rated sales minimum. */
  amountUsd: number;
}

/** TDR carries the unique-buyer count eBay's level lines use (DOMAIN.md §3). */
export interface TransactionDefectRateResult extends MetricResult {
  defectsFromUniqueBuyers: number;
}

export interface EbaySellerStandards {
  /** 3 months with ≥ 400 transactions in them, otherwise 12 (DOMAIN.md §3). */
  lookbackMonths: number;
  transactionDefectRate: TransactionDefectRateResult;
  casesClosedWithoutSellerResolution: MetricResult;
  lateShipmentRate: MetricResult;
  trackingUploadedOnTimeRate: MetricResult;
  /** Top Rated minimums over the last 12 months with US buyers (DOMAIN.md §3). */
  usTransactions12m: number;
  usSalesUsd12m: number;
}

/** Seller cancelled because out of stock or chose not to send (DOMAIN.md §3 TDR). */
export function isSellerCancelDefect(t: EbayTransactionFacts): boolean {
  return t.cancellation === 'SELLER_OUT_OF_STOCK' || t.cancellation === 'SELLER_CHOSE_NOT_TO_SEND';
}

/** Closed in the buyer's favour because the seller did not resolve it; seller-favour / no-fault are not. */
export function isCaseClosedWithoutSellerResolution(t: EbayTransactionFacts, asOf: EpochMs): boolean {
  if (t.caseOutcome !== 'CLOSED_WITHOUT_SELLER_RESOLUTION') return false;
  return t.caseClosedAt === null || t.caseClosedAt === undefined || t.caseClosedAt <= asOf;
}

/**
 * Late: tracking shows delivery after the estimated date and no acceptance scan within handling time; or the
 * buyer confirms late delivery and there is no tracking (DOMAIN.md §3).
 */
export function isEbayLateShipment(t: EbayTransactionFacts, asOf: EpochMs): boolean {
  const scannedInTime =
    happened(t.acceptanceScanAt, asOf) && t.handlingDueAt !== null && t.acceptanceScanAt <= t.handlingDueAt;
  if (happened(t.deliveredAt, asOf) && t.estimatedDeliveryAt !== null && t.deliveredAt > t.estimatedDeliveryAt) {
    if (!scannedInTime) return true;
  }
  return t.buyerConfirmedLateDelivery && !happened(t.trackingUploadedAt, asOf);
}

/** The look-back eBay applies at `asOf`: 3 months if it holds ≥ 400 transactions, else 12 (DOMAIN.md §3). */
export function ebayLookback(
  transactions: readonly EbayTransactionFacts[],
  ctx: HealthContext,
): { months: number; window: TimeWindow } {
  const rules = thresholdsOf(ctx).ebay;
  const short = monthsWindow(ctx.asOf, rules.shortLookbackMonths);
  let count = 0;
  for (const t of transactions) if (inWindow(t.transactedAt, short)) count++;
  const months = count >= rules.shortLookbackMinTransactions ? rules.shortLookbackMonths : rules.longLookbackMonths;
  return { months, window: monthsWindow(ctx.asOf, months) };
}

/** Pass `asOf` = lastEbayEvaluation(...) for eBay's CURRENT cycle, or now for PROJECTED (DOMAIN.md §3). */
export function computeEbaySellerStandards(
  transactions: readonly EbayTransactionFacts[],
  ctx: HealthContext,
): EbaySellerStandards {
  const thresholds = thresholdsOf(ctx);
  const { asOf } = ctx;
  const { months, window } = ebayLookback(transactions, ctx);
  const year = monthsWindow(asOf, 12);
  let total = 0;
  let defective = 0;
  let cases = 0;
  let shipped = 0;
  let late = 0;
  let trackingDue = 0;
  let trackingOnTime = 0;
  let usTransactions12m = 0;
  let usSalesUsd12m = 0;
  const defectBuyers = new Set<string>();
  const seen = new Set<string>();

  for (const t of transactions) {
    if (t.transactedAt > asOf || seen.has(t.transactionId)) continue;
    seen.add(t.transactionId);
    if (t.usBuyer && inWindow(t.transactedAt, year) && t.cancellation === null) {
      usTransactions12m++;
      usSalesUsd12m += t.amountUsd;
    }
    if (!inWindow(t.transactedAt, window)) continue;
    total++;
    const caseDefect = isCaseClosedWithoutSellerResolution(t, asOf);
    if (caseDefect) cases++;
    // DOMAIN.md §3: a transaction with a defect counts once in TDR.
    if (caseDefect || isSellerCancelDefect(t)) {
      defective++;
      defectBuyers.add(t.buyerKey);
    }
    if (t.cancellation !== null) continue;
    shipped++;
    if (isEbayLateShipment(t, asOf)) late++;
    if (t.usBuyer) {
      // Decided once tracking is uploaded or the handling time has run out; pending otherwise.
      if (happened(t.trackingUploadedAt, asOf)) {
        trackingDue++;
        if (t.trackingValidated && t.handlingDueAt !== null && t.trackingUploadedAt <= t.handlingDueAt) {
          trackingOnTime++;
        }
      } else if (t.handlingDueAt !== null && asOf > t.handlingDueAt) {
        trackingDue++;
      }
    }
  }

  const m = thresholds.metrics;
  return {
    lookbackMonths: months,
    transactionDefectRate: {
      ...buildMetricResult({
        key: 'EBAY_TRANSACTION_DEFECT_RATE',
        marketplace: 'EBAY',
        fulfillmentChannel: null,
        numerator: defective,
        denominator: total,
        window,
        policy: m.EBAY_TRANSACTION_DEFECT_RATE,
        allowanceCount: defectBuyers.size,
      }),
      defectsFromUniqueBuyers: defectBuyers.size,
    },
    casesClosedWithoutSellerResolution: buildMetricResult({
      key: 'EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE',
      marketplace: 'EBAY',
      fulfillmentChannel: null,
      numerator: cases,
      denominator: total,
      window,
      policy: m.EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE,
    }),
    lateShipmentRate: buildMetricResult({
      key: 'EBAY_LATE_SHIPMENT_RATE',
      marketplace: 'EBAY',
      fulfillmentChannel: null,
      numerator: late,
      denominator: shipped,
      window,
      policy: m.EBAY_LATE_SHIPMENT_RATE,
    }),
    trackingUploadedOnTimeRate: buildMetricResult({
      key: 'EBAY_TRACKING_UPLOADED_ON_TIME_RATE',
      marketplace: 'EBAY',
      fulfillmentChannel: null,
      numerator: trackingOnTime,
      denominator: trackingDue,
      window,
      policy: m.EBAY_TRACKING_UPLOADED_ON_TIME_RATE,
    }),
    usTransactions12m,
    usSalesUsd12m,
  };
}

export type EbaySellerLevel = 'TOP_RATED' | 'ABOVE_STANDARD' | 'BELOW_STANDARD';

/** Why a seller is not Top Rated / is Below Standard, in eBay's own metric names where it has them (§3). */
export type EbayLevelShortfall =
  | 'EBAY_TRANSACTION_DEFECT_RATE'
  | 'EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE'
  | 'EBAY_LATE_SHIPMENT_RATE'
  | 'EBAY_TRACKING_UPLOADED_ON_TIME_RATE'
  | 'MIN_DAYS_ON_SITE'
  | 'MIN_TXN_COUNT'
  | 'MIN_GMV';

export interface EbaySellerLevelResult {
  level: EbaySellerLevel;
  /** Below Standard triggers, or, for Above Standard, what stands between the seller and Top Rated. */
  shortfalls: EbayLevelShortfall[];
}

/**
 * Level from the metrics' statuses: a red line (TDR > 2 % with ≥ 5 unique buyers, cases > 0.3 % and > 2)
 * makes Below Standard; any warning (a Top Rated line) or a missing Top Rated minimum keeps the seller Above
 * Standard (DOMAIN.md §3). Late shipment alone is not a Below-Standard trigger in the US [S].
 *
 * DOMAIN.md §3 reads each level's rate and count together; Lifeline takes a line as crossed only when both the
 * rate and the count exceed it, which is how its Below Standard row reads ("> 2 % and ≥ 5 unique buyers") and
 * the only reading under which the three levels cover every seller.
 */
export function ebaySellerLevel(
  standards: EbaySellerStandards,
  seller: { activeSince: EpochMs },
  ctx: HealthContext,
): EbaySellerLevelResult {
  const below: EbayLevelShortfall[] = [];
  if (standards.transactionDefectRate.status === 'BREACH') below.push('EBAY_TRANSACTION_DEFECT_RATE');
  if (standards.casesClosedWithoutSellerResolution.status === 'BREACH') {
    below.push('EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE');
  }
  if (below.length > 0) return { level: 'BELOW_STANDARD', shortfalls: below };

  const rules = thresholdsOf(ctx).ebay;
  const shortfalls: EbayLevelShortfall[] = [];
  const metrics = [
    standards.transactionDefectRate,
    standards.casesClosedWithoutSellerResolution,
    standards.lateShipmentRate,
    standards.trackingUploadedOnTimeRate,
  ];
  for (const metric of metrics) {
    if (metric.status !== 'OK') shortfalls.push(metric.key as EbayLevelShortfall);
  }
  if ((ctx.asOf - seller.activeSince) / DAY_MS < rules.topRatedMinDaysActive) shortfalls.push('MIN_DAYS_ON_SITE');
  if (standards.usTransactions12m < rules.topRatedMinTransactions12m) shortfalls.push('MIN_TXN_COUNT');
  if (standards.usSalesUsd12m < rules.topRatedMinSalesUsd12m) shortfalls.push('MIN_GMV');
  return { level: shortfalls.length === 0 ? 'TOP_RATED' : 'ABOVE_STANDARD', shortfalls };
}

// ---- Feedback (DOMAIN.md §3 "Feedback") ------------------------------------------------------------------

export type EbayRating = 'POSITIVE' | 'NEUTRAL' | 'NEGATIVE';

export interface EbayFeedbackFacts {
  feedbackId: string;
  buyerKey: string;
  rating: EbayRating;
  /** When the transaction ended: sets the 12-month window and the repeat-buyer week. */
  transactionEndedAt: EpochMs;
  leftAt: EpochMs;
  removedAt?: EpochMs | null;
}

export interface EbayFeedbackSummary {
  /** Positive +1, neutral 0, negative −1, one rating per buyer per week; lifetime. */
  feedbackScore: number;
  /** Positive ÷ (positive + negative), neutral excluded, last 12 months. */
  positiveFeedbackRate: MetricResult;
  positiveCount: number;
  neutralCount: number;
  negativeCount: number;
}

const POINTS: Record<EbayRating, number> = { POSITIVE: 1, NEUTRAL: 0, NEGATIVE: -1 };

/**
 * Repeat ratings from one buyer for transactions ended in the same Monday–Sunday week (US Pacific) count
 * once, toward both the score and the percentage (DOMAIN.md §3). Which one: Lifeline keeps the latest left.
 */
export function computeEbayFeedback(feedback: readonly EbayFeedbackFacts[], ctx: HealthContext): EbayFeedbackSummary {
  const thresholds = thresholdsOf(ctx);
  const { asOf } = ctx;
  const counted = new Map<string, EbayFeedbackFacts>();
  for (const f of feedback) {
    if (!happened(f.leftAt, asOf) || happened(f.removedAt, asOf)) continue;
    const bucket = `${f.buyerKey}\u0000${pacificWeekKey(f.transactionEndedAt)}`;
    const prev = counted.get(bucket);
    if (!prev || f.leftAt > prev.leftAt || (f.leftAt === prev.leftAt && f.feedbackId > prev.feedbackId)) {
      counted.set(bucket, f);
    }
  }
  const window = monthsWindow(asOf, thresholds.ebay.positiveFeedbackMonths);
  let score = 0;
  let positive = 0;
  let neutral = 0;
  let negative = 0;
  for (const f of counted.values()) {
    score += POINTS[f.rating];
    if (!inWindow(f.transactionEndedAt, window)) continue;
    if (f.rating === 'POSITIVE') positive++;
    else if (f.rating === 'NEGATIVE') negative++;
    else neutral++;
  }
  return {
    feedbackScore: score,
    positiveFeedbackRate: buildMetricResult({
      key: 'EBAY_POSITIVE_FEEDBACK_RATE',
      marketplace: 'EBAY',
      fulfillmentChannel: null,
      numerator: positive,
      denominator: positive + negative,
      window,
      policy: thresholds.metrics.EBAY_POSITIVE_FEEDBACK_RATE,
    }),
    positiveCount: positive,
    neutralCount: neutral,
    negativeCount: negative,
  };
}
