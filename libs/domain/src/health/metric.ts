// The shape every account-health metric shares, whatever the marketplace. Rates are fractions (0.009, not
// 0.9 %), as Amazon's own report stores them despite calling them "percentage" (DOMAIN.md §2.1).

import type { Marketplace } from '../marketplaces';

/** Instants are epoch milliseconds (UTC). Plain numbers keep 100k-order passes fast and compare cheaply. */
export type EpochMs = number;

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export type FulfillmentChannel = 'MFN' | 'AFN';
/** MFN = seller-fulfilled, AFN = FBA, ALL = both (DOMAIN.md §1.1 "Channel split"). */
export type ChannelScope = FulfillmentChannel | 'ALL';

export const AMAZON_METRIC_KEYS = [
  'ORDER_DEFECT_RATE',
  'NEGATIVE_FEEDBACK_RATE',
  'A_TO_Z_CLAIM_RATE',
  'CHARGEBACK_RATE',
  'LATE_SHIPMENT_RATE_10D',
  'LATE_SHIPMENT_RATE_30D',
  'PRE_FULFILLMENT_CANCEL_RATE',
  'VALID_TRACKING_RATE',
  'ON_TIME_DELIVERY_RATE',
  'LATE_RESPONSE_RATE_7D',
  'LATE_RESPONSE_RATE_30D',
  'LATE_RESPONSE_RATE_90D',
  'RETURN_DISSATISFACTION_RATE',
  'CUSTOMER_SERVICE_DISSATISFACTION_RATE',
] as const;

export const EBAY_METRIC_KEYS = [
  'EBAY_TRANSACTION_DEFECT_RATE',
  'EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE',
  'EBAY_LATE_SHIPMENT_RATE',
  'EBAY_TRACKING_UPLOADED_ON_TIME_RATE',
  'EBAY_POSITIVE_FEEDBACK_RATE',
] as const;

export const ALIEXPRESS_METRIC_KEYS = ['ALIEXPRESS_POSITIVE_FEEDBACK_RATE'] as const;

export type AmazonMetricKey = (typeof AMAZON_METRIC_KEYS)[number];
export type EbayMetricKey = (typeof EBAY_METRIC_KEYS)[number];
export type AliExpressMetricKey = (typeof ALIEXPRESS_METRIC_KEYS)[number];
export type MetricKey = AmazonMetricKey | EbayMetricKey | AliExpressMetricKey;

export const METRIC_KEYS: readonly MetricKey[] = [...AMAZON_METRIC_KEYS, ...EBAY_METRIC_KEYS, ...ALIEXPRESS_METRIC_KEYS];

export type MetricStatus = 'OK' | 'WARNING' | 'BREACH';

/**
 * Where a metric's lines sit and which way is good. Every number a formula compares against lives here,
 * never in the formula (DOMAIN.md preamble: "every threshold, window and deadline … lives in configuration").
 */
export interface MetricPolicy {
  /** Rolling window length; null when the marketplace has its own look-back rule (eBay, DOMAIN.md §3). */
  windowDays: number | null;
  /**
   * Days between `asOf` and the window's end. 0 = a live figure; Amazon's report ends the ODR window about
   * two weeks earlier than other metrics and VTR/OTDR carry a ~2-week lag (DOMAIN.md §1.1, §1.2).
   */
  lagDays: number;
  /** true for rates where up is good (valid tracking, on-time delivery, positive feedback). */
  higherIsBetter: boolean;
  /** Early-warning line (fraction), or null for none. */
  warningAt: number | null;
  /** Red line (fraction), or null when the marketplace publishes none. */
  redLine: number | null;
  /**
   * Does a value exactly on a line count as having crossed it? Amazon's targets are strict ("< 1 %",
   * "> 95 %", LESS_THAN / GREATER_THAN, DOMAIN.md §1.1, §2.1) so 1.0 % ODR is a breach: true. eBay's
   * levels are inclusive ("≤ 2 %" is still Above Standard, DOMAIN.md §3): false.
   */
  crossedWhenEqual: boolean;
  /**
   * eBay's lines carry a count as well as a rate (DOMAIN.md §3, e.g. Below Standard is "> 2 % and ≥ 5
   * unique buyers"): a line is crossed only when the rate crosses it AND the count exceeds this allowance.
   * null = the rate alone decides.
   */
  warningCountAllowance: number | null;
  redLineCountAllowance: number | null;
}

export interface MetricResult {
  key: MetricKey;
  marketplace: Marketplace;
  /** Amazon's channel split; null for metrics without one (messages, returns, eBay, AliExpress). */
  fulfillmentChannel: ChannelScope | null;
  /** numerator ÷ denominator as a fraction; null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Inclusive start of the window, epoch ms. */
  windowStart: EpochMs;
  /** Exclusive end of the window, epoch ms. */
  windowEnd: EpochMs;
  warningAt: number | null;
  redLine: number | null;
  higherIsBetter: boolean;
  status: MetricStatus;
  /**
   * How many more defects (for a "higher is better" metric: failures) the current volume absorbs before
   * the red line is crossed. 0 when already crossed; null without a red line or without volume.
   */
  defectBudget: number | null;
}
