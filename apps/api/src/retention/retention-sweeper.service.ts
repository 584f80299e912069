import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DAY_MS, PII_REDACTED_TEXT, isPiiDue, orderPiiPurgeAt, ticketPiiPurgeAt, type EpochMs } from '@lifeline/domain';
import { IntervalJob } from '../common/interval-job';
import { APP_CONFIG } from '../config/config.tokens';
import type { AppConfig } from '../config/config.schema';
import { DATA_SOURCE } from '../database/database.tokens';
import { RetentionRepository } from './retention.repository';

const BATCH = 500;
const ms = (d: Date | null): EpochMs | null => (d === null ? null : new Date(d).getTime());

type Cursor = { organizationId: string; id: string };
const cursorOf = (rows: readonly { organization_id: string; id: string }[]): Cursor => ({ organizationId: rows[rows.length - 1]!.organization_id, id: rows[rows.length - 1]!.id });

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
export class RetentionSweeperService extends IntervalJob {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: RetentionRepository,
  ) {
    super('RetentionSweeper');
  }

  protected intervalMs(): number {
    return this.config.RETENTION_SWEEP_MINUTES * 60_000;
  }

  sweep(now: EpochMs = Date.now()): Promise<RetentionSweepResult> {
    return this.exclusive(async () => {
      const result: RetentionSweepResult = { orders: 0, tickets: 0 };
      const days = this.config.PII_RETENTION_DAYS;
      const cutoff = new Date(now - days * DAY_MS);
      const stamp = new Date(now);
      const orderPurgeAt = (r: { delivered_at: Date | null; promised_delivery_at: Date | null; cancelled_at: Date | null }) =>
        orderPiiPurgeAt({ deliveredAt: ms(r.delivered_at), latestDeliveryAt: ms(r.promised_delivery_at), cancelledAt: ms(r.cancelled_at) }, days);
      for (let after: Cursor | null = null; ; ) {
        const rows = await this.repo.orderCandidates(this.db.manager, cutoff, after, BATCH);
        const due = rows.filter((r) => !r.open_case && isPiiDue(orderPurgeAt(r), now));
        result.orders += await this.purgeByOrganization(due, (m, org, ids) => this.repo.purgeOrders(m, org, ids, stamp));
        if (rows.length < BATCH) break;
        after = cursorOf(rows);
      }
      for (let after: Cursor | null = null; ; ) {
        const rows = await this.repo.ticketCandidates(this.db.manager, cutoff, after, BATCH);
        const due = rows.filter(
          (r) =>
            !r.open_case &&
            isPiiDue(
              ticketPiiPurgeAt(
                { open: false, lastMessageAt: ms(r.last_message_at)!, orderPurgeAt: r.order_known ? orderPurgeAt(r) : null, hasOrder: r.order_known },
                days,
              ),
              now,
            ),
        );
        result.tickets += await this.purgeByOrganization(due, (m, org, ids) => this.repo.purgeTickets(m, org, ids, PII_REDACTED_TEXT, stamp));
        if (rows.length < BATCH) break;
        after = cursorOf(rows);
      }
      if (result.orders + result.tickets > 0) this.logger.log(`purged buyer data of ${result.orders} orders and ${result.tickets} tickets`);
      return result;
    }, { orders: 0, tickets: 0 });
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
