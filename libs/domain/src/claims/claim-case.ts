/*
 * The desk's side of an A-to-z Guarantee claim (DOMAIN.md §1.6) or a chargeback (§1.7):
 *
 *   OPEN ──respond──▶ RESPONDED ──decide──▶ DECIDED ──appeal──▶ APPEALED ──decide──▶ DECIDED
 *     └──────────────────decide─────────────────┘
 *
 * A decision is what the marketplace (or the buyer) did; it is stored as the decision and funder the ODR
 * rules read (health/amazon-odr.ts `isClaimDefect`): only a claim decided for the seller or withdrawn by the
 * buyer leaves ODR; a claim granted to the buyer counts whoever paid (§1.6 "Counted in ODR").
 */
import type { ClaimDecision } from '../health/amazon-facts';
import { DAY_MS, HOUR_MS, type EpochMs } from '../health/metric';

export const CLAIM_KINDS = ['A_TO_Z', 'CHARGEBACK'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_CASE_STATUSES = ['OPEN', 'RESPONDED', 'APPEALED', 'DECIDED'] as const;
export type ClaimCaseStatus = (typeof CLAIM_CASE_STATUSES)[number];

export const CLAIM_DESK_DECISIONS = ['FOR_SELLER', 'FOR_BUYER_SELLER_FUNDED', 'FOR_BUYER_AMAZON_FUNDED', 'WITHDRAWN'] as const;
export type ClaimDeskDecision = (typeof CLAIM_DESK_DECISIONS)[number];

export type ClaimFunder = 'SELLER' | 'AMAZON';

export interface StoredClaimDecision {
  decision: ClaimDecision;
  fundedBy: ClaimFunder | null;
}

/** The stored decision and funder of a desk decision: what the ODR rules (§1.1, §1.6) read. */
export function storedClaimDecision(decision: ClaimDeskDecision): StoredClaimDecision {
  switch (decision) {
    case 'FOR_SELLER':
      return { decision: 'DECIDED_FOR_SELLER', fundedBy: null };
    case 'FOR_BUYER_SELLER_FUNDED':
      return { decision: 'GRANTED', fundedBy: 'SELLER' };
    case 'FOR_BUYER_AMAZON_FUNDED':
      return { decision: 'GRANTED', fundedBy: 'AMAZON' };
    case 'WITHDRAWN':
      return { decision: 'WITHDRAWN', fundedBy: null };
  }
}

/**
 * The desk decision a stored decision reads as, for claims a report or connector closed. A grant without a
 * known funder, a refund by the seller and a cancelled order all cost the seller (§1.6): seller-funded.
 */
export function deskDecisionOf(stored: { decision: ClaimDecision | null; fundedBy: ClaimFunder | null }): ClaimDeskDecision | null {
  switch (stored.decision) {
    case null:
      return null;
    case 'DECIDED_FOR_SELLER':
      return 'FOR_SELLER';
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    case 'GRANTED':
      return stored.fundedBy === 'AMAZON' ? 'FOR_BUYER_AMAZON_FUNDED' : 'FOR_BUYER_SELLER_FUNDED';
    case 'REFUNDED_BY_SELLER':
    case 'ORDER_CANCELLED':
      return 'FOR_BUYER_SELLER_FUNDED';
  }
}

/** True when the decision keeps the order an ODR defect (§1.6 "Counted in ODR"; §1.7 service chargebacks). */
export function decisionCountsInOdr(decision: ClaimDeskDecision): boolean {
  return decision === 'FOR_BUYER_SELLER_FUNDED' || decision === 'FOR_BUYER_AMAZON_FUNDED';
}

/** Deadlines, in configuration with DOMAIN.md's values as defaults ("every … deadline lives in configuration"). */
export interface ClaimDeadlineSettings {
  /** Answer to Amazon's request for information: 48 h, the stricter of 48 h and 72 h ("Lifeline's decisions", §1.6.3). */
  aToZInformationRequestHours: number;
  /** Chargeback response: 7 calendar days from Amazon's e-mail (§1.7). */
  chargebackResponseDays: number;
  /** Appeal: 30 calendar days from a granted, seller-funded claim (§1.6.5). */
  appealDays: number;
}

export const DEFAULT_CLAIM_DEADLINES: Readonly<ClaimDeadlineSettings> = {
  aToZInformationRequestHours: 48,
  chargebackResponseDays: 7,
  appealDays: 30,
};

/**
 * When the seller's response is due: 48 h after an A-to-z information request, 7 calendar days after a
 * chargeback e-mail. `requestedAt` is when Amazon asked (a claim arriving is taken as the request).
 */
export function claimResponseDeadline(kind: ClaimKind, requestedAt: EpochMs, settings: ClaimDeadlineSettings = DEFAULT_CLAIM_DEADLINES): EpochMs {
  return kind === 'A_TO_Z' ? requestedAt + settings.aToZInformationRequestHours * HOUR_MS : requestedAt + settings.chargebackResponseDays * DAY_MS;
}

export interface AppealFacts {
  kind: ClaimKind;
  status: ClaimCaseStatus;
  decision: ClaimDeskDecision | null;
  decidedAt: EpochMs | null;
  /** Set once the claim was appealed: Amazon hears one appeal. */
  appealedAt: EpochMs | null;
}

export type AppealRefusal = 'NOT_DECIDED' | 'NOT_AN_A_TO_Z_CLAIM' | 'NOT_A_SELLER_FUNDED_GRANT' | 'ALREADY_APPEALED' | 'APPEAL_WINDOW_CLOSED';

/**
 * The appeal deadline of a decided claim, or null when it cannot be appealed: only an A-to-z claim granted
 * and funded by the seller is appealable, once, within 30 calendar days of the decision (§1.6.5). A
 * chargeback is contested by its response (representment, §1.7), not appealed.
 */
export function claimAppealDeadline(facts: Omit<AppealFacts, 'status' | 'appealedAt'>, settings: ClaimDeadlineSettings = DEFAULT_CLAIM_DEADLINES): EpochMs | null {
  if (facts.kind !== 'A_TO_Z' || facts.decision !== 'FOR_BUYER_SELLER_FUNDED' || facts.decidedAt === null) return null;
  return facts.decidedAt + settings.appealDays * DAY_MS;
}

/** Why the claim cannot be appealed at `now`, or null when it can. */
export function appealRefusal(facts: AppealFacts, now: EpochMs, settings: ClaimDeadlineSettings = DEFAULT_CLAIM_DEADLINES): AppealRefusal | null {
  if (facts.appealedAt !== null) return 'ALREADY_APPEALED';
  if (facts.status !== 'DECIDED' || facts.decidedAt === null) return 'NOT_DECIDED';
  if (facts.kind !== 'A_TO_Z') return 'NOT_AN_A_TO_Z_CLAIM';
  const deadline = claimAppealDeadline(facts, settings);
  if (deadline === null) return 'NOT_A_SELLER_FUNDED_GRANT';
  return now > deadline ? 'APPEAL_WINDOW_CLOSED' : null;
}

export const APPEAL_REFUSAL_TEXT: Readonly<Record<AppealRefusal, string>> = {
  NOT_DECIDED: 'Only a decided claim can be appealed.',
  NOT_AN_A_TO_Z_CLAIM: 'A chargeback is contested by its response, not appealed.',
  NOT_A_SELLER_FUNDED_GRANT: 'Only a claim granted to the buyer and funded by the seller can be appealed.',
  ALREADY_APPEALED: 'This claim was appealed already.',
  APPEAL_WINDOW_CLOSED: 'The 30 days to appeal this claim have passed.',
};

export type ClaimAction = 'RESPOND' | 'DECIDE' | 'APPEAL';

/**
 * Where an action takes a case, or null when it may not. Responding again to a RESPONDED case records a
 * follow-up answer (§1.7 "answer follow-ups"); a decision closes an open, answered or appealed case.
 */
export function nextClaimStatus(from: ClaimCaseStatus, action: ClaimAction): ClaimCaseStatus | null {
  switch (action) {
    case 'RESPOND':
      return from === 'OPEN' || from === 'RESPONDED' ? 'RESPONDED' : null;
    case 'DECIDE':
      return from === 'DECIDED' ? null : 'DECIDED';
    case 'APPEAL':
      return from === 'DECIDED' ? 'APPEALED' : null;
  }
}

export interface ClaimDeadlineFacts {
  kind: ClaimKind;
  status: ClaimCaseStatus;
  respondBy: EpochMs;
  decision: ClaimDeskDecision | null;
  decidedAt: EpochMs | null;
  appealedAt: EpochMs | null;
}

export type ClaimDeadlineKind = 'RESPONSE' | 'APPEAL';

/**
 * The deadline the desk works to now, or null when the next move is Amazon's: the response while the
 * case is open, the appeal window while a seller-funded grant can still be appealed.
 */
export function currentClaimDeadline(facts: ClaimDeadlineFacts, settings: ClaimDeadlineSettings = DEFAULT_CLAIM_DEADLINES): { kind: ClaimDeadlineKind; at: EpochMs } | null {
  if (facts.status === 'OPEN') return { kind: 'RESPONSE', at: facts.respondBy };
  if (facts.status === 'DECIDED' && facts.appealedAt === null) {
    const at = claimAppealDeadline(facts, settings);
    return at === null ? null : { kind: 'APPEAL', at };
  }
  return null;
}
