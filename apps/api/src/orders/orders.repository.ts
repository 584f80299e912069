import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bulkUpsert, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';
import type { OrderItem } from './entities/order.entity';

/** An order as ingest writes it (column names); instants as ISO strings. */
export interface OrderRow {
  marketplace_order_id: string;
  purchased_at: string;
  fulfillment_channel: 'MFN' | 'AFN';
  latest_ship_date: string | null;
  ship_confirmed_at: string | null;
  cancelled_at: string | null;
  cancelled_by: 'SELLER' | 'BUYER' | null;
  promised_delivery_at: string | null;
  delivered_at: string | null;
  has_valid_tracking: boolean;
  items: OrderItem[];
  buyer_name: string | null;
  buyer_email: string | null;
}

export type OrderColumn = keyof OrderRow;

const SPEC: BulkUpsertSpec = {
  table: 'orders',
  keyColumns: ['marketplace_order_id'],
  columns: [
    { name: 'marketplace_order_id', type: 'text' },
    { name: 'purchased_at', type: 'timestamptz' },
    { name: 'fulfillment_channel', type: 'text' },
    { name: 'latest_ship_date', type: 'timestamptz' },
    { name: 'ship_confirmed_at', type: 'timestamptz' },
    { name: 'cancelled_at', type: 'timestamptz' },
    { name: 'cancelled_by', type: 'text' },
    { name: 'promised_delivery_at', type: 'timestamptz' },
    { name: 'delivered_at', type: 'timestamptz' },
    { name: 'has_valid_tracking', type: 'boolean' },
    { name: 'items', type: 'jsonb' },
    { name: 'buyer_name', type: 'text' },
    { name: 'buyer_email', type: 'text' },
  ],
};

export const ALL_ORDER_COLUMNS = SPEC.columns.map((c) => c.name) as OrderColumn[];

/** The only place order rows are written; every statement is scoped by organisation and store. */
@Injectable()
export class OrdersRepository {
  /** Idempotent per store by marketplace order id; `columns`: what this source may overwrite. */
  upsert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    rows: readonly OrderRow[],
    columns: readonly OrderColumn[] = ALL_ORDER_COLUMNS,
  ): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, SPEC, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns);
  }

  /** Which of these order ids the store has, with their channel (returns and claims link by order id). */
  async channelsOf(manager: EntityManager, organizationId: string, storeId: string, orderIds: readonly string[]): Promise<Map<string, 'MFN' | 'AFN'>> {
    if (orderIds.length === 0) return new Map();
    const rows: { marketplace_order_id: string; fulfillment_channel: 'MFN' | 'AFN' }[] = await manager.query(
      `SELECT marketplace_order_id, fulfillment_channel FROM orders
        WHERE organization_id = $1 AND store_id = $2 AND marketplace_order_id = ANY($3::text[])`,
      [organizationId, storeId, [...orderIds]],
    );
    return new Map(rows.map((r) => [r.marketplace_order_id, r.fulfillment_channel]));
  }
}
