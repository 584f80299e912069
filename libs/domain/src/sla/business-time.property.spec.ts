import fc from 'fast-check';
import { type BusinessHoursCalendar, type Holiday, type OpeningHours, type SlaCalendar, type Weekday } from './calendar';
import { businessTimeBetween, dueAt, isOpenAt } from './business-time';

/*
 * Property tests against a brute-force reference that walks minute by minute and asks, for each minute,
 * "does the local wall clock read a time inside today's opening hours?". The reference shares no code with
 * the implementation: it reads offsets with Intl's `longOffset` zone names (the implementation reads the wall
 * clock) and parses the calendar itself. Starts and targets are whole minutes, so counting minutes is exact.
 * Offsets are taken per UTC quarter hour (every transition of the zones below falls on one), and a UTC day
 * whose first and last quarter share an offset is taken to keep it all day (no zone changes twice a day).
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER_HOUR = 15 * MINUTE;
// Jest runs specs in a vm context where every global lookup (`Math`) is slow; the reference loop runs
// millions of times, so it keeps its own binding.
const { floor } = Math;

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'UTC'];

// DST changes (Berlin, New York, Lord Howe, Shanghai's 1986–1991 DST), year ends and a leap day.
const ANCHOR_DATES = [
  '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31',
  '2025-03-09', '2025-11-02', '2026-03-08', '2026-11-01', '2027-03-14', '2027-11-07',
  '2026-04-05', '2026-10-04', '1991-04-14', '1991-09-15', '1990-04-15', '1990-09-16',
  '2024-12-31', '2025-12-31', '2026-12-31', '2027-12-31', '2028-02-29',
];

// ---- reference -------------------------------------------------------------------------------------

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
/** Per zone and UTC day: one offset for the whole day, or 96 quarter-hour offsets on a day the offset changes. */
const offsetsByDay = new Map<string, number | number[]>();

function offsetFromZoneName(zone: string, instant: number): number {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')!.value;
  const match = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name)!;
  return match[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * MINUTE : 0;
}

function referenceOffset(zone: string, quarter: number): number {
  const day = floor(quarter / 96);
  const key = `${zone} ${day}`;
  let offsets = offsetsByDay.get(key);
  if (offsets === undefined) {
    const first = offsetFromZoneName(zone, day * DAY);
    const last = offsetFromZoneName(zone, day * DAY + DAY - QUARTER_HOUR);
    offsets = first === last ? first : Array.from({ length: 96 }, (_, q) => offsetFromZoneName(zone, day * DAY + q * QUARTER_HOUR));
    offsetsByDay.set(key, offsets);
  }
  return typeof offsets === 'number' ? offsets : offsets[quarter - day * 96];
}

const JS_WEEKDAYS: Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function openMinutes(hours: readonly OpeningHours[]): Uint8Array {
  const open = new Uint8Array(1440);
  for (const { start, end } of hours) open.fill(1, minuteOfDay(start), minuteOfDay(end));
  return open;
}

/** isOpen(minute starting at t), for a business calendar. */
function referenceClock(calendar: BusinessHoursCalendar): (t: number) => boolean {
  const holidays = new Map<string, Uint8Array>();
  for (const holiday of calendar.holidays ?? []) {
    if (typeof holiday === 'string') holidays.set(holiday, new Uint8Array(1440));
    else holidays.set(holiday.date, openMinutes(holiday.open));
  }
  // The last quarter hour and day seen: consecutive minutes almost always share them.
  let quarter = NaN;
  let offset = 0;
  let day = NaN;
  let open: Uint8Array = new Uint8Array(1440);
  return (t) => {
    if (floor(t / QUARTER_HOUR) !== quarter) {
      quarter = floor(t / QUARTER_HOUR);
      offset = referenceOffset(calendar.timeZone, quarter);
    }
    const wall = t + offset;
    if (floor(wall / DAY) !== day) {
      day = floor(wall / DAY);
      const date = new Date(day * DAY);
      open = holidays.get(date.toISOString().slice(0, 10)) ?? openMinutes(calendar.weekly[JS_WEEKDAYS[date.getUTCDay()]] ?? []);
    }
    return open[(wall - day * DAY) / MINUTE] === 1;
  };
}

function referenceDueAt(calendar: SlaCalendar, start: number, targetMinutes: number): number {
  if (calendar.kind === '24x7' || targetMinutes === 0) return start + targetMinutes * MINUTE;
  const isOpen = referenceClock(calendar);
  let counted = 0;
  for (let t = start; ; t += MINUTE) {
    if (isOpen(t) && ++counted === targetMinutes) return t + MINUTE;
  }
}

function referenceBetween(calendar: SlaCalendar, from: number, to: number): number {
  if (calendar.kind === '24x7') return to - from;
  const isOpen = referenceClock(calendar);
  let counted = 0;
  for (let t = from; t < to; t += MINUTE) if (isOpen(t)) counted++;
  return counted * MINUTE;
}

// ---- generators ------------------------------------------------------------------------------------

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

// Boundaries favour the traps: midnight, the DST hours, lunch and the usual opening and closing times.
const boundary = fc.oneof(
  fc.constantFrom(0, 60, 90, 120, 150, 180, 210, 240, 480, 540, 720, 780, 990, 1020, 1380, 1410, 1440),
  fc.integer({ min: 0, max: 1440 }),
);

