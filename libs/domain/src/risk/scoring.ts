/*
 * Risk score 0–100 per order: how likely the order is to become an Order Defect Rate defect (negative
 * feedback, A-to-z claim, chargeback — DOMAIN.md §1.1) unless someone acts first.
 *
 * Each signal that applies contributes `points` (0..its weight, out of 100): full weight for a plain fact
 * ("an A-to-z claim is open"), a share of it for a graded one (negative tone × weight, order value band,
 * days past the promised delivery). Points combine like independent chances:
 *
 *     score = round(100 · (1 − Π (1 − pointsᵢ / 100)))
 *
 * chosen over a capped sum because it keeps the top of the pool ordered — with a capped sum an open claim
 * plus a 1★ feedback and one more signal all read 100 — while staying easy to explain: a signal alone
 * scores its points, and adding a signal never lowers the score (each factor is ≤ 1). A reason's `points`
 * is therefore what that signal alone would score, not a share of the total.
 *
 * Reasons carry a stable `code` and `params` for the console to translate, and an English `detail` for logs.
 */
import { DAY_MS, HOUR_MS, type EpochMs } from '../health/metric';
import type { BuyerIntent } from './lexicon';
import { analyseBuyerText } from './message-signals';

export const RISK_REASON_CODES = [
  'OPEN_A_TO_Z_CLAIM',
  'OPEN_CHARGEBACK',
  'NEGATIVE_FEEDBACK_LEFT',
  'A_TO_Z_INTENT',
  'CHARGEBACK_INTENT',
  'NEGATIVE_FEEDBACK_THREAT',
  'ESCALATION_THREAT',
  'REFUND_INTENT',
  'RETURN_INTENT',
  'COMPLAINT_INTENT',
  'NEGATIVE_TONE',
  'NOT_DELIVERED_PAST_PROMISE',
  'DELIVERED_LATE',
  'LATE_SHIPMENT',
  'MISSING_TRACKING_SCAN',
  'RETURN_NOT_HANDLED',
  'REPEATED_CONTACTS',
  'HIGH_ORDER_VALUE',
] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

export const RISK_INTENT_REASON: Readonly<Record<BuyerIntent, RiskReasonCode>> = {
  A_TO_Z: 'A_TO_Z_INTENT',
  CHARGEBACK: 'CHARGEBACK_INTENT',
  NEGATIVE_FEEDBACK_THREAT: 'NEGATIVE_FEEDBACK_THREAT',
  ESCALATION: 'ESCALATION_THREAT',
  REFUND: 'REFUND_INTENT',
  RETURN: 'RETURN_INTENT',
  COMPLAINT: 'COMPLAINT_INTENT',
};

export type OpenClaimKind = 'A_TO_Z' | 'CHARGEBACK';

export interface OpenClaimFact {
  kind: OpenClaimKind;
  /** A-to-z: when Amazon asked for information; chargeback: the date of Amazon's email. */
  openedAt: EpochMs;
  /** The response deadline when the marketplace stated one; otherwise derived from settings. */
  respondBy?: EpochMs | null;
}

export interface BuyerMessageText {
  text: string;
  /** ISO 639-1 ("de"); a language without a lexicon is read with all of them. */
  language: string;
}

/** Plain facts about one order, as of `now`. Unknown facts are null. */
export interface RiskSignals {
  now: EpochMs;
  /** Order total in minor units of `currency` (cents; yen for JPY). */
  orderValueMinor: number;
  currency: string;
  latestShipDate: EpochMs | null;
  shipConfirmedAt: EpochMs | null;
  /** At least one carrier scan (DOMAIN.md §1.2 valid tracking); null when tracking is unknown. */
  hasValidTrackingScan: boolean | null;
  /** End of the promised delivery window. */
  promisedDeliveryAt: EpochMs | null;
  deliveredAt: EpochMs | null;
  returnRequestedAt: EpochMs | null;
  /** Authorised, refunded or closed (DOMAIN.md §1.3 RDR). */
  returnHandledAt: EpochMs | null;
  /** Every inbound buyer contact (messages, calls logged by an agent). */
  buyerContactsAt: readonly EpochMs[];
  /** Oldest buyer message still waiting for a reply (24 h clock, DOMAIN.md §1.3). */
  oldestUnansweredBuyerMessageAt: EpochMs | null;
  /** Seller feedback stars 1–5 already left on the order. */
  feedbackRating: number | null;
  openClaims: readonly OpenClaimFact[];
  buyerMessages: readonly BuyerMessageText[];
  /** The desk marked the order's risk handled: it stays scored but leaves the pool. */
  resolved?: boolean;
}

