import type { MetricStatus, RateForecastPoint } from '@lifeline/domain';
import type { AccountHealthType, HealthAlertType, HealthForecastPointType, HealthMetricType, HealthTrendPointType } from './dto/account-health.types';
import type { HealthFigure } from './health-metrics.service';
import type { AlertRow, SnapshotRow } from './health.repository';
import { channelOf } from './health-recompute.service';

// Domain results and rows reach the schema only through these (STYLE.md "Keep TypeORM entities and GraphQL
// object types apart").
const date = (ms: number | null) => (ms === null ? null : new Date(ms));

export const toHealthMetricType = (f: HealthFigure): HealthMetricType => ({
  key: f.key,
  fulfillmentChannel: f.fulfillmentChannel,
  value: f.value,
  numerator: f.numerator,
  denominator: f.denominator,
  windowStart: new Date(f.windowStart),
  windowEnd: new Date(f.windowEnd),
  warningAt: f.warningAt,
  redLine: f.redLine,
  higherIsBetter: f.higherIsBetter,
  status: f.status,
  defectBudget: f.defectBudget,
  amazon: f.amazon && {
    value: f.amazon.rate,
    numerator: f.amazon.count,
    denominator: f.amazon.total,
    status: f.amazon.status,
    targetValue: f.amazon.targetValue,
    targetCondition: f.amazon.targetCondition,
    windowStart: date(f.amazon.from),
    windowEnd: date(f.amazon.to),
    difference: f.amazon.comparison.difference,
  },
});

export const toForecastPointType = (p: RateForecastPoint): HealthForecastPointType => ({
  horizonDays: p.horizonDays,
  windowStart: new Date(p.windowStart),
  windowEnd: new Date(p.windowEnd),
  value: p.value,
  expectedNumerator: p.expectedNumerator,
  expectedDenominator: p.expectedDenominator,
  status: p.status,
});

export const toTrendPointType = (r: SnapshotRow & { day: string }): HealthTrendPointType => ({
  day: r.day,
  value: r.value,
  numerator: r.numerator,
  denominator: r.denominator,
  status: r.status as MetricStatus,
  warningAt: r.warning_at,
  redLine: r.red_line,
});

export const toHealthAlertType = (a: AlertRow): HealthAlertType => ({
  id: a.id,
  storeId: a.store_id,
  key: a.metric_key as HealthAlertType['key'],
  fulfillmentChannel: channelOf(a.fulfillment_channel),
  level: a.level,
  previousStatus: a.previous_status as MetricStatus,
  value: a.value,
  numerator: a.numerator,
  denominator: a.denominator,
  line: a.line,
  createdAt: new Date(a.created_at),
});

export type { AccountHealthType };
