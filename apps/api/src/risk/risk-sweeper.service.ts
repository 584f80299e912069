import { Injectable } from '@nestjs/common';
import { IntervalJob } from '../common/interval-job';
import { RiskRecomputeService } from './risk-recompute.service';
import { RiskRepository } from './risk.repository';

/** How often orders whose score time alone changes are re-scored. */
export const RISK_SWEEP_INTERVAL_MS = 2 * 60_000;
/** Orders re-scored per transaction. */
const SWEEP_BATCH = 500;

/**
 * Time moves risk without any event: an unshipped order passes its ship-by date, a parcel passes its promised
 * delivery date, a return request waits past its handling hours. Each order carries `rescore_at` (libs/domain
 * nextRiskRescoreAt); every few minutes the due ones are re-scored. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED`, so two API processes sweeping at once share the work instead of doing it twice.
 */
@Injectable()
export class RiskSweeperService extends IntervalJob {
  constructor(
    private readonly repo: RiskRepository,
    private readonly recompute: RiskRecomputeService,
  ) {
    super('RiskSweeper');
  }

  protected intervalMs(): number {
    return RISK_SWEEP_INTERVAL_MS;
  }

  /** Re-scores every due order; returns how many. */
  sweep(now = Date.now()): Promise<number> {
    return this.exclusive(async () => {
      let swept = 0;
      for (;;) {
        const batch = await this.repo.transaction(async (m) => {
          const due = await this.repo.dueForRescore(m, now, SWEEP_BATCH);
          const byStore = new Map<string, { organizationId: string; storeId: string; ids: string[] }>();
          for (const row of due) {
            const key = `${row.organization_id}|${row.store_id}`;
            const group = byStore.get(key) ?? { organizationId: row.organization_id, storeId: row.store_id, ids: [] };
            group.ids.push(row.marketplace_order_id);
            byStore.set(key, group);
          }
          for (const g of byStore.values()) await this.recompute.ordersChanged(m, g.organizationId, g.storeId, g.ids, now);
          return due.length;
        });
        swept += batch;
        if (batch < SWEEP_BATCH) return swept;
      }
    }, 0);
  }
}
