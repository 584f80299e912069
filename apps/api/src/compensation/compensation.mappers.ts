import {
  compensationLimitFor,
  formatMinorAsDecimal,
  parseMoneyToMinor,
  ROLES,
  type CompensationLimits,
  type CompensationReportRow,
  type Role,
} from '@lifeline/domain';
import { badUserInput } from '../common/errors';
import type { CompensationActionView } from './compensation.repository';
import type { CompensationActionType, CompensationReportRowType, CompensationRoleLimitsInput, CompensationSettingsType } from './dto/compensation.types';

const money = (minor: string | number | null, currency: string): string | null => (minor === null ? null : formatMinorAsDecimal(Number(minor), currency));

export function toCompensationActionType(a: CompensationActionView): CompensationActionType {
  const decided = a.state !== 'REQUESTED' && a.state !== 'REJECTED';
  return {
    id: a.id,
    ticketId: a.ticketId,
    ticketSubject: a.ticketSubject,
    storeId: a.storeId,
    storeName: a.storeName,
    marketplaceOrderId: a.marketplaceOrderId,
    kind: a.kind,
    state: a.state,
    amount: money(a.amountMinor, a.currency),
    shippingCost: money(a.shippingMinor, a.currency),
    percent: a.percent === null ? null : Number(a.percent),
    orderValue: money(a.orderValueMinor, a.currency),
    cost: money(a.costMinor, a.currency)!,
    currency: a.currency,
    reason: a.reason,
    requestedBy: { id: a.requestedBy, name: a.requesterName },
    requestedRole: a.requestedRole,
    requestedAt: a.createdAt,
    autoApproved: decided && a.reviewedBy === null,
    approvalDueAt: a.approvalDueAt,
    reviewedBy: a.reviewedBy ? { id: a.reviewedBy, name: a.reviewerName ?? '—' } : null,
    reviewedAt: a.reviewedAt,
    reviewReason: a.reviewReason,
    executedBy: a.executedBy ? { id: a.executedBy, name: a.executorName ?? '—' } : null,
    executedAt: a.executedAt,
    executionReference: a.executionReference,
    failureReason: a.failureReason,
    outcome: a.outcome,
    outcomeAt: a.outcomeAt,
    version: a.version,
  };
}

export function toCompensationSettingsType(limits: CompensationLimits, approvalMinutes: number, version: number, updatedAt: Date | null): CompensationSettingsType {
  return {
    roles: ROLES.map((role) => {
      const table = limits[role];
      if (table === 'UNLIMITED') return { role, unlimited: true, limits: [] };
      return {
        role,
        unlimited: false,
        limits: Object.entries(table)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([currency, max]) => ({ currency, amount: formatMinorAsDecimal(max, currency) })),
      };
    }),
    approvalHours: approvalMinutes / 60,
    version,
    updatedAt,
  };
}

/** Limits as entered (decimal strings) → minor units; a role left out keeps its current limits. */
export function limitsFromInput(current: CompensationLimits, inputs: readonly CompensationRoleLimitsInput[]): CompensationLimits {
  const roles = inputs.map((i) => i.role);
  if (new Set(roles).size !== roles.length) throw badUserInput('Each role may appear once.', [{ field: 'limits', message: 'duplicate role' }]);
  const next: Record<Role, CompensationLimits[Role]> = { ...current };
  for (const input of inputs) {
    if (input.unlimited) {
      next[input.role] = 'UNLIMITED';
      continue;
    }
    const table: Record<string, number> = {};
    for (const l of input.limits) {
      if (l.currency in table) throw badUserInput(`${input.role} lists ${l.currency} twice.`, [{ field: `${input.role}.${l.currency}`, message: 'duplicate currency' }]);
      try {
        table[l.currency] = parseMoneyToMinor(l.amount, l.currency);
      } catch (e) {
        throw badUserInput(`${input.role} ${l.currency}: ${(e as Error).message}`, [{ field: `${input.role}.${l.currency}`, message: 'not an amount in this currency' }]);
      }
    }
    next[input.role] = table;
  }
  return next;
}

export function limitAsDecimal(role: Role, currency: string, limits: CompensationLimits): string | null {
  const limit = compensationLimitFor(role, currency, limits);
  return limit === null ? null : formatMinorAsDecimal(limit, currency);
}

export function toCompensationReportRowType(row: CompensationReportRow, storeName: string): CompensationReportRowType {
  return {
    storeId: row.storeId,
    storeName,
    month: row.month,
    actions: row.actions,
    costs: row.costs.map((c) => ({
      currency: c.currency,
      cost: formatMinorAsDecimal(c.costMinor, c.currency),
      costPerDefectAvoided: c.costPerDefectAvoidedMinor === null ? null : formatMinorAsDecimal(c.costPerDefectAvoidedMinor, c.currency),
    })),
    defectsAvoided: row.defectsAvoided,
    buyerSatisfied: row.buyerSatisfied,
    noEffect: row.noEffect,
    outcomePending: row.outcomePending,
  };
}
