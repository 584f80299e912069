import { z } from 'zod';
import type { ClaimRow } from '../../claims/claims.repository';
import type { FeedbackRow } from '../../feedback/feedback.repository';
import type { OrderRow } from '../../orders/orders.repository';
import type { ReturnRow } from '../../returns/returns.repository';

// The JSON rows connectors and scripts post to /api/v1/* (README "Ingest API"), and the mapping to the
// columns the repositories write. Report files are parsed into these same shapes, so one set of checks
// guards both doors.

const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with a time zone, e.g. 2026-03-01T10:00:00Z' });
const optionalInstant = instant.nullish();
const text = (max: number) => z.string().trim().min(1).max(max);
const money = z.number().nonnegative().max(1e12);
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as EUR');

export const orderInput = z
  .object({
    marketplaceOrderId: text(64),
    purchasedAt: instant,
    fulfillmentChannel: z.enum(['MFN', 'AFN']),
    latestShipDate: optionalInstant,
    shipConfirmedAt: optionalInstant,
    cancelledAt: optionalInstant,
    /** BUYER = requested through the buyer's Amazon account (`IsBuyerRequestedCancel`, DOMAIN.md §1.2, §2.7). */
    cancelledBy: z.enum(['SELLER', 'BUYER']).nullish(),
    promisedDeliveryAt: optionalInstant,
    deliveredAt: optionalInstant,
    hasValidTracking: z.boolean().optional(),
    items: z
      .array(
        z.object({
          sku: text(128).nullish(),
          asin: z.string().regex(/^[A-Z0-9]{10}$/, 'must be a 10-character ASIN').nullish(),
          quantity: z.number().int().min(1).max(100000),
          price: money.nullish(),
          currency: currency.nullish(),
        }),
      )
      .max(1000)
      .optional(),
    buyer: z.object({ name: z.string().max(200).nullish(), email: z.string().email().max(320).nullish() }).nullish(),
  })
  .refine((o) => !o.cancelledAt === !o.cancelledBy, { message: 'cancelledAt and cancelledBy go together', path: ['cancelledBy'] });

export const feedbackInput = z.object({
  marketplaceOrderId: text(64),
  rating: z.number().int().min(1).max(5),
  comment: z.string().max(5000).nullish(),
  leftAt: instant,
  removedAt: optionalInstant,
  struckThrough: z.boolean().optional(),
});

const CLAIM_DECISIONS = ['GRANTED', 'REFUNDED_BY_SELLER', 'ORDER_CANCELLED', 'DECIDED_FOR_SELLER', 'WITHDRAWN'] as const;

export const claimInput = z
  .object({
    claimId: text(64),
    kind: z.enum(['A_TO_Z', 'CHARGEBACK']),
    marketplaceOrderId: text(64),
    openedAt: instant,
    amount: money.nullish(),
    currency: currency.nullish(),
    status: z.enum(['OPEN', 'CLOSED']),
    decision: z.enum(CLAIM_DECISIONS).nullish(),
    decidedAt: optionalInstant,
    fundedBy: z.enum(['SELLER', 'AMAZON']).nullish(),
    chargebackType: z.enum(['SERVICE', 'FRAUD']).nullish(),
    buyShippingProtected: z.boolean().optional(),
  })
  .refine((c) => !(c.decision && c.status === 'OPEN' && c.decision !== 'REFUNDED_BY_SELLER'), {
    message: 'a decided claim must be CLOSED (only REFUNDED_BY_SELLER may still be open)',
    path: ['status'],
  })
  .refine((c) => c.kind === 'CHARGEBACK' || !c.chargebackType, { message: 'only chargebacks have a chargebackType', path: ['chargebackType'] });

