import { HOUR, type Instant } from './duration';

/**
 * UTC offsets of IANA time zones from the built-in Intl API (no tz database of our own).
 *
 * Intl only answers "what does the wall clock read at this instant?", so transitions are found by probing:
 * the timeline is cut into 6-hour cells, each cell's offsets at both ends are compared and, when they differ,
 * the transition is found by bisection to the second (tz transitions fall on whole seconds). Assumes at most
 * one offset change per 6 hours, true of every zone in the tz database since the 1970s. Cells are memoised
 * per zone, so walking a calendar costs a few map lookups rather than Intl calls.
 */

const SECOND = 1000;
const CELL = 6 * HOUR;
const LOOKAHEAD_CELLS = 28; // one week: how far `offsetSpanAt` looks for the next transition
const MAX_CACHED_CELLS = 100_000;

interface Cell {
  readonly startOffset: number;
  readonly endOffset: number;
  /** First instant with `endOffset`, or null when the offset does not change inside the cell. */
  readonly transition: Instant | null;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const cellsByZone = new Map<string, Map<number, Cell>>();

/** True when Intl knows the zone (IANA names such as 'Europe/Berlin', and 'UTC'). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of the zone's wall clock from UTC at `instant`, in milliseconds (Berlin in summer: +7,200,000). */
export function utcOffsetAt(timeZone: string, instant: Instant): number {
  const second = Math.floor(instant / SECOND) * SECOND;
  const reading = { year: 0, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(second)) {
    if (part.type in reading) reading[part.type as keyof typeof reading] = Number(part.value);
  }
  const wall = Date.UTC(reading.year, reading.month - 1, reading.day, reading.hour % 24, reading.minute, reading.second);
  return wall - second;
}

/** The offset in force at `instant`, and the instant until which (exclusive) it is known to hold. */
export interface OffsetSpan {
  readonly offset: number;
  /** The next transition, or a look-ahead horizon when none is due within a week. */
  readonly until: Instant;
}

export function offsetSpanAt(timeZone: string, instant: Instant): OffsetSpan {
  const index = Math.floor(instant / CELL);
  const cell = cellAt(timeZone, index);
  if (cell.transition !== null && instant < cell.transition) {
    return { offset: cell.startOffset, until: cell.transition };
  }
  const offset = cell.transition === null ? cell.startOffset : cell.endOffset;
  for (let next = index + 1; next <= index + LOOKAHEAD_CELLS; next++) {
    const transition = cellAt(timeZone, next).transition;
    if (transition !== null) return { offset, until: transition };
  }
  return { offset, until: (index + LOOKAHEAD_CELLS + 1) * CELL };
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function cellAt(timeZone: string, index: number): Cell {
  let cells = cellsByZone.get(timeZone);
  if (!cells || cells.size > MAX_CACHED_CELLS) {
    cells = new Map();
    cellsByZone.set(timeZone, cells);
  }
  let cell = cells.get(index);
  if (!cell) {
    const start = index * CELL;
    const startOffset = utcOffsetAt(timeZone, start);
    const endOffset = utcOffsetAt(timeZone, start + CELL);
    const transition = startOffset === endOffset ? null : bisectTransition(timeZone, start, start + CELL, startOffset);
    cell = { startOffset, endOffset, transition };
    cells.set(index, cell);
  }
  return cell;
}

/** `before` holds at `low` and not at `high`; both on whole seconds. Returns the first second that differs. */
function bisectTransition(timeZone: string, low: Instant, high: Instant, before: number): Instant {
  while (high - low > SECOND) {
    const middle = low + Math.floor((high - low) / 2 / SECOND) * SECOND;
    if (utcOffsetAt(timeZone, middle) === before) low = middle;
    else high = middle;
  }
  return high;
}
