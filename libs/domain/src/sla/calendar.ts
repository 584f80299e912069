import { DAY, MINUTE, type Duration } from './duration';
import { isKnownTimeZone } from './time-zone';

/**
 * An SLA calendar is plain data, stored as JSON with an SLA policy:
 * - `{ kind: '24x7' }`: every hour counts (Amazon's buyer-message clock: "24 calendar hours, weekends and
 *   holidays included", DOMAIN.md "Lifeline's decisions" and §1.3).
 * - `{ kind: 'business', timeZone, weekly, holidays }`: only opening hours count, read on the wall clock of
 *   an IANA time zone. The team is open whenever its local clock reads a time inside that day's hours, so on
 *   a spring-forward day a shift from 02:30 opens when the clock jumps to 03:00, and the repeated hour of a
 *   fall-back day is open twice when it lies inside the hours.
 * Calendars are treated as immutable: a validated calendar object is memoised by identity.
 */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** 'HH:MM' local times; `end` may be '24:00' (midnight at the end of the day). Split shifts are several entries. */
export interface OpeningHours {
  readonly start: string;
  readonly end: string;
}

export type WeeklyHours = Readonly<Partial<Record<Weekday, readonly OpeningHours[]>>>;

/**
 * A holiday is a local date 'YYYY-MM-DD' in the calendar's zone, closed all day; or a date with the hours the
 * team keeps that day instead of its weekly hours (a half day on 24 December: `open: [{ start: '09:00', end: '12:00' }]`).
 */
export type Holiday = string | { readonly date: string; readonly open: readonly OpeningHours[] };

export interface AlwaysOpenCalendar {
  readonly kind: '24x7';
}

export interface BusinessHoursCalendar {
  readonly kind: 'business';
  readonly timeZone: string;
  readonly weekly: WeeklyHours;
  readonly holidays?: readonly Holiday[];
}

export type SlaCalendar = AlwaysOpenCalendar | BusinessHoursCalendar;

export const ALWAYS_OPEN: AlwaysOpenCalendar = Object.freeze({ kind: '24x7' });

export type CalendarErrorCode =
  | 'UNKNOWN_CALENDAR_KIND'
  | 'UNKNOWN_TIME_ZONE'
  | 'UNKNOWN_WEEKDAY'
  | 'BAD_TIME_OF_DAY'
  | 'CLOSES_BEFORE_OPENING'
  | 'OVERLAPPING_HOURS'
  | 'NO_OPENING_HOURS'
  | 'BAD_HOLIDAY'
  | 'DUPLICATE_HOLIDAY';

export class CalendarError extends Error {
  readonly code: CalendarErrorCode;

  constructor(code: CalendarErrorCode, message: string) {
    super(message);
    this.name = 'CalendarError';
    this.code = code;
  }
}

/** Opening hours of one local day as [start, end) offsets from local midnight, in milliseconds, sorted. */
export type DayHours = readonly (readonly [Duration, Duration])[];

/** A validated business calendar, ready for arithmetic on "wall time" (the local clock reading as if it were UTC). */
export interface CompiledBusinessCalendar {
  readonly timeZone: string;
  /** Indexed like `Date.getUTCDay()`: 0 = Sunday. */
  readonly weekly: readonly DayHours[];
  /** Holidays by local day number (days since 1970-01-01). */
  readonly exceptions: ReadonlyMap<number, DayHours>;
  /** Upper bound on consecutive closed days (each holiday may close the only open weekday of a week), so a search for the next opening always ends. */
  readonly longestClosure: number;
}

const compiled = new WeakMap<BusinessHoursCalendar, CompiledBusinessCalendar>();

/** Throws a CalendarError saying what is wrong, or returns quietly. Use it when an admin saves a calendar. */
export function validateCalendar(calendar: SlaCalendar): void {
  if (calendar?.kind === '24x7') return;
  compileBusinessCalendar(calendar);
}

export function compileBusinessCalendar(calendar: BusinessHoursCalendar): CompiledBusinessCalendar {
  if (calendar?.kind !== 'business') {
    throw new CalendarError('UNKNOWN_CALENDAR_KIND', `Calendar kind must be '24x7' or 'business', got ${String(calendar?.kind)}`);
  }
  const known = compiled.get(calendar);
  if (known) return known;
  const result = compile(calendar);
  compiled.set(calendar, result);
  return result;
}

