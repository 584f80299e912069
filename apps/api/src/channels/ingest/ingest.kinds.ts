import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { BulkUpsertResult } from '../../database/bulk-upsert';
import { rowKey } from '../../database/bulk-upsert';
import type { MetricFamily } from '../../health/health-metrics.service';
import { ebayFeedbackInput, ebayTransactionInput, toEbayFeedbackRow, toEbayTransactionRow } from './ebay-ingest.schemas';
import { claimInput, feedbackInput, orderInput, returnInput, toClaimRow, toFeedbackRow, toOrderRow, toReturnRow } from './ingest.schemas';

export type IngestKind = 'orders' | 'feedback' | 'claims' | 'returns' | 'ebay-transactions' | 'ebay-feedback';

/** Writes one batch of rows for a store; `columns` = what the source may overwrite (undefined: all). */
export type BatchWriter = (manager: EntityManager, organizationId: string, storeId: string, rows: Record<string, unknown>[], columns?: readonly string[]) => Promise<BulkUpsertResult>;

export interface KindSpec {
  schema: z.ZodType;
  toRow: (input: never) => Record<string, unknown>;
  /** The row's key per store, as the repository's upsert returns it. */
  key: (row: Record<string, unknown>) => string;
  /** Metrics a change of this kind can move. */
  families: readonly MetricFamily[];
  /** Only stores of this marketplace take the kind (eBay's own data). */
  marketplace?: 'EBAY';
  /** The order whose risk a changed row can move (libs/domain scoreOrder); none for eBay's own rows. */
  orderOf?: (row: Record<string, unknown>) => string;
}

const orderOf = (r: Record<string, unknown>) => String(r.marketplace_order_id);

export const KINDS: Record<IngestKind, KindSpec> = {
  // An order moves the ODR denominator and every shipping metric.
  orders: { schema: orderInput, toRow: toOrderRow as never, key: (r) => rowKey([r.marketplace_order_id]), families: ['ODR', 'SHIPPING'], orderOf },
  feedback: { schema: feedbackInput, toRow: toFeedbackRow as never, key: (r) => rowKey([r.marketplace_order_id]), families: ['ODR'], orderOf },
  claims: { schema: claimInput, toRow: toClaimRow as never, key: (r) => rowKey([r.kind, r.marketplace_claim_id]), families: ['ODR'], orderOf },
  returns: { schema: returnInput, toRow: toReturnRow as never, key: (r) => rowKey([r.marketplace_return_id]), families: ['CUSTOMER_SERVICE'], orderOf },
  'ebay-transactions': {
    schema: ebayTransactionInput,
    toRow: toEbayTransactionRow as never,
    key: (r) => rowKey([r.transaction_id]),
    families: ['EBAY'],
    marketplace: 'EBAY',
  },
  'ebay-feedback': { schema: ebayFeedbackInput, toRow: toEbayFeedbackRow as never, key: (r) => rowKey([r.feedback_id]), families: ['EBAY'], marketplace: 'EBAY' },
};
