// Plain records the Amazon metrics read. The API loads them from PostgreSQL; nothing here holds buyer PII
// (DOMAIN.md "Lifeline's decisions": metrics keep only counts, timestamps and defect flags).
import type { EpochMs, FulfillmentChannel } from './metric';

export interface OrderFacts {
  orderId: string;
  /** `PurchaseDate`: puts the order in the ODR window (DOMAIN.md §1.1 "order-correlated"). */
  purchasedAt: EpochMs;
  fulfillmentChannel: FulfillmentChannel;
  /** `LatestShipDate`, the LSR clock (DOMAIN.md §2.5, §6). */
  latestShipDate: EpochMs | null;
  shipConfirmedAt: EpochMs | null;
  /** Order- or item-level cancellation; report an item-level seller cancel here too (DOMAIN.md §1.2 CR). */
  cancelledAt: EpochMs | null;
  /** BUYER = requested through the buyer's Amazon account (`IsBuyerRequestedCancel`, DOMAIN.md §2.7). */
  cancelledBy: 'SELLER' | 'BUYER' | null;
  /** Promised (estimated) delivery date: selects orders for VTR and OTDR (DOMAIN.md §1.2). */
  promisedDeliveryAt: EpochMs | null;
  deliveredAt: EpochMs | null;
  /** At least one carrier scan (DOMAIN.md §1.2 VTR). */
  hasValidTracking: boolean;
}

export interface FeedbackFacts {
  orderId: string;
  /** 1–5 stars (DOMAIN.md §1.5). */
  rating: number;
  leftAt: EpochMs;
  /** Removed by Amazon or by the buyer; removed feedback leaves ODR (DOMAIN.md §1.5). */
  removedAt: EpochMs | null;
  /** Struck through by Amazon (FBA fulfilment / Buy Shipping on time): leaves rating and ODR (§1.5). */
  struckThrough: boolean;
}

/**
 * GRANTED (seller at fault), REFUNDED_BY_SELLER (after filing) and ORDER_CANCELLED count against ODR;
 * DECIDED_FOR_SELLER (denied) and WITHDRAWN do not (DOMAIN.md "Lifeline's decisions", §1.6). null = pending,
 * which counts ("A-to-z claim that is not denied", §1.6).
 */
export type ClaimDecision = 'GRANTED' | 'REFUNDED_BY_SELLER' | 'ORDER_CANCELLED' | 'DECIDED_FOR_SELLER' | 'WITHDRAWN';

export interface ClaimFacts {
  orderId: string;
  kind: 'A_TO_Z' | 'CHARGEBACK';
  openedAt: EpochMs;
  status: 'OPEN' | 'CLOSED';
  decision: ClaimDecision | null;
  /** When the decision was made; null/absent = treat the decision as already known. */
  decidedAt?: EpochMs | null;
  /** Delivery-related claim on an order shipped on time with Buy Shipping: not counted (DOMAIN.md §1.6). */
  buyShippingProtected?: boolean;
  /** Payment-fraud chargebacks are Amazon's; only service chargebacks are ODR defects (DOMAIN.md §1.1, §1.7). */
  chargebackType?: 'SERVICE' | 'FRAUD';
}

export interface BuyerMessageFacts {
  messageId: string;
  receivedAt: EpochMs;
  /** First reply the seller sent, of any kind. */
  firstReplyAt: EpochMs | null;
  /** true when that first reply was an auto-responder, which is not a response (DOMAIN.md §1.3). */
  autoReply: boolean;
  /** With `autoReply`: the first reply written by a person, if any. */
  firstManualReplyAt?: EpochMs | null;
  /** "Mark as no response needed": the message leaves the metric (DOMAIN.md §1.3). */
  noResponseNeeded: boolean;
}

export interface ReturnRequestFacts {
  returnId: string;
  orderId: string;
  requestedAt: EpochMs;
  /** First authorise, refund or close; null while none (DOMAIN.md §1.3 RDR). */
  firstActionAt: EpochMs | null;
  /** Buyer answered that the return was not resolved. */
  negativeReturnFeedback: boolean;
  rejected: boolean;
  /** Request within the return policy: rejecting it is an Invalid Rejection. */
  inPolicy: boolean;
}

export interface ServiceSurveyVoteFacts {
  orderId: string;
  /** "Did this solve your problem?" (DOMAIN.md §1.3 CSDR). */
  solved: boolean;
  votedAt: EpochMs;
}
