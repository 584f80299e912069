/*
 * The evidence checklist of a claim, filled from what Lifeline already holds about the order: Amazon decides
 * an A-to-z claim (DOMAIN.md §1.6) and builds a chargeback representment (§1.7) from the ship confirmation,
 * the tracking and its carrier scans, the delivery against the promised date, whether the seller answered
 * the buyer (a claim filed on an unanswered contact is granted, §1.6.2), and what the buyer was offered.
 * Each item is PRESENT, MISSING or NOT_APPLICABLE with a sentence for the response and `params` for a
 * translated one.
 */
import type { EpochMs } from '../health/metric';
import { DAY_MS } from '../health/metric';
import type { ClaimKind } from './claim-case';

export const EVIDENCE_ITEMS = ['SHIP_CONFIRMATION', 'TRACKING', 'DELIVERY', 'MESSAGE_HISTORY', 'COMPENSATION_OFFERED'] as const;
export type EvidenceItemKey = (typeof EVIDENCE_ITEMS)[number];
export type EvidenceState = 'PRESENT' | 'MISSING' | 'NOT_APPLICABLE';

export interface EvidenceOrderFacts {
  fulfillmentChannel: 'MFN' | 'AFN';
  latestShipDate: EpochMs | null;
  shipConfirmedAt: EpochMs | null;
  cancelledAt: EpochMs | null;
  hasValidTracking: boolean;
  promisedDeliveryAt: EpochMs | null;
  deliveredAt: EpochMs | null;
}

export interface EvidenceMessageFacts {
  receivedAt: EpochMs;
  /** The first reply by a person after it (an auto-reply is not a response, §1.3); null when unanswered. */
  answeredAt: EpochMs | null;
  noResponseNeeded: boolean;
}

export interface EvidenceCompensationFacts {
  kind: string;
  state: 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'EXECUTED' | 'FAILED';
  /** Formatted for people, e.g. "5.00 EUR". */
  cost: string;
}

export interface EvidenceFacts {
  kind: ClaimKind;
  /** null when the order is not (yet) in Lifeline. */
  order: EvidenceOrderFacts | null;
  /** Buyer messages about the order, from every ticket on it. */
  buyerMessages: readonly EvidenceMessageFacts[];
  compensation: readonly EvidenceCompensationFacts[];
}

export interface EvidenceItem {
  key: EvidenceItemKey;
  state: EvidenceState;
  /** One English sentence for the response to Amazon. */
  detail: string;
  /** The values in `detail`, for a translated sentence (dates as YYYY-MM-DD). */
  params: Record<string, string | number>;
}

const day = (at: EpochMs) => new Date(at).toISOString().slice(0, 10);
const daysBetween = (from: EpochMs, to: EpochMs) => Math.max(1, Math.ceil((to - from) / DAY_MS));

const item = (key: EvidenceItemKey, state: EvidenceState, detail: string, params: Record<string, string | number> = {}): EvidenceItem => ({ key, state, detail, params });

function shipConfirmation(order: EvidenceOrderFacts | null): EvidenceItem {
  if (!order) return item('SHIP_CONFIRMATION', 'MISSING', 'The order is not in Lifeline: import the order report.');
  if (order.fulfillmentChannel === 'AFN') return item('SHIP_CONFIRMATION', 'NOT_APPLICABLE', 'Fulfilled by Amazon: Amazon holds the shipping record.');
  if (order.cancelledAt !== null && order.shipConfirmedAt === null) {
    return item('SHIP_CONFIRMATION', 'NOT_APPLICABLE', `The order was cancelled on ${day(order.cancelledAt)}.`, { cancelledOn: day(order.cancelledAt) });
  }
  if (order.shipConfirmedAt === null) return item('SHIP_CONFIRMATION', 'MISSING', 'The order was never ship-confirmed.');
  const shippedOn = day(order.shipConfirmedAt);
  if (order.latestShipDate !== null && order.shipConfirmedAt > order.latestShipDate) {
    return item('SHIP_CONFIRMATION', 'PRESENT', `Ship-confirmed on ${shippedOn}, after the expected ship date ${day(order.latestShipDate)}.`, {
      shippedOn,
      expectedBy: day(order.latestShipDate),
      late: 1,
    });
  }
  return item(
    'SHIP_CONFIRMATION',
    'PRESENT',
    order.latestShipDate === null ? `Ship-confirmed on ${shippedOn}.` : `Ship-confirmed on ${shippedOn}, by the expected ship date ${day(order.latestShipDate)}.`,
    { shippedOn, ...(order.latestShipDate === null ? {} : { expectedBy: day(order.latestShipDate) }), late: 0 },
  );
}

