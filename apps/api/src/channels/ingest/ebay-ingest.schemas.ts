import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { EbayFeedbackRow, EbayTransactionRow } from '../../ebay/ebay.repository';

// The JSON rows an eBay connector posts to /api/v1/ebay/* (README "eBay"), with what eBay's seller standards
// read (DOMAIN.md §3). The buyer's eBay user id is hashed here and never stored.

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-03-01T10:00:00Z' });
const optionalInstant = instant.nullish();
const text = (max: number) => z.string().trim().min(1).max(max);

export const ebayTransactionInput = z.object({
  transactionId: text(64),
  orderId: text(64).nullish(),
  /** The buyer's eBay user id: only its hash is kept (unique-buyer counts, DOMAIN.md §3). */
  buyer: text(128),
  transactedAt: instant,
  cancellation: z.enum(['SELLER_OUT_OF_STOCK', 'SELLER_CHOSE_NOT_TO_SEND', 'BUYER_REQUESTED']).nullish(),
  caseOutcome: z.enum(['OPEN', 'CLOSED_WITHOUT_SELLER_RESOLUTION', 'CLOSED_FOR_SELLER', 'NO_FAULT', 'RESOLVED_BY_SELLER']).nullish(),
  caseClosedAt: optionalInstant,
  handlingDueAt: optionalInstant,
  acceptanceScanAt: optionalInstant,
  estimatedDeliveryAt: optionalInstant,
  deliveredAt: optionalInstant,
  trackingUploadedAt: optionalInstant,
  trackingValidated: z.boolean().optional(),
  buyerConfirmedLateDelivery: z.boolean().optional(),
  usBuyer: z.boolean().optional(),
  amountUsd: z.number().nonnegative().max(1e9).optional(),
});

export const ebayFeedbackInput = z.object({
  feedbackId: text(64),
  transactionId: text(64).nullish(),
  buyer: text(128),
  rating: z.enum(['POSITIVE', 'NEUTRAL', 'NEGATIVE']),
  comment: z.string().max(2000).nullish(),
  transactionEndedAt: instant,
  leftAt: instant,
  removedAt: optionalInstant,
});

export type EbayTransactionInput = z.infer<typeof ebayTransactionInput>;
export type EbayFeedbackInput = z.infer<typeof ebayFeedbackInput>;

const at = (s: string | null | undefined) => (s ? new Date(s).toISOString() : null);

/** Equality is all the standards need of a buyer; the user id itself is personal data (DOMAIN.md §5). */
export const buyerKeyOf = (buyer: string) => createHash('sha256').update(buyer.trim().toLowerCase()).digest('hex').slice(0, 32);

export const toEbayTransactionRow = (t: EbayTransactionInput): EbayTransactionRow => ({
  transaction_id: t.transactionId,
  marketplace_order_id: t.orderId ?? null,
  buyer_key: buyerKeyOf(t.buyer),
  transacted_at: at(t.transactedAt)!,
  cancellation: t.cancellation ?? null,
  case_outcome: t.caseOutcome ?? null,
  case_closed_at: at(t.caseClosedAt),
  handling_due_at: at(t.handlingDueAt),
  acceptance_scan_at: at(t.acceptanceScanAt),
  estimated_delivery_at: at(t.estimatedDeliveryAt),
  delivered_at: at(t.deliveredAt),
  tracking_uploaded_at: at(t.trackingUploadedAt),
  tracking_validated: t.trackingValidated ?? false,
  buyer_confirmed_late_delivery: t.buyerConfirmedLateDelivery ?? false,
  us_buyer: t.usBuyer ?? true,
  amount_usd: t.amountUsd ?? 0,
});

export const toEbayFeedbackRow = (f: EbayFeedbackInput): EbayFeedbackRow => ({
  feedback_id: f.feedbackId,
  transaction_id: f.transactionId ?? null,
  buyer_key: buyerKeyOf(f.buyer),
  rating: f.rating,
  comment: f.comment ?? null,
  transaction_ended_at: at(f.transactionEndedAt)!,
  left_at: at(f.leftAt)!,
  removed_at: at(f.removedAt),
});
