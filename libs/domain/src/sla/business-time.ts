import { compileBusinessCalendar, hoursOnLocalDay, type CompiledBusinessCalendar, type SlaCalendar } from './calendar';
import { assertDuration, assertInstant, DAY, type Duration, type Instant } from './duration';
import { offsetSpanAt } from './time-zone';

/** A stretch of time during which the calendar is open: [start, end). */
export interface OpenPeriod {
  readonly start: Instant;
  readonly end: Instant;
}

/**
 * The instant an SLA target of `target` business time, started at `start`, falls due.
 * Zero target → `start`. Landing exactly on a closing time gives that closing time (Friday 16:00 + 1 h with
 * 17:00 closing is Friday 17:00, not Monday 09:00); starting while closed counts from the next opening.
 */
export function dueAt(calendar: SlaCalendar, start: Instant, target: Duration): Instant {
  assertInstant(start, 'start');
  assertDuration(target, 'target');
  if (calendar.kind === '24x7') return start + target;
  if (target === 0) return start;
  let remaining = target;
  for (const period of openPeriodsFrom(compileBusinessCalendar(calendar), start)) {
    const length = period.end - period.start;
    if (remaining <= length) return period.start + remaining;
    remaining -= length;
  }
  throw new Error('unreachable: open periods never run out');
}

/** Business time that passes between two instants; negative when `to` is before `from`. */
export function businessTimeBetween(calendar: SlaCalendar, from: Instant, to: Instant): Duration {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  if (to < from) return -businessTimeBetween(calendar, to, from);
  if (calendar.kind === '24x7') return to - from;
  let elapsed = 0;
  for (const period of openPeriodsFrom(compileBusinessCalendar(calendar), from)) {
    if (period.start >= to) break;
    elapsed += Math.min(period.end, to) - period.start;
  }
  return elapsed;
}

/** True when the team is open at `instant` (a 24×7 calendar always is). */
export function isOpenAt(calendar: SlaCalendar, instant: Instant): boolean {
  return nextOpeningAt(calendar, instant) === instant;
}

/** `instant` itself when open, else the next opening ("opens Monday 09:00"). */
export function nextOpeningAt(calendar: SlaCalendar, instant: Instant): Instant {
  assertInstant(instant);
  if (calendar.kind === '24x7') return instant;
  for (const period of openPeriodsFrom(compileBusinessCalendar(calendar), instant)) return period.start;
  throw new Error('unreachable: open periods never run out');
}

/** The open periods overlapping [from, to), clipped to it, with periods that touch (22:00–24:00, 00:00–02:00) joined. */
export function openPeriodsBetween(calendar: SlaCalendar, from: Instant, to: Instant): OpenPeriod[] {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  if (to <= from) return [];
  if (calendar.kind === '24x7') return [{ start: from, end: to }];
  const periods: OpenPeriod[] = [];
  for (const period of openPeriodsFrom(compileBusinessCalendar(calendar), from)) {
    if (period.start >= to) break;
    const end = Math.min(period.end, to);
    const last = periods[periods.length - 1];
    if (last && last.end === period.start) periods[periods.length - 1] = { start: last.start, end };
    else periods.push({ start: period.start, end });
  }
  return periods;
}

/**
 * Open periods from `from` onwards, in order, the first clipped to start at `from`. Unbounded: callers stop.
 * Walks the zone's offset spans; inside a span the wall clock is `instant + offset`, so each day's opening
 * hours map to instants by subtracting the offset. A fall-back span starts with the clock set back and so
 * meets the repeated hour again; a spring-forward span starts after the skipped hour. Periods touching at a
 * span or midnight boundary are yielded separately.
 */
function* openPeriodsFrom(calendar: CompiledBusinessCalendar, from: Instant): Generator<OpenPeriod> {
  let cursor = from;
  for (;;) {
    const { offset, until } = offsetSpanAt(calendar.timeZone, cursor);
    let wall = cursor + offset;
    for (;;) {
      const [opens, closes] = nextWallOpening(calendar, wall);
      const start = opens - offset;
      if (start >= until) break;
      const end = Math.min(closes - offset, until);
      yield { start, end };
      if (end >= until) break;
      wall = closes;
    }
    cursor = until;
  }
}

/** The first opening hours on the local wall clock that end after `wall`, clipped to start no earlier than it. */
function nextWallOpening(calendar: CompiledBusinessCalendar, wall: number): readonly [number, number] {
  const firstDay = Math.floor(wall / DAY);
  for (let day = firstDay; day <= firstDay + calendar.longestClosure; day++) {
    const midnight = day * DAY;
    for (const [opens, closes] of hoursOnLocalDay(calendar, day)) {
      if (midnight + closes > wall) return [Math.max(midnight + opens, wall), midnight + closes];
    }
  }
  throw new Error('unreachable: a validated calendar opens at least once in its longest closure');
}
