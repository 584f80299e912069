import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { bulkUpsert, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';
import { DATA_SOURCE } from '../database/database.tokens';
import { SellerFeedbackEntity } from './entities/seller-feedback.entity';

export interface FeedbackRow {
  marketplace_order_id: string;
  rating: number;
  comment: string | null;
  left_at: string;
  removed_at: string | null;
  struck_through: boolean;
}

export type FeedbackColumn = keyof FeedbackRow;

const SPEC: BulkUpsertSpec = {
  table: 'seller_feedback',
  keyColumns: ['marketplace_order_id'],
  columns: [
    { name: 'marketplace_order_id', type: 'text' },
    { name: 'rating', type: 'smallint' },
    { name: 'comment', type: 'text' },
    { name: 'left_at', type: 'timestamptz' },
    { name: 'removed_at', type: 'timestamptz' },
    { name: 'struck_through', type: 'boolean' },
  ],
};

export const ALL_FEEDBACK_COLUMNS = SPEC.columns.map((c) => c.name) as FeedbackColumn[];

/** Columns a desk change sets, by entity property. */
export type FeedbackPatch = Partial<
  Pick<
    SellerFeedbackEntity,
    'removalStatus' | 'removalReason' | 'removalRequestedAt' | 'removalRequestedBy' | 'removalOutcomeAt' | 'removalOutcomeBy' | 'removedAt' | 'struckThrough'
  >
>;

const COLUMN: Record<keyof FeedbackPatch, string> = {
  removalStatus: 'removal_status',
  removalReason: 'removal_reason',
  removalRequestedAt: 'removal_requested_at',
  removalRequestedBy: 'removal_requested_by',
  removalOutcomeAt: 'removal_outcome_at',
  removalOutcomeBy: 'removal_outcome_by',
  removedAt: 'removed_at',
  struckThrough: 'struck_through',
};

/** The value "now" in a patch: the database's clock, the same the ODR recompute compares against. */
export const FEEDBACK_DB_NOW = Symbol('now()');

/** The only place seller feedback is read or written. One feedback per order (DOMAIN.md §1.5) is the key. */
@Injectable()
export class FeedbackRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  upsert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    rows: readonly FeedbackRow[],
    columns: readonly FeedbackColumn[] = ALL_FEEDBACK_COLUMNS,
  ): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, SPEC, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns);
  }

  /** Feedback of a store by order ids (the upsert keys). */
  byOrders(m: EntityManager, organizationId: string, storeId: string, orderIds: readonly string[]): Promise<SellerFeedbackEntity[]> {
    if (orderIds.length === 0) return Promise.resolve([]);
    return m
      .getRepository(SellerFeedbackEntity)
      .createQueryBuilder('f')
      .where('f.organization_id = :organizationId AND f.store_id = :storeId AND f.marketplace_order_id = ANY(:orderIds)', { organizationId, storeId, orderIds })
      .orderBy('f.left_at', 'ASC')
      .getMany();
  }

  feedback(organizationId: string, id: string, m: EntityManager = this.db.manager): Promise<SellerFeedbackEntity | null> {
    return m.getRepository(SellerFeedbackEntity).findOneBy({ organizationId, id });
  }

  ofTicket(organizationId: string, ticketId: string): Promise<SellerFeedbackEntity | null> {
    return this.db.getRepository(SellerFeedbackEntity).findOne({ where: { organizationId, ticketId }, order: { leftAt: 'DESC' } });
  }

  /** The feedback of a store's order that no ticket works yet, locked. */
  unlinked(m: EntityManager, organizationId: string, storeId: string, orderId: string): Promise<SellerFeedbackEntity | null> {
    return m
      .getRepository(SellerFeedbackEntity)
      .createQueryBuilder('f')
      .setLock('pessimistic_write')
      .where('f.organization_id = :organizationId AND f.store_id = :storeId AND f.marketplace_order_id = :orderId AND f.ticket_id IS NULL', { organizationId, storeId, orderId })
      .getOne();
  }

  async linkTicket(m: EntityManager, organizationId: string, id: string, ticketId: string): Promise<boolean> {
    const rows: { id: string }[] = await m.query(
      `WITH x AS (UPDATE seller_feedback SET ticket_id = $3, version = version + 1, updated_at = now()
                   WHERE organization_id = $1 AND id = $2 AND ticket_id IS NULL RETURNING id)
       SELECT id FROM x`,
      [organizationId, id, ticketId],
    );
    return rows.length > 0;
  }

  /** Versioned update: the row, `{ conflict }` with the current version, or null when not this organisation's. */
  async updateVersioned(
    m: EntityManager,
    organizationId: string,
    id: string,
    version: number,
    patch: { [K in keyof FeedbackPatch]: FeedbackPatch[K] | typeof FEEDBACK_DB_NOW },
  ): Promise<SellerFeedbackEntity | { conflict: number } | null> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [keyof FeedbackPatch, unknown][];
    const params: unknown[] = [organizationId, id, version];
    const sets = entries.map(([k, v]) => {
      if (v === FEEDBACK_DB_NOW) return `${COLUMN[k]} = now()`;
      params.push(v);
      return `${COLUMN[k]} = $${params.length}`;
    });
    const changed: { id: string }[] = await m.query(
      `WITH x AS (
         UPDATE seller_feedback SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
          WHERE organization_id = $1 AND id = $2 AND version = $3
          RETURNING id)
       SELECT id FROM x`,
      params,
    );
    const current = await this.feedback(organizationId, id, m);
    if (!current) return null;
    if (changed.length === 0) return { conflict: current.version };
    return current;
  }

  /** What the removal rules need about the order: channel and whether it shipped by its expected date. */
  async orderFacts(organizationId: string, storeId: string, orderId: string): Promise<{ fulfillmentChannel: 'MFN' | 'AFN'; shippedOnTime: boolean } | null> {
    const [o]: { fulfillment_channel: 'MFN' | 'AFN'; shipped_on_time: boolean }[] = await this.db.query(
      `SELECT fulfillment_channel,
              (ship_confirmed_at IS NOT NULL AND (latest_ship_date IS NULL OR ship_confirmed_at <= latest_ship_date)) AS shipped_on_time
         FROM orders WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = $3`,
      [organizationId, storeId, orderId],
    );
    return o ? { fulfillmentChannel: o.fulfillment_channel, shippedOnTime: o.shipped_on_time } : null;
  }
}
