/*
 * The glue between stored order facts and the score: the order's value from its items, when time alone
 * will next change a score, and when a risk an agent marked handled comes back.
 */
import { currencyMinorDigits, isCurrencyCode } from '../compensation/money';
import { DAY_MS, HOUR_MS, type EpochMs } from '../health/metric';
import { DEFAULT_RISK_SETTINGS, type BuyerMessageText, type OpenClaimFact, type RiskReason, type RiskReasonCode, type RiskSettings, type RiskSignals } from './scoring';

export interface PricedItem {
  /** The line's price in major units (12.5 EUR), or null when the report did not carry it. */
  price: number | null;
  currency: string | null;
}

/**
 * Order value in minor units of the first priced line's currency. Amazon's `ItemPrice` is already the price
 * of the line's whole quantity (Orders API: "the selling price of the order item multiplied by the quantity
 * ordered"), so lines are summed, not multiplied. Lines in another currency are left out (no FX here).
 */
export function orderValueOfItems(items: readonly PricedItem[]): { valueMinor: number; currency: string | null } {
  const currency = items.find((i) => i.price !== null && i.currency && isCurrencyCode(i.currency))?.currency ?? null;
  if (currency === null) return { valueMinor: 0, currency: null };
  const scale = 10 ** currencyMinorDigits(currency);
  let valueMinor = 0;
  for (const item of items) {
    if (item.currency !== currency || item.price === null || !Number.isFinite(item.price) || item.price < 0) continue;
    valueMinor += Math.round(item.price * scale);
  }
  return { valueMinor, currency };
}

/** Day and hour counts in reasons ("3 days past the promised date") stop being refreshed this long after the fact. */
export const RISK_REFRESH_HORIZON_MS = 30 * DAY_MS;

/** The next step of an elapsed-time count: hourly for the first three days, then daily (the numbers agents read). */
function nextStep(since: EpochMs, now: EpochMs, unit: 'hours' | 'days'): EpochMs | null {
  const elapsed = now - since;
  if (elapsed >= RISK_REFRESH_HORIZON_MS) return null;
  const step = unit === 'hours' && elapsed < 3 * DAY_MS ? HOUR_MS : DAY_MS;
  return since + (Math.floor(elapsed / step) + 1) * step;
}

/**
 * When time alone next changes the order's score, pool membership or the numbers in its reasons: the ship-by
 * date passing (LATE_SHIPMENT), the promised delivery date passing and the overdue share growing
 * (NOT_DELIVERED_PAST_PROMISE), the tracking-scan grace and return-handling hours running out, and the day
 * and hour counts those reasons show. null when nothing in the facts moves with time. A sweeper re-scores
 * orders at this instant; every other change arrives as an event (a message, a claim, a report row).
 */
export function nextRiskRescoreAt(s: RiskSignals, settings: RiskSettings = DEFAULT_RISK_SETTINGS): EpochMs | null {
  const candidates: (EpochMs | null)[] = [];
  const now = s.now;
  const crossing = (at: EpochMs, since: EpochMs, unit: 'hours' | 'days') => (now <= at ? at + 1 : nextStep(since, now, unit));

  if (s.latestShipDate !== null && s.shipConfirmedAt === null) candidates.push(crossing(s.latestShipDate, s.latestShipDate, 'days'));
  if (s.shipConfirmedAt !== null && s.hasValidTrackingScan === false && s.deliveredAt === null) {
    const graceEnd = s.shipConfirmedAt + settings.trackingScanGraceHours * HOUR_MS;
    candidates.push(now < graceEnd ? graceEnd : nextStep(s.shipConfirmedAt, now, 'hours'));
  }
  if (s.promisedDeliveryAt !== null && s.deliveredAt === null) candidates.push(crossing(s.promisedDeliveryAt, s.promisedDeliveryAt, 'days'));
  if (s.returnRequestedAt !== null && s.returnHandledAt === null) {
    const due = s.returnRequestedAt + settings.returnHandlingHours * HOUR_MS;
    candidates.push(now < due ? due : nextStep(s.returnRequestedAt, now, 'hours'));
  }
  let next: EpochMs | null = null;
  for (const c of candidates) if (c !== null && c > now && (next === null || c < next)) next = c;
  return next;
}

/**
 * An order an agent marked handled stays out of the pool until something new happens to it: a reason it
 * did not have when it was marked handled (a claim opened, feedback left, a new threat in a message).
 * Numbers moving inside a known reason (one more day late) do not bring it back.
 */
export function reopensResolvedRisk(codesWhenResolved: readonly RiskReasonCode[], reasonsNow: readonly RiskReason[]): boolean {
  const known = new Set(codesWhenResolved);
  return reasonsNow.some((r) => !known.has(r.code));
}

/** validateRiskSettings' "field: message" lines split for an API error's field list. */
export function riskSettingsProblems(problems: readonly string[]): { field: string; message: string }[] {
  return problems.map((p) => {
    const at = p.indexOf(': ');
    return at < 0 ? { field: 'settings', message: p } : { field: p.slice(0, at), message: p.slice(at + 2) };
  });
}

