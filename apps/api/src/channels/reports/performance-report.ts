import type { AmazonFigureRecord } from '../../health/entities/amazon-performance-report.entity';
import { ReportFileError } from './report-error';

export interface ParsedPerformanceReport {
  figures: AmazonFigureRecord[];
  ahrScore: number | null;
  ahrStatus: string | null;
  accountStatuses: { marketplaceId: string | null; status: string }[];
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const CONDITIONS = new Set(['GREATER_THAN', 'LESS_THAN', 'EQUALS']);

/** Reads a number where the schema has one; a wrong type names its JSON path as the "column". */
function num(o: Json, key: string, path: string): number | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new ReportFileError(null, `${path}.${key}`, `expected a number, found ${JSON.stringify(v)}`);
}

function range(o: Json, path: string): { from: number | null; to: number | null } {
  const r = o.reportingDateRange;
  if (!isObject(r)) return { from: null, to: null };
  const at = (k: string) => {
    const v = r[k];
    if (v === undefined || v === null) return null;
    const ms = typeof v === 'string' ? Date.parse(v) : Number.NaN;
    if (!Number.isFinite(ms)) throw new ReportFileError(null, `${path}.reportingDateRange.${k}`, `expected a date, found ${JSON.stringify(v)}`);
    return ms;
  };
  return { from: at('reportingDateFrom'), to: at('reportingDateTo') };
}

function target(o: Json, path: string): Pick<AmazonFigureRecord, 'targetValue' | 'targetCondition'> {
  const condition = o.targetCondition;
  if (condition !== undefined && condition !== null && !CONDITIONS.has(String(condition))) {
    throw new ReportFileError(null, `${path}.targetCondition`, `expected GREATER_THAN, LESS_THAN or EQUALS, found ${JSON.stringify(condition)}`);
  }
  const targetValue = num(o, 'targetValue', path);
  return { targetValue, targetCondition: targetValue === null || !condition ? null : (condition as AmazonFigureRecord['targetCondition']) };
}

const status = (o: Json) => (typeof o.status === 'string' ? o.status : null);
const countOf = (o: Json, key: string, path: string): number | null => (isObject(o[key]) ? num(o[key] as Json, 'count', `${path}.${key}`) : null);
const rateOf = (count: number | null, total: number | null) => (count !== null && total ? count / total : null);

/**
 * `GET_V2_SELLER_PERFORMANCE_REPORT` (DOMAIN.md §2.1), per the schema and its example's spellings
 * (`preFulfillmentCancellationRate` / `prefulfillmentCancelRate`, `accountHealthRatingStatus` / `ahrStatus`,
 * `warningStates` / `warningState`), plus `ahrScore`. `rate` is a fraction.
 */
export function parsePerformanceReport(json: unknown, marketplaceId: string): ParsedPerformanceReport {
  if (!isObject(json)) throw new ReportFileError(null, null, 'is not a JSON object');
  const metricsList = json.performanceMetrics;
  if (!Array.isArray(metricsList) || metricsList.length === 0) {
    throw new ReportFileError(null, 'performanceMetrics', 'is required: a non-empty array');
  }
  const index = Math.max(0, metricsList.findIndex((m) => isObject(m) && m.marketplaceId === marketplaceId));
  const metrics = metricsList[index];
  const base = `performanceMetrics[${index}]`;
  if (!isObject(metrics)) throw new ReportFileError(null, base, 'is not an object');
  const figures: AmazonFigureRecord[] = [];

  const odr = isObject(metrics.orderDefectRate) ? metrics.orderDefectRate : null;
  for (const channel of ['mfn', 'afn'] as const) {
    const m = odr?.[channel];
    if (!isObject(m)) continue;
    const path = `${base}.orderDefectRate.${channel}`;
    const total = num(m, 'orderCount', path);
    const { from, to } = range(m, path);
    const common = { fulfillmentChannel: channel.toUpperCase() as 'MFN' | 'AFN', total, from, to };
    const defects = countOf(m, 'orderWithDefects', path);
    figures.push({ key: 'ORDER_DEFECT_RATE', ...common, rate: num(m, 'rate', path) ?? rateOf(defects, total), count: defects, status: status(m), ...target(m, path) });
    // Components share the ODR denominator (DOMAIN.md §1.1); the report gives their counts only.
    for (const [key, field] of [['NEGATIVE_FEEDBACK_RATE', 'negativeFeedback'], ['A_TO_Z_CLAIM_RATE', 'claims'], ['CHARGEBACK_RATE', 'chargebacks']] as const) {
      const count = countOf(m, field, path);
      if (count === null) continue;
      figures.push({ key, ...common, rate: rateOf(count, total), count, status: isObject(m[field]) ? status(m[field] as Json) : null, targetValue: null, targetCondition: null });
    }
  }

  const simple = (field: string | string[], key: string, countField: string, totalField: string) => {
    const name = [field].flat().find((f) => isObject(metrics[f]));
    if (!name) return;
    const m = metrics[name] as Json;
    const path = `${base}.${name}`;
    const count = num(m, countField, path);
    const total = num(m, totalField, path);
    const { from, to } = range(m, path);
    // LSR comes in 10- and 30-day forms (DOMAIN.md §1.2): the reporting range says which one this is.
    const resolvedKey = key === 'LATE_SHIPMENT_RATE' ? (from !== null && to !== null && to - from <= 15 * 86_400_000 ? 'LATE_SHIPMENT_RATE_10D' : 'LATE_SHIPMENT_RATE_30D') : key;
    figures.push({ key: resolvedKey, fulfillmentChannel: 'MFN', rate: num(m, 'rate', path) ?? rateOf(count, total), count, total, status: status(m), from, to, ...target(m, path) });
  };
  simple('lateShipmentRate', 'LATE_SHIPMENT_RATE', 'lateShipmentCount', 'orderCount');
  simple(['preFulfillmentCancellationRate', 'prefulfillmentCancelRate'], 'PRE_FULFILLMENT_CANCEL_RATE', 'cancellationCount', 'orderCount');
  simple('validTrackingRate', 'VALID_TRACKING_RATE', 'validTrackingCount', 'shipmentCount');
  simple('onTimeDeliveryRate', 'ON_TIME_DELIVERY_RATE', 'onTimeDeliveryCount', 'shipmentCountWithValidTracking');

  const ahr = isObject(metrics.accountHealthRating) ? metrics.accountHealthRating : null;
  const ahrStatus = ahr ? ((ahr.accountHealthRatingStatus ?? ahr.ahrStatus) as string | undefined) ?? null : null;
  const ahrScore = ahr ? num(ahr, 'ahrScore', `${base}.accountHealthRating`) : null;

  const statuses = Array.isArray(json.accountStatuses) ? json.accountStatuses : [];
  const accountStatuses = statuses.filter(isObject).map((s, i) => {
    if (typeof s.status !== 'string') throw new ReportFileError(null, `accountStatuses[${i}].status`, 'is required');
    return { marketplaceId: typeof s.marketplaceId === 'string' ? s.marketplaceId : null, status: s.status };
  });
  return { figures, ahrScore: ahrScore === null ? null : Math.round(ahrScore), ahrStatus, accountStatuses };
}
