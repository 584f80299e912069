import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bulkUpsert, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';
import type { ReturnResolution } from './entities/return-request.entity';

export interface ReturnRow {
  marketplace_return_id: string;
  marketplace_order_id: string;
  fulfillment_channel: 'MFN' | 'AFN';
  requested_at: string;
  reason: string | null;
  in_policy: boolean;
  resolution: ReturnResolution | null;
  resolved_at: string | null;
  refund_amount: number | null;
  currency: string | null;
  negative_return_feedback: boolean;
  sku: string | null;
  asin: string | null;
  quantity: number | null;
}

export type ReturnColumn = keyof ReturnRow;

const SPEC: BulkUpsertSpec = {
  table: 'return_requests',
  keyColumns: ['marketplace_return_id'],
  columns: [
    { name: 'marketplace_return_id', type: 'text' },
    { name: 'marketplace_order_id', type: 'text' },
    { name: 'fulfillment_channel', type: 'text' },
    { name: 'requested_at', type: 'timestamptz' },
    { name: 'reason', type: 'text' },
    { name: 'in_policy', type: 'boolean' },
    { name: 'resolution', type: 'text' },
    { name: 'resolved_at', type: 'timestamptz' },
    { name: 'refund_amount', type: 'numeric' },
    { name: 'currency', type: 'text' },
    { name: 'negative_return_feedback', type: 'boolean' },
    { name: 'sku', type: 'text' },
    { name: 'asin', type: 'text' },
    { name: 'quantity', type: 'integer' },
  ],
};

export const ALL_RETURN_COLUMNS = SPEC.columns.map((c) => c.name) as ReturnColumn[];

/** The only place return requests are written; keyed per store by the marketplace's return id. */
@Injectable()
export class ReturnsRepository {
  upsert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    rows: readonly ReturnRow[],
    columns: readonly ReturnColumn[] = ALL_RETURN_COLUMNS,
  ): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, SPEC, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns);
  }
}
