import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EpochMs, MetricKey, MetricStatus } from '@lifeline/domain';
import type { HealthMetricChange } from '@lifeline/api-contract';
import { MailOutboxRepository } from '../channels/mail-outbox.repository';
import { OutboxService } from '../realtime/outbox.service';
import { HealthMetricsService, type HealthFigure, type MetricFamily } from './health-metrics.service';
import { HealthRepository, type MetricStateRow } from './health.repository';

const STATUS_RANK: Record<MetricStatus, number> = { OK: 0, WARNING: 1, BREACH: 2 };

/**
 * ODR's components share its denominator and its lines (DOMAIN.md §1.1), and ODR's numerator is at least
 * each component's, so a component never crosses a line ODR has not: only ODR alerts, once.
 */
const NOT_ALERTED: ReadonlySet<MetricKey> = new Set(['NEGATIVE_FEEDBACK_RATE', 'A_TO_Z_CLAIM_RATE', 'CHARGEBACK_RATE']);

export const METRIC_LABELS: Partial<Record<MetricKey, string>> = {
  ORDER_DEFECT_RATE: 'Order Defect Rate',
  NEGATIVE_FEEDBACK_RATE: 'Negative Feedback Rate',
  A_TO_Z_CLAIM_RATE: 'A-to-z Claim Rate',
  CHARGEBACK_RATE: 'Chargeback Rate',
  LATE_SHIPMENT_RATE_10D: 'Late Shipment Rate (10 days)',
  LATE_SHIPMENT_RATE_30D: 'Late Shipment Rate (30 days)',
  PRE_FULFILLMENT_CANCEL_RATE: 'Pre-fulfilment Cancel Rate',
  VALID_TRACKING_RATE: 'Valid Tracking Rate',
  ON_TIME_DELIVERY_RATE: 'On-Time Delivery Rate',
  LATE_RESPONSE_RATE_7D: 'Late Response Rate (7 days)',
  LATE_RESPONSE_RATE_30D: 'Late Response Rate (30 days)',
  LATE_RESPONSE_RATE_90D: 'Late Response Rate (90 days)',
  RETURN_DISSATISFACTION_RATE: 'Return Dissatisfaction Rate',
  CUSTOMER_SERVICE_DISSATISFACTION_RATE: 'Customer Service Dissatisfaction Rate',
};

