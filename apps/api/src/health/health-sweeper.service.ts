import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IntervalJob } from '../common/interval-job';
import { DATA_SOURCE } from '../database/database.tokens';
import { ALL_FAMILIES } from './health-metrics.service';
import { HealthRecomputeService } from './health-recompute.service';
import { HealthRepository } from './health.repository';

/** How often every store is recomputed for the changes time makes by itself. */
export const HEALTH_SWEEP_INTERVAL_MS = 5 * 60_000;

/**
 * Time moves metrics without any new data: windows slide, an unconfirmed order passes its ship-by date and
 * becomes late (DOMAIN.md §1.2), a return request passes its 48 hours (§1.3). Every few minutes each store is
 * recomputed in its own transaction, which also writes the day's snapshot. Replicas may sweep together: the
 * per-store lock and the stored states keep every alert to once.
 */
@Injectable()
export class HealthSweeperService extends IntervalJob {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly repo: HealthRepository,
    private readonly recompute: HealthRecomputeService,
  ) {
    super('HealthSweeper');
  }

  protected intervalMs(): number {
    return HEALTH_SWEEP_INTERVAL_MS;
  }

  /** Recomputes every Amazon and eBay store, each in its own transaction; returns how many succeeded. */
  sweep(now = Date.now()): Promise<number> {
    return this.exclusive(async () => {
      let swept = 0;
      for (const store of await this.repo.storeIds()) {
        if (store.marketplace !== 'AMAZON' && store.marketplace !== 'EBAY') continue;
        try {
          await this.db.transaction((m) => this.recompute.recompute(m, store.organization_id, store.id, ALL_FAMILIES, now));
          swept++;
        } catch (e) {
          this.logger.error(`recompute of store ${store.id} failed: ${(e as Error).message}`);
        }
      }
      return swept;
    }, 0);
  }
}
