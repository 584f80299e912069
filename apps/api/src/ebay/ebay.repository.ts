import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EbayCancellation, EbayCaseOutcome, EbayFeedbackFacts, EbayRating, EbayTransactionFacts } from '@lifeline/domain';
import { bulkUpsert, type BulkUpsertResult, type BulkUpsertSpec } from '../database/bulk-upsert';

/** An eBay transaction as ingest writes it (column names); instants as ISO strings. */
export interface EbayTransactionRow {
  transaction_id: string;
  marketplace_order_id: string | null;
  buyer_key: string;
  transacted_at: string;
  cancellation: EbayCancellation | null;
  case_outcome: EbayCaseOutcome | null;
  case_closed_at: string | null;
  handling_due_at: string | null;
  acceptance_scan_at: string | null;
  estimated_delivery_at: string | null;
  delivered_at: string | null;
  tracking_uploaded_at: string | null;
  tracking_validated: boolean;
  buyer_confirmed_late_delivery: boolean;
  us_buyer: boolean;
  amount_usd: number;
}

export interface EbayFeedbackRow {
  feedback_id: string;
  transaction_id: string | null;
  buyer_key: string;
  rating: EbayRating;
  comment: string | null;
  transaction_ended_at: string;
  left_at: string;
  removed_at: string | null;
}

const TRANSACTIONS: BulkUpsertSpec = {
  table: 'ebay_transactions',
  keyColumns: ['transaction_id'],
  columns: [
    { name: 'transaction_id', type: 'text' },
    { name: 'marketplace_order_id', type: 'text' },
    { name: 'buyer_key', type: 'text' },
    { name: 'transacted_at', type: 'timestamptz' },
    { name: 'cancellation', type: 'text' },
    { name: 'case_outcome', type: 'text' },
    { name: 'case_closed_at', type: 'timestamptz' },
    { name: 'handling_due_at', type: 'timestamptz' },
    { name: 'acceptance_scan_at', type: 'timestamptz' },
    { name: 'estimated_delivery_at', type: 'timestamptz' },
    { name: 'delivered_at', type: 'timestamptz' },
    { name: 'tracking_uploaded_at', type: 'timestamptz' },
    { name: 'tracking_validated', type: 'boolean' },
    { name: 'buyer_confirmed_late_delivery', type: 'boolean' },
    { name: 'us_buyer', type: 'boolean' },
    { name: 'amount_usd', type: 'numeric' },
  ],
};

const FEEDBACK: BulkUpsertSpec = {
  table: 'ebay_feedback',
  keyColumns: ['feedback_id'],
  columns: [
    { name: 'feedback_id', type: 'text' },
    { name: 'transaction_id', type: 'text' },
    { name: 'buyer_key', type: 'text' },
    { name: 'rating', type: 'text' },
    { name: 'comment', type: 'text' },
    { name: 'transaction_ended_at', type: 'timestamptz' },
    { name: 'left_at', type: 'timestamptz' },
    { name: 'removed_at', type: 'timestamptz' },
  ],
};

const ms = (d: Date | null): number | null => (d === null ? null : new Date(d).getTime());

/** The only SQL of eBay's own data: transactions and feedback, idempotent per store by eBay's ids. */
@Injectable()
export class EbayRepository {
  upsertTransactions(manager: EntityManager, organizationId: string, storeId: string, rows: readonly EbayTransactionRow[], columns?: readonly string[]): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, TRANSACTIONS, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns ?? TRANSACTIONS.columns.map((c) => c.name));
  }

  upsertFeedback(manager: EntityManager, organizationId: string, storeId: string, rows: readonly EbayFeedbackRow[], columns?: readonly string[]): Promise<BulkUpsertResult> {
    return bulkUpsert(manager, FEEDBACK, organizationId, storeId, rows as unknown as Record<string, unknown>[], columns ?? FEEDBACK.columns.map((c) => c.name));
  }

  /** Transactions since `from` (the longest look-back, 12 months, DOMAIN.md §3). */
  async transactionFacts(manager: EntityManager, organizationId: string, storeId: string, from: number): Promise<EbayTransactionFacts[]> {
    const rows: {
      transaction_id: string;
      buyer_key: string;
      transacted_at: Date;
      cancellation: EbayCancellation | null;
      case_outcome: EbayCaseOutcome | null;
      case_closed_at: Date | null;
      handling_due_at: Date | null;
      acceptance_scan_at: Date | null;
      estimated_delivery_at: Date | null;
      delivered_at: Date | null;
      tracking_uploaded_at: Date | null;
      tracking_validated: boolean;
      buyer_confirmed_late_delivery: boolean;
      us_buyer: boolean;
      amount_usd: string;
    }[] = await manager.query(
      `SELECT transaction_id, buyer_key, transacted_at, cancellation, case_outcome, case_closed_at, handling_due_at,
              acceptance_scan_at, estimated_delivery_at, delivered_at, tracking_uploaded_at, tracking_validated,
              buyer_confirmed_late_delivery, us_buyer, amount_usd
         FROM ebay_transactions WHERE organization_id = $1 AND store_id = $2 AND transacted_at >= $3`,
      [organizationId, storeId, new Date(from)],
    );
    return rows.map((r) => ({
      transactionId: r.transaction_id,
      buyerKey: r.buyer_key,
      transactedAt: ms(r.transacted_at)!,
      cancellation: r.cancellation,
      caseOutcome: r.case_outcome,
      caseClosedAt: ms(r.case_closed_at),
      handlingDueAt: ms(r.handling_due_at),
      acceptanceScanAt: ms(r.acceptance_scan_at),
      estimatedDeliveryAt: ms(r.estimated_delivery_at),
      deliveredAt: ms(r.delivered_at),
      trackingUploadedAt: ms(r.tracking_uploaded_at),
      trackingValidated: r.tracking_validated,
      buyerConfirmedLateDelivery: r.buyer_confirmed_late_delivery,
      usBuyer: r.us_buyer,
      amountUsd: Number(r.amount_usd),
    }));
  }

  /** Every feedback of the store: the feedback score is lifetime (DOMAIN.md §3). */
  async feedbackFacts(manager: EntityManager, organizationId: string, storeId: string): Promise<EbayFeedbackFacts[]> {
    const rows: { feedback_id: string; buyer_key: string; rating: EbayRating; transaction_ended_at: Date; left_at: Date; removed_at: Date | null }[] = await manager.query(
      `SELECT feedback_id, buyer_key, rating, transaction_ended_at, left_at, removed_at
         FROM ebay_feedback WHERE organization_id = $1 AND store_id = $2`,
      [organizationId, storeId],
    );
    return rows.map((r) => ({
      feedbackId: r.feedback_id,
      buyerKey: r.buyer_key,
      rating: r.rating,
      transactionEndedAt: ms(r.transaction_ended_at)!,
      leftAt: ms(r.left_at)!,
      removedAt: ms(r.removed_at),
    }));
  }

  /** The store's first eBay transaction: how long it has been active, for Top Rated's 90 days (DOMAIN.md §3). */
  async firstTransactionAt(manager: EntityManager, organizationId: string, storeId: string): Promise<number | null> {
    const [row]: { first: Date | null }[] = await manager.query(
      `SELECT min(transacted_at) AS first FROM ebay_transactions WHERE organization_id = $1 AND store_id = $2`,
      [organizationId, storeId],
    );
    return ms(row?.first ?? null);
  }
}
