import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DAY_MS, PII_REDACTED_TEXT, isPiiDue, orderPiiPurgeAt, ticketPiiPurgeAt, type EpochMs } from '@lifeline/domain';
import { APP_CONFIG } from '../config/config.tokens';
import type { AppConfig } from '../config/config.schema';
import { DATA_SOURCE } from '../database/database.tokens';
import { RetentionRepository } from './retention.repository';

const BATCH = 500;
const ms = (d: Date | null): EpochMs | null => (d === null ? null : new Date(d).getTime());

export interface RetentionSweepResult {
  orders: number;
  tickets: number;
}

/**
 * Purges buyer PII once its retention has run out (DOMAIN.md §5, "Lifeline's decisions"): the buyer's name
 * and e-mail on orders, and on finished tickets the buyer's name, relay address and every message's words.
 * Runs every RETENTION_SWEEP_MINUTES; replicas may sweep together (each purge is a conditional UPDATE).
 */
@Injectable()
export class RetentionSweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionSweeper');
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: RetentionRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.RETENTION_SWEEP_MINUTES * 60_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async sweep(now: EpochMs = Date.now()): Promise<RetentionSweepResult> {
    const result: RetentionSweepResult = { orders: 0, tickets: 0 };
    if (this.running) return result;
    this.running = true;
    try {
      const days = this.config.PII_RETENTION_DAYS;
      const cutoff = new Date(now - days * DAY_MS);
      const stamp = new Date(now);
      for (let after: { organizationId: string; id: string } | null = null; ; ) {
        const rows = await this.repo.orderCandidates(this.db.manager, cutoff, after, BATCH);
        const due = rows.filter(
          (r) =>
            !r.open_case &&
            isPiiDue(orderPiiPurgeAt({ deliveredAt: ms(r.delivered_at), latestDeliveryAt: ms(r.promised_delivery_at), cancelledAt: ms(r.cancelled_at) }, days), now),
        );
        result.orders += await this.purgeByOrganization(due, (m, org, ids) => this.repo.purgeOrders(m, org, ids, stamp));
        if (rows.length < BATCH) break;
        after = { organizationId: rows[rows.length - 1]!.organization_id, id: rows[rows.length - 1]!.id };
      }
      for (let after: { organizationId: string; id: string } | null = null; ; ) {
        const rows = await this.repo.ticketCandidates(this.db.manager, cutoff, after, BATCH);
        const due = rows.filter((r) => {
          if (r.open_case) return false;
          const orderPurgeAt = r.order_known
            ? orderPiiPurgeAt({ deliveredAt: ms(r.delivered_at), latestDeliveryAt: ms(r.promised_delivery_at), cancelledAt: ms(r.cancelled_at) }, days)
            : null;
          return isPiiDue(ticketPiiPurgeAt({ open: false, lastMessageAt: ms(r.last_message_at)!, orderPurgeAt, hasOrder: r.order_known }, days), now);
        });
        result.tickets += await this.purgeByOrganization(due, (m, org, ids) => this.repo.purgeTickets(m, org, ids, PII_REDACTED_TEXT, stamp));
        if (rows.length < BATCH) break;
        after = { organizationId: rows[rows.length - 1]!.organization_id, id: rows[rows.length - 1]!.id };
      }
      if (result.orders + result.tickets > 0) this.logger.log(`purged buyer data of ${result.orders} orders and ${result.tickets} tickets`);
    } catch (e) {
      this.logger.error(`retention sweep failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
    return result;
  }

  private async purgeByOrganization(
    rows: readonly { organization_id: string; id: string }[],
    purge: (m: DataSource['manager'], organizationId: string, ids: string[]) => Promise<number>,
  ): Promise<number> {
    const byOrg = new Map<string, string[]>();
    for (const r of rows) byOrg.set(r.organization_id, [...(byOrg.get(r.organization_id) ?? []), r.id]);
    let purged = 0;
    for (const [org, ids] of byOrg) purged += await this.db.transaction((m) => purge(m, org, ids));
    return purged;
  }
}