/** Channel as stored in state, snapshot and alert rows: 'NONE' for metrics without a split. */
export const channelKey = (c: HealthFigure['fulfillmentChannel']): string => c ?? 'NONE';
export const channelOf = (c: string): HealthFigure['fulfillmentChannel'] => (c === 'NONE' ? null : (c as 'ALL' | 'MFN' | 'AFN'));
const utcDay = (at: EpochMs) => new Date(at).toISOString().slice(0, 10);
const percent = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(2)} %`);

/**
 * Live recompute after any change that can move a metric. Runs inside the caller's transaction: the new
 * figures, `health.changed`, alerts, e-mails and `health.alert` commit (or roll back) with the change itself.
 */
@Injectable()
export class HealthRecomputeService {
  constructor(
    private readonly repo: HealthRepository,
    private readonly metrics: HealthMetricsService,
    private readonly outbox: OutboxService,
    private readonly mail: MailOutboxRepository,
  ) {}

  async recompute(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    families: readonly MetricFamily[],
    now: EpochMs = Date.now(),
    options: { alert?: boolean } = {},
  ): Promise<HealthFigure[]> {
    if (families.length === 0) return [];
    await this.repo.lockStore(manager, organizationId, storeId);
    const figures = await this.metrics.compute(manager, organizationId, storeId, now, families);
    const previous = new Map((await this.repo.states(manager, organizationId, storeId)).map((s) => [`${s.metric_key}|${s.fulfillment_channel}`, s]));

    const rows: MetricStateRow[] = figures.map((f) => ({
      metric_key: f.key,
      fulfillment_channel: channelKey(f.fulfillmentChannel),
      value: f.value,
      numerator: f.numerator,
      denominator: f.denominator,
      status: f.status,
    }));
    const changes: HealthMetricChange[] = [];
    for (const [i, f] of figures.entries()) {
      const before = previous.get(`${rows[i]!.metric_key}|${rows[i]!.fulfillment_channel}`);
      if (before && before.numerator === f.numerator && before.denominator === f.denominator && before.status === f.status) continue;
      changes.push({
        key: f.key,
        fulfillmentChannel: f.fulfillmentChannel,
        value: f.value,
        numerator: f.numerator,
        denominator: f.denominator,
        status: f.status,
        previousStatus: (before?.status as MetricStatus | undefined) ?? null,
      });
    }
    await this.repo.saveStates(manager, organizationId, storeId, rows, now);
    await this.repo.saveSnapshots(
      manager,
      organizationId,
      storeId,
      utcDay(now),
      figures.map((f, i) => ({ ...rows[i]!, warning_at: f.warningAt, red_line: f.redLine })),
      now,
    );
    if (changes.length > 0) {
      await this.outbox.append(manager, { organizationId, type: 'health.changed', payload: { storeId, metrics: changes } });
    }
    if (options.alert !== false) await this.alertOnCrossings(manager, organizationId, storeId, figures, previous);
    return figures;
  }

  /**
   * A key alerts when its worst status over channels gets worse than it was: OK → WARNING, WARNING → BREACH
   * or OK → BREACH. The state rows (under the store lock) make it once per crossing; recovering below the
   * line re-arms it.
   */
  private async alertOnCrossings(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    figures: readonly HealthFigure[],
    previous: ReadonlyMap<string, MetricStateRow>,
  ): Promise<void> {
    const byKey = new Map<MetricKey, HealthFigure[]>();
    for (const f of figures) {
      if (NOT_ALERTED.has(f.key)) continue;
      byKey.set(f.key, [...(byKey.get(f.key) ?? []), f]);
    }
    let owners: { id: string; email: string; name: string }[] | undefined;
    for (const [key, group] of byKey) {
      const worst = group.reduce((a, b) => (STATUS_RANK[b.status] > STATUS_RANK[a.status] ? b : a));
      const before = group
        .map((f) => (previous.get(`${f.key}|${channelKey(f.fulfillmentChannel)}`)?.status as MetricStatus | undefined) ?? 'OK')
        .reduce((a, b) => (STATUS_RANK[b] > STATUS_RANK[a] ? b : a), 'OK' as MetricStatus);
      if (STATUS_RANK[worst.status] <= STATUS_RANK[before]) continue;
      const level = worst.status as 'WARNING' | 'BREACH';
      const line = level === 'BREACH' ? worst.redLine : worst.warningAt;
      const alert = await this.repo.insertAlert(manager, organizationId, storeId, {
        metric_key: key,
        fulfillment_channel: channelKey(worst.fulfillmentChannel),
        level,
        previous_status: before,
        value: worst.value,
        numerator: worst.numerator,
        denominator: worst.denominator,
        line,
      });
      owners ??= await this.repo.operationsOwners(manager, organizationId);
      const label = `${METRIC_LABELS[key] ?? key}${worst.fulfillmentChannel && worst.fulfillmentChannel !== 'ALL' ? ` (${worst.fulfillmentChannel})` : ''}`;
      const storeName = (await this.repo.store(manager, organizationId, storeId))?.name ?? 'your store';
      const lineName = level === 'BREACH' ? 'red line' : 'warning line';
      await this.mail.enqueue(
        manager,
        organizationId,
        owners.map((o) => ({
          to: o.email,
          subject: `[Lifeline] ${storeName}: ${label} crossed the ${lineName}`,
          body: [
            `Hello ${o.name},`,
            '',
            `${label} for ${storeName} is ${percent(worst.value)} (${worst.numerator} of ${worst.denominator}), past the ${lineName} of ${percent(line)}.`,
            worst.defectBudget !== null && level === 'WARNING'
              ? `At the current volume ${worst.defectBudget} more defect(s) reach the red line of ${percent(worst.redLine)}.`
              : 'The marketplace may act on the account above this line: open the account-health page in Lifeline.',
            '',
            '— Lifeline',
          ].join('\n'),
        })),
      );
      await this.outbox.append(manager, {
        organizationId,
        type: 'health.alert',
        payload: {
          alertId: alert.id,
          storeId,
          key,
          fulfillmentChannel: worst.fulfillmentChannel,
          level,
          previousStatus: before,
          value: worst.value,
          line,
          notifiedUserIds: owners.map((o) => o.id),
        },
      });
    }
  }
}
