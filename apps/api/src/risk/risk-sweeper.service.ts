import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
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
export class RiskSweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RiskSweeper');
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly repo: RiskRepository,
    private readonly recompute: RiskRecomputeService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), RISK_SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Re-scores every due order; returns how many. */
  async sweep(now = Date.now()): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    let swept = 0;
    try {
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
        if (batch < SWEEP_BATCH) break;
      }
    } catch (e) {
      this.logger.error(`risk sweep failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
    return swept;
  }
}
