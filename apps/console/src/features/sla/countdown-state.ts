import type { SlaClockKind, SlaClockStatus } from '@lifeline/api-contract';

/**
 * The second-by-second SLA countdown: which state a clock is in now, and its text. Pure, so the states
 * and the formatting are unit-tested without a clock ticking.
 */
export type CountdownState = 'calm' | 'warning' | 'overdue' | 'met' | 'paused' | 'cancelled' | 'none';

export interface CountdownClock {
  status: SlaClockStatus;
  dueAt: string;
  warnAt?: string | null;
  breachedAt?: string | null;
}

export interface Countdown {
  state: CountdownState;
  /** Milliseconds to the due time (negative once overdue); 0 when no clock runs. */
  leftMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "Due soon" on the supervisor board: within two hours, even before the policy's warning point. */
export const ABOUT_TO_BREACH_MS = 2 * HOUR;

export function countdown(clock: CountdownClock | null | undefined, now: number): Countdown {
  if (!clock) return { state: 'none', leftMs: 0 };
  const due = Date.parse(clock.dueAt);
  const leftMs = Number.isNaN(due) ? 0 : due - now;
  switch (clock.status) {
    case 'MET':
      return { state: 'met', leftMs };
    case 'CANCELLED':
      return { state: 'cancelled', leftMs };
    case 'PAUSED':
      return { state: 'paused', leftMs };
    case 'BREACHED':
      return { state: 'overdue', leftMs: Math.min(leftMs, 0) };
  }
  // RUNNING: the sweeper marks the breach within a second or so; the console does not wait for it.
  if (leftMs <= 0) return { state: 'overdue', leftMs };
  const warn = clock.warnAt ? Date.parse(clock.warnAt) : Number.NaN;
  if (!Number.isNaN(warn) && now >= warn) return { state: 'warning', leftMs };
  return { state: 'calm', leftMs };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Time left: `hh:mm:ss` under a day, "1 d 3 h" from a day up. Units come from the caller's translations
 * (`{ d: 'd', h: 'h', min: 'min' }` in English, `天 / 小时 / 分钟` in Chinese).
 */
export function formatTimeLeft(ms: number, units: DurationUnits): string {
  const span = Math.max(0, ms);
  if (span < DAY) {
    const total = Math.floor(span / SECOND);
    return `${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}`;
  }
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  return hours ? `${days} ${units.d} ${hours} ${units.h}` : `${days} ${units.d}`;
}

export interface DurationUnits {
  d: string;
  h: string;
  min: string;
}

/** How long past due, coarse on purpose: "45 min", "3 h 12 min", "2 d 4 h". Under a minute reads "1 min". */
export function formatOverdue(ms: number, units: DurationUnits): string {
  const span = Math.abs(Math.min(0, ms));
  if (span >= DAY) {
    const days = Math.floor(span / DAY);
    const hours = Math.floor((span % DAY) / HOUR);
    return hours ? `${days} ${units.d} ${hours} ${units.h}` : `${days} ${units.d}`;
  }
  const hours = Math.floor(span / HOUR);
  const minutes = Math.max(hours ? 0 : 1, Math.floor((span % HOUR) / MINUTE));
  if (!hours) return `${minutes} ${units.min}`;
  return minutes ? `${hours} ${units.h} ${minutes} ${units.min}` : `${hours} ${units.h}`;
}

export interface ListClock extends CountdownClock {
  id: string;
  kind: SlaClockKind;
  metAt?: string | null;
  cancelledAt?: string | null;
}

/**
 * The clock a row shows: the nearest outstanding one (running, or breached and still unanswered — the
 * API's own rule for `tickets.due_at`), else the nearest paused one, else none.
 */
export function nearestClock<C extends ListClock>(all: readonly C[] | null | undefined): C | null {
  // A compensation approval is the supervisor's deadline (the approval inbox), not the buyer's.
  const clocks = all?.filter((c) => c.kind !== 'COMPENSATION_APPROVAL');
  if (!clocks?.length) return null;
  const outstanding = clocks.filter((c) => c.status === 'RUNNING' || (c.status === 'BREACHED' && !c.metAt && !c.cancelledAt));
  const pool = outstanding.length ? outstanding : clocks.filter((c) => c.status === 'PAUSED');
  return pool.reduce<C | null>((best, c) => (!best || Date.parse(c.dueAt) < Date.parse(best.dueAt) ? c : best), null);
}

/** Breached, past its warning point, or due within two hours: what the supervisor board lists. */
export function isAtRisk(clock: CountdownClock | null, now: number): boolean {
  const { state, leftMs } = countdown(clock, now);
  return state === 'overdue' || state === 'warning' || (state === 'calm' && leftMs <= ABOUT_TO_BREACH_MS);
}