/** A value band: orders worth at least `fromMinor` get `share` of the HIGH_ORDER_VALUE weight. */
export interface OrderValueBand {
  fromMinor: number;
  share: number;
}

export interface RiskSettings {
  /** Points out of 100 each signal scores at full strength. */
  weights: Readonly<Record<RiskReasonCode, number>>;
  /** Orders scoring at or above this enter the high-risk pool. */
  threshold: number;
  /** Per currency, ascending by `fromMinor`. A currency without bands adds no value signal (no FX here). */
  orderValueBands: Readonly<Record<string, readonly OrderValueBand[]>>;
  /** Hours after ship confirmation before a missing carrier scan counts. */
  trackingScanGraceHours: number;
  /** Hours after a return request before an unhandled request counts (the 24 h; Amazon's RDR line is 48 h). */
  returnHandlingHours: number;
  /** "Several contacts": at least `count` contacts within any `withinHours` window. */
  repeatedContacts: { count: number; withinHours: number };
  /** NOT_DELIVERED_PAST_PROMISE scores half its weight on the promised date, full weight this many days later. */
  overdueFullAfterDays: number;
  /** Deadlines for `nextDeadline`, from DOMAIN.md's decisions. */
  deadlines: {
    aToZResponseHours: number;
    chargebackResponseDays: number;
    returnResponseHours: number;
    buyerMessageResponseHours: number;
  };
}

/**
 * Defaults, tuned so that an order already carrying a defect in progress (open claim, chargeback, 1–2★
 * feedback) is in the pool on that alone (threshold 60), a buyer threatening one gets there with one more
 * signal (A-to-z threat 45 + an unhandled return 35 → 64), and a routine return request does not (15).
 * All editable in settings.
 */
export const DEFAULT_RISK_SETTINGS: RiskSettings = {
  weights: {
    OPEN_A_TO_Z_CLAIM: 70,
    OPEN_CHARGEBACK: 70,
    NEGATIVE_FEEDBACK_LEFT: 60,
    A_TO_Z_INTENT: 45,
    CHARGEBACK_INTENT: 45,
    NEGATIVE_FEEDBACK_THREAT: 40,
    ESCALATION_THREAT: 35,
    REFUND_INTENT: 20,
    RETURN_INTENT: 15,
    COMPLAINT_INTENT: 20,
    NEGATIVE_TONE: 30,
    NOT_DELIVERED_PAST_PROMISE: 35,
    DELIVERED_LATE: 10,
    LATE_SHIPMENT: 20,
    MISSING_TRACKING_SCAN: 20,
    RETURN_NOT_HANDLED: 35,
    REPEATED_CONTACTS: 25,
    HIGH_ORDER_VALUE: 15,
  },
  threshold: 60,
  orderValueBands: {
    EUR: [
      { fromMinor: 5_000, share: 1 / 3 },
      { fromMinor: 15_000, share: 2 / 3 },
      { fromMinor: 40_000, share: 1 },
    ],
    USD: [
      { fromMinor: 5_000, share: 1 / 3 },
      { fromMinor: 15_000, share: 2 / 3 },
      { fromMinor: 40_000, share: 1 },
    ],
    GBP: [
      { fromMinor: 4_000, share: 1 / 3 },
      { fromMinor: 13_000, share: 2 / 3 },
      { fromMinor: 35_000, share: 1 },
    ],
    JPY: [
      { fromMinor: 8_000, share: 1 / 3 },
      { fromMinor: 25_000, share: 2 / 3 },
      { fromMinor: 65_000, share: 1 },
    ],
  },
  trackingScanGraceHours: 24,
  returnHandlingHours: 24,
  repeatedContacts: { count: 3, withinHours: 48 },
  overdueFullAfterDays: 3,
  deadlines: { aToZResponseHours: 48, chargebackResponseDays: 7, returnResponseHours: 48, buyerMessageResponseHours: 24 },
};

