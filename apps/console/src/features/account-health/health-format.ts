import type { FulfillmentScope, HealthMetricKey, HealthStatus } from '@lifeline/api-contract';

/** A rate as the seller reads it, in the UI language: 0.0086 → "0.86%" (two decimals below 10 %). */
export function formatRate(value: number | null | undefined, displayLanguage: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const digits = value < 0.1 ? 2 : 1;
  return new Intl.NumberFormat(displayLanguage, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A line such as the 1 % red line, without trailing zeros: 0.01 → "1%", 0.025 → "2.5%". */
export function formatLine(value: number | null | undefined, displayLanguage: string): string {
  if (value === null || value === undefined) return '—';
  return new Intl.NumberFormat(displayLanguage, { style: 'percent', maximumFractionDigits: 2 }).format(value);
}

/** The sentence under a tile about its defect budget, as an i18n key and its values. */
export type BudgetSentence =
  | { key: 'accountHealth.budget.over'; line: number }
  | { key: 'accountHealth.budget.next'; line: number }
  | { key: 'accountHealth.budget.more'; count: number; line: number };

/**
 * `defectBudget` is how many more defects the current volume absorbs while staying on the right side of the
 * red line, so one more than the budget crosses it. Null when there is no red line or no volume yet.
 */
export function budgetSentence(metric: { defectBudget: number | null; redLine: number | null; status: HealthStatus }): BudgetSentence | null {
  if (metric.redLine === null) return null;
  if (metric.status === 'BREACH') return { key: 'accountHealth.budget.over', line: metric.redLine };
  if (metric.defectBudget === null) return null;
  if (metric.defectBudget <= 0) return { key: 'accountHealth.budget.next', line: metric.redLine };
  return { key: 'accountHealth.budget.more', count: metric.defectBudget, line: metric.redLine };
}

export type MetricGroupId = 'orderDefects' | 'shipping' | 'customerService' | 'ebayStandards' | 'ebayFeedback';

/** The tiles in the order sellers read Amazon's Account Health page, then eBay's Seller Dashboard. */
export const METRIC_GROUPS: ReadonlyArray<{ id: MetricGroupId; keys: readonly HealthMetricKey[] }> = [
  { id: 'orderDefects', keys: ['ORDER_DEFECT_RATE', 'NEGATIVE_FEEDBACK_RATE', 'A_TO_Z_CLAIM_RATE', 'CHARGEBACK_RATE'] },
  {
    id: 'shipping',
    keys: ['LATE_SHIPMENT_RATE_10D', 'LATE_SHIPMENT_RATE_30D', 'PRE_FULFILLMENT_CANCEL_RATE', 'VALID_TRACKING_RATE', 'ON_TIME_DELIVERY_RATE'],
  },
  {
    id: 'customerService',
    keys: ['LATE_RESPONSE_RATE_7D', 'LATE_RESPONSE_RATE_30D', 'LATE_RESPONSE_RATE_90D', 'RETURN_DISSATISFACTION_RATE', 'CUSTOMER_SERVICE_DISSATISFACTION_RATE'],
  },
  {
    id: 'ebayStandards',
    keys: ['EBAY_TRANSACTION_DEFECT_RATE', 'EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE', 'EBAY_LATE_SHIPMENT_RATE', 'EBAY_TRACKING_UPLOADED_ON_TIME_RATE'],
  },
  { id: 'ebayFeedback', keys: ['EBAY_POSITIVE_FEEDBACK_RATE'] },
];

const CHANNEL_ORDER: Record<string, number> = { ALL: 0, MFN: 1, AFN: 2 };
const ODR_COMPONENTS: readonly HealthMetricKey[] = ['NEGATIVE_FEEDBACK_RATE', 'A_TO_Z_CLAIM_RATE', 'CHARGEBACK_RATE'];

interface GroupableMetric {
  key: HealthMetricKey;
  fulfillmentChannel: FulfillmentScope | null;
}

/**
 * Metrics into the three groups, in group order then channel order (overall, seller-fulfilled, FBA). ODR
 * shows every channel; its three components show the overall figure only when there is one, so the group
 * stays readable. Metrics of no group (AliExpress) are left out.
 */
export function groupMetrics<M extends GroupableMetric>(metrics: readonly M[]): Array<{ id: MetricGroupId; metrics: M[] }> {
  return METRIC_GROUPS.map((group) => ({
    id: group.id,
    metrics: group.keys.flatMap((key) => {
      let ofKey = metrics.filter((metric) => metric.key === key);
      if (ODR_COMPONENTS.includes(key) && ofKey.some((metric) => metric.fulfillmentChannel === 'ALL')) {
        ofKey = ofKey.filter((metric) => metric.fulfillmentChannel === 'ALL');
      }
      return [...ofKey].sort((a, b) => (CHANNEL_ORDER[a.fulfillmentChannel ?? 'ALL'] ?? 9) - (CHANNEL_ORDER[b.fulfillmentChannel ?? 'ALL'] ?? 9));
    }),
  })).filter((group) => group.metrics.length > 0);
}

/** A tile's identity in the URL and in React keys: `ORDER_DEFECT_RATE.ALL`, `LATE_RESPONSE_RATE_7D.-`. */
export function metricId(metric: GroupableMetric): string {
  return `${metric.key}.${metric.fulfillmentChannel ?? '-'}`;
}

export function parseMetricId(id: string | null): GroupableMetric | null {
  if (!id) return null;
  const [key, channel] = id.split('.');
  if (!key || !channel) return null;
  return { key: key as HealthMetricKey, fulfillmentChannel: channel === '-' ? null : (channel as FulfillmentScope) };
}

/**
 * Where value, warning and red line sit on a tile's bar, as fractions of its width. The bar spans 0 to a
 * little past the red line (or past the value when it is further), so the lines keep their place.
 */
export function barScale(metric: { value: number | null; warningAt: number | null; redLine: number | null; higherIsBetter: boolean }): {
  value: number;
  warning: number | null;
  red: number | null;
} {
  const value = metric.value ?? 0;
  if (metric.higherIsBetter) {
    // Shown as-is from 0 to 100 %: the red line is near the right end (e.g. 95 % valid tracking).
    return { value: clamp(value), warning: metric.warningAt, red: metric.redLine };
  }
  const top = Math.max((metric.redLine ?? value) * 1.25, value * 1.05, 1e-9);
  return {
    value: clamp(value / top),
    warning: metric.warningAt === null ? null : clamp(metric.warningAt / top),
    red: metric.redLine === null ? null : clamp(metric.redLine / top),
  };
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));