/** What Lifeline stores about one order, as read for scoring (all times epoch ms). */
export interface OrderRiskFacts {
  /** null: the order report has not arrived (a message or claim named the order first). */
  order: {
    fulfillmentChannel: 'MFN' | 'AFN';
    latestShipDate: EpochMs | null;
    shipConfirmedAt: EpochMs | null;
    cancelledAt: EpochMs | null;
    promisedDeliveryAt: EpochMs | null;
    deliveredAt: EpochMs | null;
    hasValidTracking: boolean;
    items: readonly PricedItem[];
  } | null;
  /** Rating of feedback that still counts (not removed, not struck through — DOMAIN.md §1.5). */
  feedbackRating: number | null;
  /** Open A-to-z claims and service chargebacks. */
  openClaims: readonly OpenClaimFact[];
  /** Seller-fulfilled return requests; `handledAt` = authorised, refunded or closed (DOMAIN.md §1.3). */
  returns: readonly { requestedAt: EpochMs; handledAt: EpochMs | null }[];
  /** The order's tickets (merged-away ones left out). */
  tickets: readonly { id: string; language: string; status: string; createdAt: EpochMs }[];
  /** Their messages, oldest first. */
  messages: readonly {
    ticketId: string;
    direction: 'INBOUND' | 'OUTBOUND';
    text: string;
    language: string;
    sentAt: EpochMs;
    noResponseNeeded: boolean;
    isAutoReply: boolean;
    /** FAILED replies never reached the buyer. */
    failed: boolean;
  }[];
}

const CLOSED_TICKET = new Set(['RESOLVED', 'CLOSED']);

/**
 * Signals from stored facts. Shipping signals are the seller's only on seller-fulfilled orders (DOMAIN.md
 * §1.2; Amazon ships FBA orders and answers for their delivery) and never on a cancelled order. A buyer
 * message waits for an answer until a reply (not an auto-reply, not a failed one) follows it on its ticket,
 * unless it was marked "no response needed" or the ticket is closed (DOMAIN.md §1.3).
 */
export function riskSignalsOf(facts: OrderRiskFacts, now: EpochMs, resolved = false): { signals: RiskSignals; language: string | null; currency: string | null } {
  const o = facts.order;
  const seller = o !== null && o.fulfillmentChannel === 'MFN' && o.cancelledAt === null;
  const { valueMinor, currency } = orderValueOfItems(o?.items ?? []);

  const unhandled = facts.returns.filter((r) => r.handledAt === null);
  const handled = facts.returns.filter((r) => r.handledAt !== null);
  const returnRequestedAt = unhandled.length
    ? Math.min(...unhandled.map((r) => r.requestedAt))
    : handled.length
      ? Math.max(...handled.map((r) => r.requestedAt))
      : null;
  const returnHandledAt = unhandled.length || !handled.length ? null : Math.max(...handled.map((r) => r.handledAt as number));

  const inbound = facts.messages.filter((m) => m.direction === 'INBOUND');
  const buyerMessages: BuyerMessageText[] = inbound.map((m) => ({ text: m.text, language: m.language }));
  const openTickets = new Set(facts.tickets.filter((t) => !CLOSED_TICKET.has(t.status)).map((t) => t.id));
  let oldestUnanswered: EpochMs | null = null;
  for (const ticketId of openTickets) {
    const own = facts.messages.filter((m) => m.ticketId === ticketId);
    const lastReply = own.filter((m) => m.direction === 'OUTBOUND' && !m.isAutoReply && !m.failed).reduce((a, m) => Math.max(a, m.sentAt), -Infinity);
    for (const m of own) {
      if (m.direction === 'INBOUND' && !m.noResponseNeeded && m.sentAt > lastReply && (oldestUnanswered === null || m.sentAt < oldestUnanswered)) {
        oldestUnanswered = m.sentAt;
      }
    }
  }
  const newestTicket = facts.tickets.reduce<OrderRiskFacts['tickets'][number] | null>((a, t) => (a === null || t.createdAt > a.createdAt ? t : a), null);

  return {
    signals: {
      now,
      orderValueMinor: valueMinor,
      currency: currency ?? '',
      latestShipDate: seller ? o.latestShipDate : null,
      shipConfirmedAt: seller ? o.shipConfirmedAt : null,
      hasValidTrackingScan: seller && o.shipConfirmedAt !== null ? o.hasValidTracking : null,
      promisedDeliveryAt: seller ? o.promisedDeliveryAt : null,
      deliveredAt: seller ? o.deliveredAt : null,
      returnRequestedAt,
      returnHandledAt,
      buyerContactsAt: inbound.map((m) => m.sentAt),
      oldestUnansweredBuyerMessageAt: oldestUnanswered,
      feedbackRating: facts.feedbackRating,
      openClaims: facts.openClaims,
      buyerMessages,
      resolved,
    },
    language: newestTicket?.language ?? null,
    currency,
  };
}

/**
 * Stored settings over the defaults: a reason code added in a later release gets its default weight, and
 * a partly saved object (older shape) stays usable.
 */
export function withRiskDefaults(stored: Partial<RiskSettings> | null | undefined): RiskSettings {
  const d = DEFAULT_RISK_SETTINGS;
  if (!stored) return d;
  return {
    ...d,
    ...stored,
    weights: { ...d.weights, ...stored.weights },
    orderValueBands: stored.orderValueBands ?? d.orderValueBands,
    repeatedContacts: { ...d.repeatedContacts, ...stored.repeatedContacts },
    deadlines: { ...d.deadlines, ...stored.deadlines },
  };
}
