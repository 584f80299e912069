import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ClaimsRepository } from '../../claims/claims.repository';
import { ClaimsService } from '../../claims/claims.service';
import type { BulkUpsertResult } from '../../database/bulk-upsert';
import { DATA_SOURCE } from '../../database/database.tokens';
import { EbayRepository } from '../../ebay/ebay.repository';
import { FeedbackRepository } from '../../feedback/feedback.repository';
import { FeedbackService } from '../../feedback/feedback.service';
import { HealthRecomputeService } from '../../health/health-recompute.service';
import { OrdersRepository } from '../../orders/orders.repository';
import { ReturnsRepository } from '../../returns/returns.repository';
import { RiskRecomputeService } from '../../risk/risk-recompute.service';
import type { StoreCaller } from '../../tenancy/store-api-key.service';
import { TenancyRepository } from '../../tenancy/tenancy.repository';
import { restError } from '../rest-errors';
import { KINDS, type BatchWriter, type IngestKind } from './ingest.kinds';
import { describeIssues } from './ingest.schemas';

export const MAX_ROWS_PER_REQUEST = 10_000;
export const UPSERT_BATCH = 1_000;

export interface Rejection {
  /** Position of the row in the posted array, from 0. */
  index: number;
  key: string | null;
  reason: string;
}

export interface IngestResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: Rejection[];
}

/**
 * Connector ingest: validates each row, writes the valid ones idempotently per store, and recomputes the
 * store's metrics in the same transaction (ARCHITECTURE.md "Idempotent ingest"). A rejected row changes
 * nothing; the others still apply.
 */
@Injectable()
export class IngestService {
  private readonly writers: Record<IngestKind, BatchWriter>;

  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    orders: OrdersRepository,
    feedback: FeedbackRepository,
    claims: ClaimsRepository,
    returns: ReturnsRepository,
    ebay: EbayRepository,
    private readonly health: HealthRecomputeService,
    private readonly tenancy: TenancyRepository,
    private readonly claimDesk: ClaimsService,
    private readonly feedbackDesk: FeedbackService,
    private readonly risk: RiskRecomputeService,
  ) {
    this.writers = {
      orders: (m, o, s, rows, cols) => orders.upsert(m, o, s, rows as never, cols as never),
      feedback: (m, o, s, rows, cols) => feedback.upsert(m, o, s, rows as never, cols as never),
      claims: (m, o, s, rows, cols) => claims.upsert(m, o, s, rows as never, cols as never),
      returns: (m, o, s, rows, cols) => returns.upsert(m, o, s, rows as never, cols as never),
      'ebay-transactions': (m, o, s, rows, cols) => ebay.upsertTransactions(m, o, s, rows as never, cols),
      'ebay-feedback': (m, o, s, rows, cols) => ebay.upsertFeedback(m, o, s, rows as never, cols),
    };
  }

  writer(kind: IngestKind): BatchWriter {
    return this.writers[kind];
  }

  async ingest(caller: StoreCaller, kind: IngestKind, body: unknown): Promise<IngestResult> {
    if (!Array.isArray(body)) throw restError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', 'The body must be a JSON array of rows.');
    if (body.length > MAX_ROWS_PER_REQUEST) {
      throw restError(HttpStatus.PAYLOAD_TOO_LARGE, 'BAD_USER_INPUT', `At most ${MAX_ROWS_PER_REQUEST} rows per request; split the array.`);
    }
    const spec = KINDS[kind];
    if (spec.marketplace) {
      const store = await this.tenancy.store(caller.organizationId, caller.storeId);
      if (store?.marketplace !== spec.marketplace) {
        throw restError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `This route takes ${spec.marketplace} data; the API key belongs to a ${store?.marketplace ?? 'unknown'} store.`);
      }
    }
    const rejections: Rejection[] = [];
    const valid: Record<string, unknown>[] = [];
    const firstIndexOfKey = new Map<string, number>();
    for (const [index, input] of body.entries()) {
      const parsed = spec.schema.safeParse(input);
      if (!parsed.success) {
        rejections.push({ index, key: null, reason: describeIssues(parsed.error) });
        continue;
      }
      const row = spec.toRow(parsed.data as never);
      const key = spec.key(row);
      const seen = firstIndexOfKey.get(key);
      if (seen !== undefined) {
        rejections.push({ index, key, reason: `same key as row ${seen} of this request` });
        continue;
      }
      firstIndexOfKey.set(key, index);
      valid.push(row);
    }
    const written = await this.db.transaction((manager) => this.writeAndRecompute(manager, caller, kind, valid));
    return {
      created: written.created.length,
      updated: written.updated.length,
      unchanged: valid.length - written.created.length - written.updated.length,
      rejected: rejections.length,
      rejections,
    };
  }

  /** Writes rows in batches and, when anything changed, recomputes the metrics they can move. */
  async writeAndRecompute(manager: EntityManager, caller: StoreCaller, kind: IngestKind, rows: Record<string, unknown>[]): Promise<BulkUpsertResult> {
    const changedOrders = new Set<string>();
    const total = await this.write(manager, caller, kind, rows, undefined, changedOrders);
    if (total.created.length + total.updated.length > 0) {
      await this.health.recompute(manager, caller.organizationId, caller.storeId, KINDS[kind].families);
      await this.risk.ordersChanged(manager, caller.organizationId, caller.storeId, [...changedOrders]);
    }
    return total;
  }

  /**
   * Writes rows (distinct keys) in batches; `columns`: what the source may overwrite. No recompute; the
   * orders of created or changed rows are added to `changedOrders` for the caller's risk recompute.
   */
  async write(
    manager: EntityManager,
    caller: StoreCaller,
    kind: IngestKind,
    rows: Record<string, unknown>[],
    columns?: readonly string[],
    changedOrders?: Set<string>,
  ): Promise<BulkUpsertResult> {
    const total: BulkUpsertResult = { created: [], updated: [] };
    for (let i = 0; i < rows.length; i += UPSERT_BATCH) {
      const batch = rows.slice(i, i + UPSERT_BATCH);
      const r = await this.writers[kind](manager, caller.organizationId, caller.storeId, batch, columns);
      total.created.push(...r.created);
      total.updated.push(...r.updated);
      const { key, orderOf } = KINDS[kind];
      if (changedOrders && orderOf && r.created.length + r.updated.length > 0) {
        const changed = new Set([...r.created, ...r.updated]);
        for (const row of batch) if (changed.has(key(row))) changedOrders.add(orderOf(row));
      }
    }
    // Open claims and negative feedback are cases for the desk: each gets its ticket (a repeat gets none).
    const changed = [...total.created, ...total.updated];
    if (kind === 'claims' && changed.length > 0) await this.claimDesk.openTickets(manager, caller, changed);
    if (kind === 'feedback' && changed.length > 0) await this.feedbackDesk.openTickets(manager, caller, changed);
    return total;
  }
}