const dayHours: fc.Arbitrary<OpeningHours[]> = fc.uniqueArray(boundary, { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const hours: OpeningHours[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) hours.push({ start: clock(sorted[i]), end: clock(sorted[i + 1]) });
  return hours;
});

const dateAfter = (anchor: string, days: number) => new Date(Date.parse(`${anchor}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

interface Case {
  readonly calendar: SlaCalendar;
  readonly anchor: string;
  readonly start: number;
  /** Open minutes in a plain week: scales targets so the reference walk stays short. */
  readonly weeklyOpenMinutes: number;
}

const businessCalendarNear = (anchor: string): fc.Arbitrary<BusinessHoursCalendar> =>
  fc
    .record({
      timeZone: fc.constantFrom(...ZONES),
      week: fc.array(dayHours, { minLength: 7, maxLength: 7 }),
      holidays: fc.uniqueArray(
        fc.record({ day: fc.integer({ min: -3, max: 12 }), open: fc.option(dayHours, { nil: undefined, freq: 3 }) }),
        { maxLength: 4, selector: (holiday) => holiday.day },
      ),
    })
    .map(({ timeZone, week, holidays }) => {
      const weekly: Partial<Record<Weekday, OpeningHours[]>> = {};
      JS_WEEKDAYS.forEach((weekday, index) => {
        if (week[index].length > 0) weekly[weekday] = week[index];
      });
      if (Object.keys(weekly).length === 0) weekly.wed = [{ start: '09:00', end: '17:00' }];
      const holidayList: Holiday[] = holidays.map(({ day, open }) => (open ? { date: dateAfter(anchor, day), open } : dateAfter(anchor, day)));
      return { kind: 'business', timeZone, weekly, holidays: holidayList };
    });

const calendarCase: fc.Arbitrary<Case> = fc
  .constantFrom(...ANCHOR_DATES)
  .chain((anchor) =>
    fc.record({
      anchor: fc.constant(anchor),
      calendar: fc.oneof({ weight: 1, arbitrary: fc.constant<SlaCalendar>({ kind: '24x7' }) }, { weight: 9, arbitrary: businessCalendarNear(anchor) }),
      start: fc.integer({ min: -5 * 1440, max: 5 * 1440 }).map((minute) => Date.parse(`${anchor}T00:00:00Z`) + minute * MINUTE),
    }),
  )
  .map((c) => ({ ...c, weeklyOpenMinutes: weeklyOpenMinutes(c.calendar) }));

function weeklyOpenMinutes(calendar: SlaCalendar): number {
  if (calendar.kind === '24x7') return 7 * 1440;
  return Object.values(calendar.weekly).reduce((sum, hours) => sum + (hours ?? []).reduce((s, h) => s + minuteOfDay(h.end) - minuteOfDay(h.start), 0), 0);
}

/** Whole-minute targets up to about a week and a half of the calendar's open time. */
const caseWithTarget = calendarCase.chain((c) =>
  fc.record({ c: fc.constant(c), targetMinutes: fc.oneof(fc.integer({ min: 0, max: 180 }), fc.integer({ min: 0, max: Math.ceil(c.weeklyOpenMinutes * 1.5) })) }),
);

// ---- properties ------------------------------------------------------------------------------------

describe('business time against a minute-by-minute reference', () => {
  it('dueAt matches the reference', () => {
    fc.assert(
      fc.property(caseWithTarget, ({ c, targetMinutes }) => {
        expect(new Date(dueAt(c.calendar, c.start, targetMinutes * MINUTE)).toISOString()).toBe(
          new Date(referenceDueAt(c.calendar, c.start, targetMinutes)).toISOString(),
        );
      }),
      { numRuns: 6000 },
    );
  });

  it('businessTimeBetween matches the reference', () => {
    fc.assert(
      fc.property(calendarCase, fc.integer({ min: 0, max: 4 * 1440 }), (c, spanMinutes) => {
        const to = c.start + spanMinutes * MINUTE;
        expect(businessTimeBetween(c.calendar, c.start, to)).toBe(referenceBetween(c.calendar, c.start, to));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('business time laws (any millisecond)', () => {
  const jitter = fc.integer({ min: 0, max: MINUTE - 1 });

  it('counts back exactly the target between the start and the due time', () => {
    fc.assert(
      fc.property(caseWithTarget, jitter, jitter, ({ c, targetMinutes }, startJitter, targetJitter) => {
        const start = c.start + startJitter;
        const target = targetMinutes * MINUTE + targetJitter;
        expect(businessTimeBetween(c.calendar, start, dueAt(c.calendar, start, target))).toBe(target);
      }),
      { numRuns: 3000 },
    );
  });

  it('is open just before a due time, and splitting a target changes nothing', () => {
    fc.assert(
      fc.property(caseWithTarget, fc.integer({ min: 0, max: 1000 }), jitter, ({ c, targetMinutes }, splitPermille, startJitter) => {
        const start = c.start + startJitter;
        const target = targetMinutes * MINUTE;
        const first = Math.round((target * splitPermille) / 1000);
        const due = dueAt(c.calendar, start, target);
        expect(dueAt(c.calendar, dueAt(c.calendar, start, first), target - first)).toBe(due);
        if (target > 0) expect(isOpenAt(c.calendar, due - 1)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
