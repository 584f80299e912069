/*
 * Per-role compensation limits and the anti-splitting rule. A limit caps what one role may grant on ONE
 * order in ONE currency, counting everything already granted or pending there: two 15 EUR refunds by an
 * agent on one order are 30 EUR against the agent's 20 EUR, so the second waits for a supervisor.
 * Amounts are integer minor units (money.ts).
 */
import { roleAtLeast, type Role } from '../roles';
import type { CompensationState } from './compensation-lifecycle';

/** Max total per order, per currency, in minor units. A currency missing from a role's table has limit 0. */
export type CompensationCurrencyLimits = Readonly<Record<string, number>>;
export type CompensationLimits = Readonly<Record<Role, CompensationCurrencyLimits | 'UNLIMITED'>>;

/**
 * Defaults from the issue (agent 20 EUR, supervisor 200 EUR, admin unlimited) with rough round equivalents
 * in USD, GBP and JPY. Editable in settings; exchange rates move and the seller decides.
 */
export const DEFAULT_COMPENSATION_LIMITS: CompensationLimits = {
  AGENT: { EUR: 2_000, USD: 2_200, GBP: 1_700, JPY: 3_500 },
  SUPERVISOR: { EUR: 20_000, USD: 22_000, GBP: 17_000, JPY: 35_000 },
  ADMIN: 'UNLIMITED',
};

/** The role's limit in minor units, null when unlimited, 0 for a currency it has no limit for. */
export function compensationLimitFor(role: Role, currency: string, limits: CompensationLimits = DEFAULT_COMPENSATION_LIMITS): number | null {
  const table = limits[role];
  if (table === 'UNLIMITED') return null;
  return table[currency.toUpperCase()] ?? 0;
}

/** Problems with edited limits, empty when usable. */
export function validateCompensationLimits(limits: CompensationLimits): string[] {
  const errors: string[] = [];
  for (const [role, table] of Object.entries(limits)) {
    if (table === 'UNLIMITED') continue;
    for (const [currency, max] of Object.entries(table)) {
      if (!/^[A-Z]{3}$/.test(currency)) errors.push(`${role}.${currency}: not an ISO 4217 code`);
      if (!Number.isSafeInteger(max) || max < 0) errors.push(`${role}.${currency}: must be whole minor units ≥ 0`);
    }
  }
  return errors;
}

/** One compensation already on the order, as far as the limit is concerned. */
export interface GrantedCompensation {
  id: string;
  currency: string;
  costMinor: number;
  state: CompensationState;
}

/**
 * What counts against the limit: every compensation on the order in `currency` except REJECTED ones.
 * REQUESTED counts (no splitting while the first waits), and so does FAILED: a failed refund may have
 * partly gone through, and a retry is a new request anyway. `excludeId` leaves out the action being edited.
 */
export function compensationGrantedForOrder(
  orderCompensation: readonly GrantedCompensation[],
  currency: string,
  excludeId?: string,
): number {
  const wanted = currency.toUpperCase();
  let total = 0;
  for (const c of orderCompensation) {
    if (c.state === 'REJECTED' || c.id === excludeId || c.currency.toUpperCase() !== wanted) continue;
    total += c.costMinor;
  }
  return total;
}

export interface CompensationLimitInput {
  role: Role;
  currency: string;
  /** Cost of the new (or edited) action, minor units. */
  cost: number;
  /** `compensationGrantedForOrder` for the order, without the new action. */
  alreadyGrantedForOrder: number;
  limits?: CompensationLimits;
}

export interface CompensationLimitCheck {
  needsApproval: boolean;
  /** null: unlimited. */
  limitMinor: number | null;
  /** Already granted + this action. */
  totalMinor: number;
  /** How much the role may still grant on the order without approval; null: unlimited. */
  headroomMinor: number | null;
}

export function checkCompensationLimit(input: CompensationLimitInput): CompensationLimitCheck {
  const limitMinor = compensationLimitFor(input.role, input.currency, input.limits);
  const totalMinor = input.alreadyGrantedForOrder + input.cost;
  return {
    needsApproval: limitMinor !== null && totalMinor > limitMinor,
    limitMinor,
    totalMinor,
    headroomMinor: limitMinor === null ? null : Math.max(0, limitMinor - input.alreadyGrantedForOrder),
  };
}

/** True when the order's total in this currency, including the new action, is above the role's limit. */
export function compensationNeedsApproval(input: CompensationLimitInput): boolean {
  return checkCompensationLimit(input).needsApproval;
}

export type CompensationApprovalRefusal = 'ROLE_CANNOT_APPROVE' | 'OWN_REQUEST' | 'OVER_APPROVER_LIMIT';

export interface CompensationApproverInput {
  approverRole: Role;
  approverId: string;
  requestedBy: string;
  currency: string;
  cost: number;
  alreadyGrantedForOrder: number;
  limits?: CompensationLimits;
}

/**
 * Whether this person may approve: a supervisor or admin, not the requester, and the order's total within
 * the approver's own limit (300 EUR on one order waits for an admin under the defaults).
 */
export function compensationApprovalRefusal(input: CompensationApproverInput): CompensationApprovalRefusal | null {
  if (!roleAtLeast(input.approverRole, 'SUPERVISOR')) return 'ROLE_CANNOT_APPROVE';
  if (input.approverId === input.requestedBy) return 'OWN_REQUEST';
  const check = checkCompensationLimit({
    role: input.approverRole,
    currency: input.currency,
    cost: input.cost,
    alreadyGrantedForOrder: input.alreadyGrantedForOrder,
    limits: input.limits,
  });
  return check.needsApproval ? 'OVER_APPROVER_LIMIT' : null;
}