function compile(calendar: BusinessHoursCalendar): CompiledBusinessCalendar {
  if (!isKnownTimeZone(calendar.timeZone)) {
    throw new CalendarError('UNKNOWN_TIME_ZONE', `Unknown time zone '${String(calendar.timeZone)}'; use an IANA name such as 'Europe/Berlin'`);
  }
  const weeklyInput = calendar.weekly ?? {};
  for (const key of Object.keys(weeklyInput)) {
    if (!WEEKDAYS.includes(key as Weekday)) {
      throw new CalendarError('UNKNOWN_WEEKDAY', `Unknown weekday '${key}'; use ${WEEKDAYS.join(', ')}`);
    }
  }
  const weekly: DayHours[] = [];
  WEEKDAYS.forEach((weekday, index) => {
    weekly[(index + 1) % 7] = parseDayHours(weeklyInput[weekday] ?? [], weekday);
  });
  if (weekly.every((hours) => hours.length === 0)) {
    throw new CalendarError('NO_OPENING_HOURS', 'A business calendar needs opening hours on at least one weekday');
  }
  const exceptions = new Map<number, DayHours>();
  for (const holiday of calendar.holidays ?? []) {
    const date = typeof holiday === 'string' ? holiday : holiday?.date;
    const day = parseLocalDate(date);
    if (exceptions.has(day)) throw new CalendarError('DUPLICATE_HOLIDAY', `Holiday ${date} is listed twice`);
    exceptions.set(day, typeof holiday === 'string' ? [] : parseDayHours(holiday.open ?? [], date));
  }
  return { timeZone: calendar.timeZone, weekly, exceptions, longestClosure: 7 * (exceptions.size + 1) };
}

function parseDayHours(hours: readonly OpeningHours[], day: string): DayHours {
  if (!Array.isArray(hours)) throw new CalendarError('BAD_TIME_OF_DAY', `Opening hours for ${day} must be a list`);
  const ranges = hours.map((range): [Duration, Duration] => {
    const start = parseTimeOfDay(range?.start, day);
    const end = parseTimeOfDay(range?.end, day);
    if (end <= start) {
      throw new CalendarError('CLOSES_BEFORE_OPENING', `On ${day}, ${range.start}–${range.end} closes before it opens; split a night shift at midnight`);
    }
    return [start, end];
  });
  ranges.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i][0] < ranges[i - 1][1]) {
      throw new CalendarError('OVERLAPPING_HOURS', `On ${day}, opening hours overlap: ${describe(ranges[i - 1])} and ${describe(ranges[i])}`);
    }
  }
  return ranges;
}

const TIME_OF_DAY = /^(\d{2}):(\d{2})$/;

function parseTimeOfDay(text: unknown, day: string): Duration {
  const match = typeof text === 'string' ? TIME_OF_DAY.exec(text) : null;
  const hour = match ? Number(match[1]) : NaN;
  const minute = match ? Number(match[2]) : NaN;
  const valid = minute < 60 && (hour < 24 || (hour === 24 && minute === 0));
  if (!valid) throw new CalendarError('BAD_TIME_OF_DAY', `On ${day}, '${String(text)}' is not a time 'HH:MM' between 00:00 and 24:00`);
  return hour * 60 * MINUTE + minute * MINUTE;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → days since 1970-01-01; rejects impossible dates such as 2026-02-30. */
function parseLocalDate(text: unknown): number {
  const match = typeof text === 'string' ? LOCAL_DATE.exec(text) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (year >= 1000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) return date.getTime() / DAY;
  }
  throw new CalendarError('BAD_HOLIDAY', `Holiday '${String(text)}' is not a date 'YYYY-MM-DD'`);
}

function describe([start, end]: readonly [Duration, Duration]): string {
  const clock = (ms: Duration) => `${String(Math.floor(ms / 3_600_000)).padStart(2, '0')}:${String((ms / MINUTE) % 60).padStart(2, '0')}`;
  return `${clock(start)}–${clock(end)}`;
}

/** Opening hours on a local day number, holidays first. */
export function hoursOnLocalDay(calendar: CompiledBusinessCalendar, day: number): DayHours {
  return calendar.exceptions.get(day) ?? calendar.weekly[(((day + 4) % 7) + 7) % 7]; // 1970-01-01 was a Thursday
}
