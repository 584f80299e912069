import type { CompensationReportRow } from '../../api/compensation.api';

/**
 * Pure helpers of the compensation screens (unit-tested): the approval clock's warning point, whether an
 * entered amount goes above what is left, and the report's monthly series for the chart.
 */

/** The approval clock warns when three quarters of its time have passed (as the API's clock does). */
export function approvalWarnAt(requestedAt: string, dueAt: string): string {
  const start = Date.parse(requestedAt);
  const due = Date.parse(dueAt);
  return new Date(start + Math.round((due - start) * 0.75)).toISOString();
}

/** A decimal string as a number of minor units at `digits` decimals; null when it is not an amount. */
export function decimalToMinor(amount: string, digits = 2): number | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match || (match[2]?.length ?? 0) > digits) return null;
  return Number(match[1]! + (match[2] ?? '').padEnd(digits, '0'));
}

/** True when `amount` is above what is left before approval; false when unknown or unlimited. */
export function isAboveLeft(amount: string, left: string | null | undefined): boolean {
  if (left === null || left === undefined) return false;
  const digits = left.includes('.') ? left.split('.')[1]!.length : 0;
  const a = decimalToMinor(amount, digits);
  const l = decimalToMinor(left, digits);
  return a !== null && l !== null && a > l;
}

export interface MonthPoint {
  month: string;
  cost: number;
  defectsAvoided: number;
  actions: number;
}

/** Currencies in the report, most used first. */
export function reportCurrencies(rows: readonly CompensationReportRow[]): string[] {
  const count = new Map<string, number>();
  for (const r of rows) for (const c of r.costs) count.set(c.currency, (count.get(c.currency) ?? 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
}

/**
 * One point per month for the chart: the cost in `currency` (stores added together; other currencies are
 * never converted) against the defects avoided by the actions paid in that currency.
 */
export function monthlySeries(rows: readonly CompensationReportRow[], currency: string): MonthPoint[] {
  const byMonth = new Map<string, MonthPoint>();
  for (const r of rows) {
    const cost = r.costs.find((c) => c.currency === currency);
    if (!cost) continue;
    const point = byMonth.get(r.month) ?? { month: r.month, cost: 0, defectsAvoided: 0, actions: 0 };
    point.cost = Math.round((point.cost + Number(cost.cost)) * 100) / 100;
    // A store-month paid in one currency only: its defects belong to that currency's spend.
    if (r.costs.length === 1) point.defectsAvoided += r.defectsAvoided;
    point.actions += r.actions;
    byMonth.set(r.month, point);
  }
  return [...byMonth.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** "EUR 20.00, USD 22.00" → [{ currency, amount }]; null when any part is not "CODE amount". */
export function parseLimitList(text: string): { currency: string; amount: string }[] | null {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const limits: { currency: string; amount: string }[] = [];
  for (const part of parts) {
    const match = /^([A-Za-z]{3})\s+(\d+(?:\.\d+)?)$/.exec(part);
    if (!match) return null;
    limits.push({ currency: match[1]!.toUpperCase(), amount: match[2]! });
  }
  return limits;
}

export function formatLimitList(limits: readonly { currency: string; amount: string }[]): string {
  return limits.map((l) => `${l.currency} ${l.amount}`).join(', ');
}