export type RiskReasonParams = Readonly<Record<string, string | number | boolean | readonly string[]>>;

export interface RiskReason {
  code: RiskReasonCode;
  /** Configured weight (points at full strength). */
  weight: number;
  /** What this signal alone scores, 0..weight, rounded to an integer for display. */
  points: number;
  /** English sentence for logs; the console translates `code` + `params`. */
  detail: string;
  params: RiskReasonParams;
}

export type RiskDeadlineKind = 'A_TO_Z_RESPONSE' | 'CHARGEBACK_RESPONSE' | 'RETURN_RESPONSE' | 'BUYER_MESSAGE_RESPONSE' | 'SHIP_BY';

export interface RiskScore {
  /** Integer 0..100. */
  score: number;
  /** Highest points first. */
  reasons: RiskReason[];
  /** Nearest deadline from the facts (may already be past), or null. */
  nextDeadline: EpochMs | null;
  nextDeadlineKind: RiskDeadlineKind | null;
  inPool: boolean;
}

/** Problems with edited settings, empty when usable. */
export function validateRiskSettings(settings: RiskSettings): string[] {
  const errors: string[] = [];
  for (const code of RISK_REASON_CODES) {
    const w = settings.weights[code];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 100) errors.push(`weights.${code}: must be 0–100`);
  }
  if (!Number.isFinite(settings.threshold) || settings.threshold < 0 || settings.threshold > 100) {
    errors.push('threshold: must be 0–100');
  }
  for (const [currency, bands] of Object.entries(settings.orderValueBands)) {
    let previous = -1;
    for (const band of bands) {
      if (!Number.isSafeInteger(band.fromMinor) || band.fromMinor <= previous) {
        errors.push(`orderValueBands.${currency}: bands must ascend by whole minor units`);
      }
      if (!(band.share >= 0 && band.share <= 1)) errors.push(`orderValueBands.${currency}: share must be 0–1`);
      previous = band.fromMinor;
    }
  }
  const positive: [string, number][] = [
    ['trackingScanGraceHours', settings.trackingScanGraceHours],
    ['returnHandlingHours', settings.returnHandlingHours],
    ['repeatedContacts.count', settings.repeatedContacts.count],
    ['repeatedContacts.withinHours', settings.repeatedContacts.withinHours],
    ['overdueFullAfterDays', settings.overdueFullAfterDays],
    ['deadlines.aToZResponseHours', settings.deadlines.aToZResponseHours],
    ['deadlines.chargebackResponseDays', settings.deadlines.chargebackResponseDays],
    ['deadlines.returnResponseHours', settings.deadlines.returnResponseHours],
    ['deadlines.buyerMessageResponseHours', settings.deadlines.buyerMessageResponseHours],
  ];
  for (const [name, value] of positive) if (!(Number.isFinite(value) && value > 0)) errors.push(`${name}: must be above 0`);
  return errors;
}

/** 100 · (1 − Π(1 − pᵢ/100)), rounded; points outside 0..100 are clamped. */
export function combineRiskPoints(points: readonly number[]): number {
  let keep = 1;
  for (const p of points) keep *= 1 - Math.min(100, Math.max(0, p)) / 100;
  return Math.round(100 * (1 - keep));
}

