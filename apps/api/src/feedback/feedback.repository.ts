import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bulkUpsert, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';

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

/** The only place seller feedback is written. One feedback per order (DOMAIN.md §1.5) is the key. */
@Injectable()
export class FeedbackRepository {
  upsert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    rows: readonly FeedbackRow[],
    columns: readonly FeedbackColumn[] = ALL_FEEDBACK_COLUMNS,
  ): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, SPEC, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns);
  }
}
