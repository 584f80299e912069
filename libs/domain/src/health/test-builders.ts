// Builders for the health specs: a realistic record with only the interesting fields spelled out in a test.
import type {
  BuyerMessageFacts,
  ClaimFacts,
  FeedbackFacts,
  OrderFacts,
  ReturnRequestFacts,
} from './amazon-facts';
import type { EbayTransactionFacts } from './ebay';
import { DAY_MS, HOUR_MS, type EpochMs } from './metric';

export const at = (iso: string): EpochMs => Date.parse(iso);
export const days = (n: number): number => n * DAY_MS;
export const hours = (n: number): number => n * HOUR_MS;

export function order(orderId: string, purchasedAt: EpochMs, over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId,
    purchasedAt,
    fulfillmentChannel: 'MFN',
    latestShipDate: purchasedAt + days(2),
    shipConfirmedAt: purchasedAt + days(1),
    cancelledAt: null,
    cancelledBy: null,
    promisedDeliveryAt: purchasedAt + days(7),
    deliveredAt: purchasedAt + days(5),
    hasValidTracking: true,
    ...over,
  };
}

export function feedback(orderId: string, rating: number, leftAt: EpochMs, over: Partial<FeedbackFacts> = {}): FeedbackFacts {
  return { orderId, rating, leftAt, removedAt: null, struckThrough: false, ...over };
}

export function claim(
  orderId: string,
  kind: ClaimFacts['kind'],
  openedAt: EpochMs,
  over: Partial<ClaimFacts> = {},
): ClaimFacts {
  return { orderId, kind, openedAt, status: 'OPEN', decision: null, ...over };
}

export function message(messageId: string, receivedAt: EpochMs, over: Partial<BuyerMessageFacts> = {}): BuyerMessageFacts {
  return {
    messageId,
    receivedAt,
    firstReplyAt: receivedAt + hours(2),
    autoReply: false,
    noResponseNeeded: false,
    ...over,
  };
}

export function returnRequest(
  returnId: string,
  requestedAt: EpochMs,
  over: Partial<ReturnRequestFacts> = {},
): ReturnRequestFacts {
  return {
    returnId,
    orderId: `order-${returnId}`,
    requestedAt,
    firstActionAt: requestedAt + hours(6),
    negativeReturnFeedback: false,
    rejected: false,
    inPolicy: true,
    ...over,
  };
}

export function ebayTransaction(
  transactionId: string,
  transactedAt: EpochMs,
  over: Partial<EbayTransactionFacts> = {},
): EbayTransactionFacts {
  return {
    transactionId,
    buyerKey: `buyer-${transactionId}`,
    transactedAt,
    cancellation: null,
    caseOutcome: null,
    handlingDueAt: transactedAt + days(1),
    acceptanceScanAt: transactedAt + hours(12),
    estimatedDeliveryAt: transactedAt + days(5),
    deliveredAt: transactedAt + days(4),
    trackingUploadedAt: transactedAt + hours(10),
    trackingValidated: true,
    buyerConfirmedLateDelivery: false,
    usBuyer: true,
    amountUsd: 25,
    ...over,
  };
}
