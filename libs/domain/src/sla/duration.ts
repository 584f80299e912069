/**
 * Instants and durations are plain numbers of milliseconds: an instant counts from the Unix epoch (UTC), like
 * `Date.getTime()` and a `timestamptz` read by the driver. Numbers keep the calendar maths free of `Date`'s
 * mutability and of the host's time zone; convert at the edges with `date.getTime()` / `new Date(instant)`.
 */
export type Instant = number;
export type Duration = number;

export const MINUTE: Duration = 60_000;
export const HOUR: Duration = 60 * MINUTE;
/** Twenty-four elapsed hours, not a local calendar day (which lasts 23 or 25 hours across a DST change). */
export const DAY: Duration = 24 * HOUR;

export const minutes = (count: number): Duration => count * MINUTE;
export const hours = (count: number): Duration => count * HOUR;
export const days = (count: number): Duration => count * DAY;

// Years 1000–9999: time-zone data before that is guesswork, and Intl prints years < 1 with an era.
const EARLIEST_INSTANT = Date.UTC(1000, 0, 1);
const LATEST_INSTANT = Date.UTC(9999, 11, 31);

export function assertInstant(instant: Instant, name = 'instant'): void {
  if (!Number.isFinite(instant) || instant < EARLIEST_INSTANT || instant > LATEST_INSTANT) {
    throw new RangeError(`${name} must be epoch milliseconds between the years 1000 and 9999, got ${instant}`);
  }
}

export function assertDuration(duration: Duration, name = 'duration'): void {
  if (!Number.isFinite(duration) || duration < 0) {
    throw new RangeError(`${name} must be a finite, non-negative number of milliseconds, got ${duration}`);
  }
}
