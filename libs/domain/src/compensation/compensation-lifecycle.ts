/*
 * REQUESTED → APPROVED → EXECUTED, or REJECTED / FAILED. A request within the requester's limit is
 * approved at once, and the record shows both steps (the second marked automatic). Only a REQUESTED action
 * may be edited: an approved or executed one is final, and more compensation is a new request that counts
 * against the same per-order limit (limits.ts) — so neither splitting nor editing gets past a limit.
 */
import type { Role } from '../roles';
import {
  checkCompensationLimit,
  compensationApprovalRefusal,
  type CompensationApprovalRefusal,
  type CompensationLimitCheck,
  type CompensationLimits,
} from './limits';

export const COMPENSATION_STATES = ['REQUESTED', 'APPROVED', 'REJECTED', 'EXECUTED', 'FAILED'] as const;
export type CompensationState = (typeof COMPENSATION_STATES)[number];

export const COMPENSATION_TRANSITIONS: Readonly<Record<CompensationState, readonly CompensationState[]>> = {
  REQUESTED: ['APPROVED', 'REJECTED'],
  APPROVED: ['EXECUTED', 'FAILED'],
  REJECTED: [],
  EXECUTED: [],
  FAILED: [],
};

export function canTransitionCompensation(from: CompensationState, to: CompensationState): boolean {
  return COMPENSATION_TRANSITIONS[from].includes(to);
}

/** Only a request still waiting may change; an APPROVED or EXECUTED action needs a new request. */
export function canEditCompensation(action: { state: CompensationState }): boolean {
  return action.state === 'REQUESTED';
}

export interface CompensationStateChange {
  from: CompensationState | null;
  to: CompensationState;
  /** True for the auto-approval within the requester's limit. */
  automatic: boolean;
  reason: string;
}

export interface CompensationRequestInput {
  role: Role;
  currency: string;
  cost: number;
  alreadyGrantedForOrder: number;
  reason: string;
  limits?: CompensationLimits;
}

export interface CompensationRequestOutcome {
  state: CompensationState;
  autoApproved: boolean;
  check: CompensationLimitCheck;
  changes: CompensationStateChange[];
}

export const COMPENSATION_AUTO_APPROVAL_REASON = 'Within the requester’s compensation limit';

/** A new request (or an edit of a REQUESTED one, with the action itself left out of `alreadyGrantedForOrder`). */
export function requestCompensation(input: CompensationRequestInput): CompensationRequestOutcome {
  const check = checkCompensationLimit(input);
  const changes: CompensationStateChange[] = [{ from: null, to: 'REQUESTED', automatic: false, reason: input.reason }];
  if (!check.needsApproval) changes.push({ from: 'REQUESTED', to: 'APPROVED', automatic: true, reason: COMPENSATION_AUTO_APPROVAL_REASON });
  return { state: check.needsApproval ? 'REQUESTED' : 'APPROVED', autoApproved: !check.needsApproval, check, changes };
}

export type CompensationReviewError = CompensationApprovalRefusal | 'NOT_WAITING_FOR_APPROVAL' | 'REASON_REQUIRED';

export interface CompensationReviewInput {
  state: CompensationState;
  decision: 'APPROVE' | 'REJECT';
  reason: string;
  reviewerRole: Role;
  reviewerId: string;
  requestedBy: string;
  currency: string;
  cost: number;
  /** The order's other non-rejected compensation in this currency (without this action). */
  alreadyGrantedForOrder: number;
  limits?: CompensationLimits;
}

export type CompensationReviewOutcome =
  | { ok: true; change: CompensationStateChange }
  | { ok: false; error: CompensationReviewError };

/** A supervisor's (or admin's) approval or rejection, always with a reason. */
export function reviewCompensation(input: CompensationReviewInput): CompensationReviewOutcome {
  if (input.state !== 'REQUESTED') return { ok: false, error: 'NOT_WAITING_FOR_APPROVAL' };
  const reason = input.reason.trim();
  if (reason === '') return { ok: false, error: 'REASON_REQUIRED' };
  const refusal = compensationApprovalRefusal({
    approverRole: input.reviewerRole,
    approverId: input.reviewerId,
    requestedBy: input.requestedBy,
    currency: input.currency,
    cost: input.cost,
    alreadyGrantedForOrder: input.alreadyGrantedForOrder,
    limits: input.limits,
  });
  if (input.decision === 'APPROVE') {
    if (refusal !== null) return { ok: false, error: refusal };
    return { ok: true, change: { from: 'REQUESTED', to: 'APPROVED', automatic: false, reason } };
  }
  // Any supervisor or admin may reject, whatever the amount.
  if (refusal === 'ROLE_CANNOT_APPROVE') return { ok: false, error: refusal };
  return { ok: true, change: { from: 'REQUESTED', to: 'REJECTED', automatic: false, reason } };
}