/** Largest number of contacts inside any window of `withinMs`. */
function busiestWindow(timestamps: readonly EpochMs[], withinMs: number): number {
  const sorted = [...timestamps].sort((a, b) => a - b);
  let best = 0;
  let from = 0;
  for (let to = 0; to < sorted.length; to++) {
    while ((sorted[to] as number) - (sorted[from] as number) > withinMs) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

const wholeDays = (ms: number) => Math.max(1, Math.ceil(ms / DAY_MS));
const wholeHours = (ms: number) => Math.floor(ms / HOUR_MS);

interface RawReason {
  code: RiskReasonCode;
  share: number;
  detail: string;
  params: RiskReasonParams;
}

function collectReasons(s: RiskSignals, settings: RiskSettings): RawReason[] {
  const out: RawReason[] = [];
  const add = (code: RiskReasonCode, share: number, detail: string, params: RiskReasonParams = {}) =>
    out.push({ code, share: Math.min(1, Math.max(0, share)), detail, params });

  const claimKinds = new Set(s.openClaims.map((c) => c.kind));
  if (claimKinds.has('A_TO_Z')) add('OPEN_A_TO_Z_CLAIM', 1, 'An A-to-z Guarantee claim is open on this order.');
  if (claimKinds.has('CHARGEBACK')) add('OPEN_CHARGEBACK', 1, 'A chargeback is open on this order.');

  // 1–2 stars is negative feedback (DOMAIN.md §1.5).
  if (s.feedbackRating !== null && s.feedbackRating >= 1 && s.feedbackRating <= 2) {
    add('NEGATIVE_FEEDBACK_LEFT', 1, `The buyer left ${s.feedbackRating}-star feedback.`, { rating: s.feedbackRating });
  }

  // Buyer messages: intents from every message, tone of the most negative one.
  const intentTerms = new Map<BuyerIntent, string[]>();
  let tone = 0;
  let toneTerms: string[] = [];
  for (const message of s.buyerMessages) {
    const analysis = analyseBuyerText(message.text, message.language);
    for (const { intent, matches } of analysis.intents) {
      const list = intentTerms.get(intent) ?? [];
      for (const m of matches) if (!list.includes(m)) list.push(m);
      intentTerms.set(intent, list);
    }
    if (analysis.negativeTone > tone) {
      tone = analysis.negativeTone;
      toneTerms = analysis.matches.map((m) => m.term);
    }
  }
  for (const [intent, terms] of intentTerms) {
    add(RISK_INTENT_REASON[intent], 1, `The buyer's messages mention ${intent.toLowerCase().replace(/_/g, ' ')}: ${terms.join(', ')}.`, {
      matches: terms,
    });
  }
  if (tone > 0) {
    add('NEGATIVE_TONE', tone, `The buyer's tone is negative (${Math.round(tone * 100)} %): ${toneTerms.join(', ')}.`, {
      tone,
      matches: toneTerms,
    });
  }

  // Shipping (DOMAIN.md §1.2): ship-confirmed after the latest ship date, or not confirmed and past it.
  if (s.latestShipDate !== null) {
    const shippedAt = s.shipConfirmedAt;
    if (shippedAt !== null && shippedAt > s.latestShipDate) {
      const days = wholeDays(shippedAt - s.latestShipDate);
      add('LATE_SHIPMENT', 1, `Shipped ${days} day(s) after the latest ship date.`, { days, shipped: true });
    } else if (shippedAt === null && s.now > s.latestShipDate) {
      const days = wholeDays(s.now - s.latestShipDate);
      add('LATE_SHIPMENT', 1, `Not shipped, ${days} day(s) past the latest ship date.`, { days, shipped: false });
    }
  }
  if (s.shipConfirmedAt !== null && s.hasValidTrackingScan === false && s.deliveredAt === null) {
    const since = s.now - s.shipConfirmedAt;
    if (since >= settings.trackingScanGraceHours * HOUR_MS) {
      const hours = wholeHours(since);
      add('MISSING_TRACKING_SCAN', 1, `No carrier scan ${hours} hours after shipping.`, { hours });
    }
  }

  if (s.promisedDeliveryAt !== null) {
    if (s.deliveredAt === null && s.now > s.promisedDeliveryAt) {
      const overdue = s.now - s.promisedDeliveryAt;
      const days = wholeDays(overdue);
      const share = 0.5 + (0.5 * overdue) / (settings.overdueFullAfterDays * DAY_MS);
      add('NOT_DELIVERED_PAST_PROMISE', share, `Not delivered, ${days} day(s) past the promised date.`, { days });
    } else if (s.deliveredAt !== null && s.deliveredAt > s.promisedDeliveryAt) {
      const days = wholeDays(s.deliveredAt - s.promisedDeliveryAt);
      add('DELIVERED_LATE', 1, `Delivered ${days} day(s) after the promised date.`, { days });
    }
  }

  if (s.returnRequestedAt !== null && s.returnHandledAt === null) {
    const waiting = s.now - s.returnRequestedAt;
    if (waiting >= settings.returnHandlingHours * HOUR_MS) {
      const hours = wholeHours(waiting);
      add('RETURN_NOT_HANDLED', 1, `Return requested ${hours} hours ago and not handled.`, { hours });
    }
  }

  const { count, withinHours } = settings.repeatedContacts;
  const contacts = busiestWindow(s.buyerContactsAt, withinHours * HOUR_MS);
  if (contacts >= count) {
    add('REPEATED_CONTACTS', 1, `The buyer got in touch ${contacts} times within ${withinHours} hours.`, {
      contacts,
      hours: withinHours,
    });
  }

  const bands = settings.orderValueBands[s.currency.toUpperCase()] ?? [];
  let valueShare = 0;
  for (const band of bands) if (s.orderValueMinor >= band.fromMinor) valueShare = Math.max(valueShare, band.share);
  if (valueShare > 0) {
    add('HIGH_ORDER_VALUE', valueShare, `High order value (${s.orderValueMinor} ${s.currency} minor units).`, {
      amountMinor: s.orderValueMinor,
      currency: s.currency.toUpperCase(),
    });
  }
  return out;
}

/** The nearest response or ship-by deadline the facts imply (DOMAIN.md "Lifeline's decisions"). */
export function nextRiskDeadline(
  s: RiskSignals,
  settings: RiskSettings = DEFAULT_RISK_SETTINGS,
): { at: EpochMs; kind: RiskDeadlineKind } | null {
  const candidates: { at: EpochMs; kind: RiskDeadlineKind }[] = [];
  const d = settings.deadlines;
  for (const claim of s.openClaims) {
    const derived =
      claim.kind === 'A_TO_Z' ? claim.openedAt + d.aToZResponseHours * HOUR_MS : claim.openedAt + d.chargebackResponseDays * DAY_MS;
    candidates.push({ at: claim.respondBy ?? derived, kind: claim.kind === 'A_TO_Z' ? 'A_TO_Z_RESPONSE' : 'CHARGEBACK_RESPONSE' });
  }
  if (s.returnRequestedAt !== null && s.returnHandledAt === null) {
    candidates.push({ at: s.returnRequestedAt + d.returnResponseHours * HOUR_MS, kind: 'RETURN_RESPONSE' });
  }
  if (s.oldestUnansweredBuyerMessageAt !== null) {
    candidates.push({ at: s.oldestUnansweredBuyerMessageAt + d.buyerMessageResponseHours * HOUR_MS, kind: 'BUYER_MESSAGE_RESPONSE' });
  }
  if (s.shipConfirmedAt === null && s.latestShipDate !== null) candidates.push({ at: s.latestShipDate, kind: 'SHIP_BY' });
  let nearest: { at: EpochMs; kind: RiskDeadlineKind } | null = null;
  for (const c of candidates) if (nearest === null || c.at < nearest.at) nearest = c;
  return nearest;
}

const CODE_ORDER = new Map(RISK_REASON_CODES.map((code, i) => [code, i]));

export function scoreOrder(signals: RiskSignals, settings: RiskSettings = DEFAULT_RISK_SETTINGS): RiskScore {
  const raw = collectReasons(signals, settings);
  const exact = raw.map((r) => ({ ...r, weight: settings.weights[r.code], exactPoints: settings.weights[r.code] * r.share }));
  const score = combineRiskPoints(exact.map((r) => r.exactPoints));
  const reasons: RiskReason[] = exact
    .filter((r) => r.exactPoints > 0)
    .sort((a, b) => b.exactPoints - a.exactPoints || (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0))
    .map((r) => ({ code: r.code, weight: r.weight, points: Math.round(r.exactPoints), detail: r.detail, params: r.params }));
  const deadline = nextRiskDeadline(signals, settings);
  return {
    score,
    reasons,
    nextDeadline: deadline?.at ?? null,
    nextDeadlineKind: deadline?.kind ?? null,
    inPool: score >= settings.threshold && signals.resolved !== true,
  };
}
