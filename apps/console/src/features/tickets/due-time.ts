/**
 * "in 3 h" / "overdue 2 h": the time left to a ticket's nearest deadline, coarse on purpose (the list
 * refreshes it every 30 s). Rounded towards zero, so "in 3 h" never means less than three hours.
 */
export type DueUnit = 'minute' | 'hour' | 'day';

export type DueIn =
  | { state: 'none' }
  | { state: 'due' | 'overdue'; amount: number; unit: DueUnit; /** Less than two hours left. */ soon: boolean };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SOON = 2 * HOUR;

export function dueIn(dueAt: string | null | undefined, now: Date): DueIn {
  if (!dueAt) return { state: 'none' };
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return { state: 'none' };
  const left = due - now.getTime();
  const span = Math.abs(left);
  const [amount, unit]: [number, DueUnit] =
    span < HOUR ? [Math.max(1, Math.floor(span / MINUTE)), 'minute'] : span < 2 * DAY ? [Math.floor(span / HOUR), 'hour'] : [Math.floor(span / DAY), 'day'];
  return { state: left < 0 ? 'overdue' : 'due', amount, unit, soon: left < SOON };
}

/** The amount with its unit in the UI language ("3 hr", "3小时"). */
export function formatDuration(amount: number, unit: DueUnit, displayLanguage: string): string {
  return new Intl.NumberFormat(displayLanguage, { style: 'unit', unit, unitDisplay: 'short' }).format(amount);
}