function tracking(order: EvidenceOrderFacts | null): EvidenceItem {
  if (!order) return item('TRACKING', 'MISSING', 'No order record, so no tracking.');
  if (order.fulfillmentChannel === 'AFN') return item('TRACKING', 'NOT_APPLICABLE', 'Fulfilled by Amazon: Amazon holds the tracking.');
  if (order.cancelledAt !== null && order.shipConfirmedAt === null) return item('TRACKING', 'NOT_APPLICABLE', 'The order was cancelled before shipping.');
  if (order.hasValidTracking) return item('TRACKING', 'PRESENT', 'Valid tracking with carrier scans.');
  return item('TRACKING', 'MISSING', 'No valid tracking: the carrier has no scan of the parcel.');
}

function delivery(order: EvidenceOrderFacts | null): EvidenceItem {
  if (!order) return item('DELIVERY', 'MISSING', 'No order record, so no delivery scan.');
  if (order.cancelledAt !== null && order.shipConfirmedAt === null) return item('DELIVERY', 'NOT_APPLICABLE', 'The order was cancelled before shipping.');
  if (order.deliveredAt === null) {
    return order.promisedDeliveryAt === null
      ? item('DELIVERY', 'MISSING', 'No delivery scan.')
      : item('DELIVERY', 'MISSING', `No delivery scan; delivery was promised by ${day(order.promisedDeliveryAt)}.`, { promisedBy: day(order.promisedDeliveryAt) });
  }
  const deliveredOn = day(order.deliveredAt);
  if (order.promisedDeliveryAt === null) return item('DELIVERY', 'PRESENT', `Delivery scan on ${deliveredOn}.`, { deliveredOn, lateDays: 0 });
  const promisedBy = day(order.promisedDeliveryAt);
  if (order.deliveredAt <= order.promisedDeliveryAt) {
    return item('DELIVERY', 'PRESENT', `Delivery scan on ${deliveredOn}, on time (promised by ${promisedBy}).`, { deliveredOn, promisedBy, lateDays: 0 });
  }
  const lateDays = daysBetween(order.promisedDeliveryAt, order.deliveredAt);
  return item('DELIVERY', 'PRESENT', `Delivery scan on ${deliveredOn}, ${lateDays} day(s) after the promised ${promisedBy}.`, { deliveredOn, promisedBy, lateDays });
}

function messageHistory(messages: readonly EvidenceMessageFacts[]): EvidenceItem {
  const counted = messages.filter((m) => !m.noResponseNeeded);
  if (counted.length === 0) return item('MESSAGE_HISTORY', 'NOT_APPLICABLE', 'The buyer sent no message about this order.', { messages: 0, unanswered: 0 });
  const unanswered = counted.filter((m) => m.answeredAt === null).length;
  if (unanswered > 0) {
    return item('MESSAGE_HISTORY', 'MISSING', `${unanswered} of ${counted.length} buyer message(s) were not answered.`, { messages: counted.length, unanswered });
  }
  return item('MESSAGE_HISTORY', 'PRESENT', `All ${counted.length} buyer message(s) were answered.`, { messages: counted.length, unanswered: 0 });
}

function compensationOffered(actions: readonly EvidenceCompensationFacts[]): EvidenceItem {
  const offered = actions.filter((a) => a.state === 'APPROVED' || a.state === 'EXECUTED');
  if (offered.length === 0) {
    const waiting = actions.filter((a) => a.state === 'REQUESTED').length;
    return waiting > 0
      ? item('COMPENSATION_OFFERED', 'MISSING', `${waiting} compensation request(s) still wait for approval.`, { waiting })
      : item('COMPENSATION_OFFERED', 'MISSING', 'No compensation was offered.', { waiting: 0 });
  }
  const list = offered.map((a) => `${a.kind.toLowerCase().replace(/_/g, ' ')} ${a.cost} (${a.state.toLowerCase()})`).join(', ');
  return item('COMPENSATION_OFFERED', 'PRESENT', `Offered: ${list}.`, { offers: list, count: offered.length });
}

/** The checklist, in the order a response to Amazon presents it. */
export function buildEvidenceChecklist(facts: EvidenceFacts): EvidenceItem[] {
  return [shipConfirmation(facts.order), tracking(facts.order), delivery(facts.order), messageHistory(facts.buyerMessages), compensationOffered(facts.compensation)];
}