export const returnInput = z
  .object({
    returnId: text(128),
    marketplaceOrderId: text(64),
    fulfillmentChannel: z.enum(['MFN', 'AFN']).optional(),
    requestedAt: instant,
    reason: z.string().max(500).nullish(),
    inPolicy: z.boolean().optional(),
    resolution: z.enum(['AUTHORIZED', 'REFUNDED', 'CLOSED', 'REJECTED']).nullish(),
    resolvedAt: optionalInstant,
    refundAmount: money.nullish(),
    currency: currency.nullish(),
    negativeReturnFeedback: z.boolean().optional(),
    sku: text(128).nullish(),
    asin: z.string().regex(/^[A-Z0-9]{10}$/, 'must be a 10-character ASIN').nullish(),
    quantity: z.number().int().min(1).max(100000).nullish(),
  })
  .refine((r) => !r.resolvedAt || r.resolution, { message: 'resolvedAt needs a resolution', path: ['resolution'] });

export type OrderInput = z.infer<typeof orderInput>;
export type FeedbackInput = z.infer<typeof feedbackInput>;
export type ClaimInput = z.infer<typeof claimInput>;
export type ReturnInput = z.infer<typeof returnInput>;

const at = (s: string | null | undefined) => (s ? new Date(s).toISOString() : null);

export const toOrderRow = (o: OrderInput): OrderRow => ({
  marketplace_order_id: o.marketplaceOrderId,
  purchased_at: at(o.purchasedAt)!,
  fulfillment_channel: o.fulfillmentChannel,
  latest_ship_date: at(o.latestShipDate),
  ship_confirmed_at: at(o.shipConfirmedAt),
  cancelled_at: at(o.cancelledAt),
  cancelled_by: o.cancelledBy ?? null,
  promised_delivery_at: at(o.promisedDeliveryAt),
  delivered_at: at(o.deliveredAt),
  has_valid_tracking: o.hasValidTracking ?? false,
  items: (o.items ?? []).map((i) => ({ sku: i.sku ?? null, asin: i.asin ?? null, quantity: i.quantity, price: i.price ?? null, currency: i.currency ?? null })),
  buyer_name: o.buyer?.name ?? null,
  buyer_email: o.buyer?.email ?? null,
});

export const toFeedbackRow = (f: FeedbackInput): FeedbackRow => ({
  marketplace_order_id: f.marketplaceOrderId,
  rating: f.rating,
  comment: f.comment ?? null,
  left_at: at(f.leftAt)!,
  removed_at: at(f.removedAt),
  struck_through: f.struckThrough ?? false,
});

export const toClaimRow = (c: ClaimInput): ClaimRow => ({
  kind: c.kind,
  marketplace_claim_id: c.claimId,
  marketplace_order_id: c.marketplaceOrderId,
  opened_at: at(c.openedAt)!,
  amount: c.amount ?? null,
  currency: c.currency ?? null,
  status: c.status,
  decision: c.decision ?? null,
  decided_at: at(c.decidedAt),
  funded_by: c.fundedBy ?? null,
  // Amazon bears payment-fraud chargebacks, the seller service ones (DOMAIN.md §1.7): without a type, an
  // Amazon-funded chargeback is taken as fraud.
  chargeback_type: c.kind === 'CHARGEBACK' ? (c.chargebackType ?? (c.fundedBy === 'AMAZON' ? 'FRAUD' : 'SERVICE')) : null,
  buy_shipping_protected: c.buyShippingProtected ?? false,
});

export const toReturnRow = (r: ReturnInput): ReturnRow => ({
  marketplace_return_id: r.returnId,
  marketplace_order_id: r.marketplaceOrderId,
  fulfillment_channel: r.fulfillmentChannel ?? 'MFN',
  requested_at: at(r.requestedAt)!,
  reason: r.reason ?? null,
  in_policy: r.inPolicy ?? true,
  resolution: r.resolution ?? null,
  resolved_at: at(r.resolvedAt),
  refund_amount: r.refundAmount ?? null,
  currency: r.currency ?? null,
  negative_return_feedback: r.negativeReturnFeedback ?? false,
  sku: r.sku ?? null,
  asin: r.asin ?? null,
  quantity: r.quantity ?? null,
});

/** "purchasedAt: must be …" from a zod error, naming the field the way the request spelled it. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : 'row'}: ${i.message}`).join('; ');
}
