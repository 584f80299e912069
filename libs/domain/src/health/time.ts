// Window and calendar arithmetic for the metrics. All instants are epoch ms; windows are half-open
// [start, end) so consecutive windows never count a record twice.
import { DAY_MS, HOUR_MS, type EpochMs, type MetricPolicy } from './metric';

export interface TimeWindow {
  /** inclusive */
  start: EpochMs;
  /** exclusive */
  end: EpochMs;
}

/** The `windowDays` days ending `lagDays` before `asOf`: [asOf − lag − days, asOf − lag). */
export function rollingWindow(asOf: EpochMs, windowDays: number, lagDays = 0): TimeWindow {
  const end = asOf - lagDays * DAY_MS;
  return { start: end - windowDays * DAY_MS, end };
}

export function inWindow(at: EpochMs | null | undefined, window: TimeWindow): boolean {
  return at !== null && at !== undefined && at >= window.start && at < window.end;
}

/**
 * The rolling window a day-window policy sets at `asOf`. Policies with their own month look-back (eBay,
 * AliExpress) have no day window; asking for one is a programming error.
 */
export function policyWindow(asOf: EpochMs, policy: Pick<MetricPolicy, 'windowDays' | 'lagDays'>): TimeWindow {
  if (policy.windowDays === null) throw new Error('This metric has no day window (windowDays is null)');
  return rollingWindow(asOf, policy.windowDays, policy.lagDays);
}

/** Same UTC wall time `months` later (negative: earlier); the day clamps to the month's last day. */
export function addUtcMonths(at: EpochMs, months: number): EpochMs {
  const d = new Date(at);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(d.getUTCDate(), lastDay);
  return Date.UTC(y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}

/** The calendar months ending at `asOf`: [asOf − months, asOf). */
export function monthsWindow(asOf: EpochMs, months: number): TimeWindow {
  return { start: addUtcMonths(asOf, -months), end: asOf };
}

const dstCache = new Map<number, readonly [EpochMs, EpochMs]>();

/**
 * US daylight-saving period for a year (rules since 2007): from the second Sunday of March, 02:00 PST
 * (10:00 UTC), to the first Sunday of November, 02:00 PDT (09:00 UTC). Plain arithmetic instead of Intl so a
 * 100k-row pass stays fast.
 */
function usPacificDst(year: number): readonly [EpochMs, EpochMs] {
  let bounds = dstCache.get(year);
  if (!bounds) {
    const marchFirst = new Date(Date.UTC(year, 2, 1)).getUTCDay();
    const secondSunday = 1 + ((7 - marchFirst) % 7) + 7;
    const novFirst = new Date(Date.UTC(year, 10, 1)).getUTCDay();
    const firstSunday = 1 + ((7 - novFirst) % 7);
    bounds = [Date.UTC(year, 2, secondSunday, 10), Date.UTC(year, 10, firstSunday, 9)] as const;
    dstCache.set(year, bounds);
  }
  return bounds;
}

/** Offset of US Pacific time from UTC at `at`, in ms (−8 h standard, −7 h daylight). */
export function usPacificOffsetMs(at: EpochMs): number {
  const [dstStart, dstEnd] = usPacificDst(new Date(at).getUTCFullYear());
  return at >= dstStart && at < dstEnd ? -7 * HOUR_MS : -8 * HOUR_MS;
}

/**
 * A number naming the Monday–Sunday week, in US Pacific time, that `at` falls in: equal keys = same week.
 * eBay's repeat-buyer rule works in these weeks (DOMAIN.md §3 Feedback).
 */
export function pacificWeekKey(at: EpochMs): number {
  const localDay = Math.floor((at + usPacificOffsetMs(at)) / DAY_MS);
  // Day 0 (1970-01-01) was a Thursday; +3 makes weeks start on Monday.
  return Math.floor((localDay + 3) / 7);
}

/** The most recent eBay evaluation (the 20th of the month, 00:00 UTC) at or before `asOf` (DOMAIN.md §3). */
export function lastEbayEvaluation(asOf: EpochMs, dayOfMonth: number): EpochMs {
  const d = new Date(asOf);
  const thisMonth = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), dayOfMonth);
  return thisMonth <= asOf ? thisMonth : Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, dayOfMonth);
}
