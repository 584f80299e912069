import { ALWAYS_OPEN, type BusinessHoursCalendar, type OpeningHours } from './calendar';
import { businessTimeBetween, dueAt, isOpenAt, nextOpeningAt, openPeriodsBetween } from './business-time';
import { hours, minutes } from './duration';

const at = (iso: string) => Date.parse(iso);
const iso = (instant: number) => new Date(instant).toISOString();
const nineToFive: readonly OpeningHours[] = [{ start: '09:00', end: '17:00' }];
const weekdays = (open: readonly OpeningHours[]) => ({ mon: open, tue: open, wed: open, thu: open, fri: open });
const everyDay = (open: readonly OpeningHours[]) => ({ ...weekdays(open), sat: open, sun: open });

const berlinOffice: BusinessHoursCalendar = { kind: 'business', timeZone: 'Europe/Berlin', weekly: weekdays(nineToFive) };

describe('dueAt', () => {
  it('carries Friday 16:30 + 1 h over the weekend to Monday 09:30', () => {
    expect(iso(dueAt(berlinOffice, at('2026-03-13T16:30:00+01:00'), hours(1)))).toBe(iso(at('2026-03-16T09:30:00+01:00')));
  });

  it('falls due at the closing time when the target ends exactly there', () => {
    expect(dueAt(berlinOffice, at('2026-03-13T16:00:00+01:00'), hours(1))).toBe(at('2026-03-13T17:00:00+01:00'));
  });

  it('starts counting at the next opening when the clock starts while closed', () => {
    expect(dueAt(berlinOffice, at('2026-03-14T11:00:00+01:00'), hours(2))).toBe(at('2026-03-16T11:00:00+01:00'));
    expect(dueAt(berlinOffice, at('2026-03-16T07:00:00+01:00'), hours(1))).toBe(at('2026-03-16T10:00:00+01:00'));
  });

  it('skips the lunch break of split shifts', () => {
    const splitShifts: BusinessHoursCalendar = {
      kind: 'business',
      timeZone: 'Europe/Berlin',
      weekly: weekdays([{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:00' }]),
    };
    expect(dueAt(splitShifts, at('2026-06-10T11:30:00+02:00'), hours(1))).toBe(at('2026-06-10T13:30:00+02:00'));
  });

  it('returns the start itself for a zero target, even while closed', () => {
    const saturday = at('2026-03-14T11:00:00+01:00');
    expect(dueAt(berlinOffice, saturday, 0)).toBe(saturday);
  });

  it('keeps a 24×7 calendar open through midnight', () => {
    const lateMonday = at('2026-03-16T23:30:00Z');
    expect(dueAt(ALWAYS_OPEN, lateMonday, hours(1))).toBe(at('2026-03-17T00:30:00Z'));
    expect(businessTimeBetween(ALWAYS_OPEN, lateMonday, at('2026-03-17T00:30:00Z'))).toBe(hours(1));
  });

  it('counts 24 calendar hours on a 24×7 calendar as 24 elapsed hours across a DST change', () => {
    // Berlin springs forward on 29 March 2026: 24 h later the local clock reads one hour more.
    expect(dueAt(ALWAYS_OPEN, at('2026-03-28T10:00:00+01:00'), hours(24))).toBe(at('2026-03-29T11:00:00+02:00'));
  });

  it('keeps a business calendar open round the clock open through midnight', () => {
    const roundTheClock: BusinessHoursCalendar = { kind: 'business', timeZone: 'America/New_York', weekly: everyDay([{ start: '00:00', end: '24:00' }]) };
    expect(dueAt(roundTheClock, at('2026-07-01T23:30:00-04:00'), hours(1))).toBe(at('2026-07-02T00:30:00-04:00'));
    expect(openPeriodsBetween(roundTheClock, at('2026-07-01T20:00:00-04:00'), at('2026-07-03T04:00:00-04:00'))).toHaveLength(1);
  });

  it('joins a night shift split at midnight', () => {
    const nights: BusinessHoursCalendar = {
      kind: 'business',
      timeZone: 'Asia/Shanghai',
      weekly: { mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }] },
    };
    expect(dueAt(nights, at('2026-06-01T23:00:00+08:00'), hours(3))).toBe(at('2026-06-02T02:00:00+08:00'));
    expect(openPeriodsBetween(nights, at('2026-06-01T00:00:00+08:00'), at('2026-06-03T00:00:00+08:00'))).toEqual([
      { start: at('2026-06-01T22:00:00+08:00'), end: at('2026-06-02T06:00:00+08:00') },
    ]);
  });
});

describe('holidays', () => {
  const withGoodFriday: BusinessHoursCalendar = { ...berlinOffice, holidays: ['2026-04-03'] };

  it('lengthens the deadline only by the open hours of the holiday', () => {
    const thursday = at('2026-04-02T16:00:00+02:00');
    expect(dueAt(berlinOffice, thursday, hours(8))).toBe(at('2026-04-03T16:00:00+02:00'));
    expect(dueAt(withGoodFriday, thursday, hours(8))).toBe(at('2026-04-06T16:00:00+02:00'));
    // Friday's 8 open hours, no more: Friday 16:00 → Monday 16:00 counts 8 h without the holiday, 0 h with it.
    expect(businessTimeBetween(berlinOffice, thursday, at('2026-04-06T16:00:00+02:00')) - businessTimeBetween(withGoodFriday, thursday, at('2026-04-06T16:00:00+02:00'))).toBe(hours(8));
  });

  it('changes nothing when the holiday falls on a closed day', () => {
    const saturdayHoliday: BusinessHoursCalendar = { ...berlinOffice, holidays: ['2026-04-04'] };
    const thursday = at('2026-04-02T16:00:00+02:00');
    expect(dueAt(saturdayHoliday, thursday, hours(16))).toBe(dueAt(berlinOffice, thursday, hours(16)));
  });

  it('counts only the short hours of a half-day holiday', () => {
    const christmasEve: BusinessHoursCalendar = {
      ...berlinOffice,
      holidays: [{ date: '2026-12-24', open: [{ start: '09:00', end: '12:00' }] }, '2026-12-25'],
    };
    expect(businessTimeBetween(christmasEve, at('2026-12-24T00:00:00+01:00'), at('2026-12-26T00:00:00+01:00'))).toBe(hours(3));
    expect(dueAt(christmasEve, at('2026-12-24T11:00:00+01:00'), hours(2))).toBe(at('2026-12-28T10:00:00+01:00'));
  });

  it('carries a deadline over the year end and a New Year holiday', () => {
    const newYear: BusinessHoursCalendar = { ...berlinOffice, holidays: ['2027-01-01'] };
    // 31 Dec 2026 is a Thursday; 1 Jan 2027 a Friday holiday.
    expect(dueAt(newYear, at('2026-12-31T16:30:00+01:00'), hours(1))).toBe(at('2027-01-04T09:30:00+01:00'));
    expect(businessTimeBetween(newYear, at('2026-12-31T16:30:00+01:00'), at('2027-01-04T09:30:00+01:00'))).toBe(hours(1));
  });

  it('a holiday that opens a normally closed day adds its hours', () => {
    const openSunday: BusinessHoursCalendar = { ...berlinOffice, holidays: [{ date: '2026-12-20', open: [{ start: '10:00', end: '14:00' }] }] };
    expect(dueAt(openSunday, at('2026-12-18T16:00:00+01:00'), hours(2))).toBe(at('2026-12-20T11:00:00+01:00'));
  });
});

describe('daylight saving time', () => {
  const nightDesk = (timeZone: string): BusinessHoursCalendar => ({ kind: 'business', timeZone, weekly: everyDay([{ start: '01:00', end: '04:00' }]) });
  const lateShift = (timeZone: string): BusinessHoursCalendar => ({ kind: 'business', timeZone, weekly: everyDay([{ start: '02:30', end: '05:00' }]) });

  it('loses the skipped hour on a Berlin spring-forward night', () => {
    // 29 March 2026: 02:00 CET → 03:00 CEST, so 01:00–04:00 lasts two real hours.
    expect(businessTimeBetween(nightDesk('Europe/Berlin'), at('2026-03-29T00:00:00+01:00'), at('2026-03-29T12:00:00+02:00'))).toBe(hours(2));
  });

  it('opens a 02:30 shift when the clock jumps to 03:00 on a spring-forward day', () => {
    expect(nextOpeningAt(lateShift('Europe/Berlin'), at('2026-03-29T00:00:00+01:00'))).toBe(at('2026-03-29T03:00:00+02:00'));
    expect(nextOpeningAt(lateShift('America/New_York'), at('2026-03-08T00:00:00-05:00'))).toBe(at('2026-03-08T03:00:00-04:00'));
  });

  it('counts the repeated hour twice on a fall-back night', () => {
    // 25 October 2026: 03:00 CEST → 02:00 CET, so 01:00–04:00 lasts four real hours.
    expect(businessTimeBetween(nightDesk('Europe/Berlin'), at('2026-10-25T00:00:00+02:00'), at('2026-10-25T12:00:00+01:00'))).toBe(hours(4));
    expect(dueAt(nightDesk('America/New_York'), at('2026-11-01T00:00:00-04:00'), hours(4))).toBe(at('2026-11-01T04:00:00-05:00'));
  });

  it('opens twice when a shift starts inside the repeated hour of a fall-back night', () => {
    // 25 October 2026 in Berlin: the clock reads 02:30–03:00 in summer time, falls back to 02:00, reads 02:30 again.
    expect(openPeriodsBetween(lateShift('Europe/Berlin'), at('2026-10-25T00:00:00+02:00'), at('2026-10-25T12:00:00+01:00'))).toEqual([
      { start: at('2026-10-25T02:30:00+02:00'), end: at('2026-10-25T03:00:00+02:00') },
      { start: at('2026-10-25T02:30:00+01:00'), end: at('2026-10-25T05:00:00+01:00') },
    ]);
  });

  it('keeps daytime hours whole across New York changes', () => {
    const newYorkOffice: BusinessHoursCalendar = { kind: 'business', timeZone: 'America/New_York', weekly: weekdays(nineToFive) };
    // Friday 6 March 2026 (EST) 16:30 + 1 h → Monday 9 March (EDT) 09:30.
    expect(dueAt(newYorkOffice, at('2026-03-06T16:30:00-05:00'), hours(1))).toBe(at('2026-03-09T09:30:00-04:00'));
    expect(dueAt(newYorkOffice, at('2026-10-30T16:30:00-04:00'), hours(1))).toBe(at('2026-11-02T09:30:00-05:00'));
  });

  it('follows the DST Shanghai kept until 1991', () => {
    // 14 April 1991: 02:00 CST → 03:00 CDT (+09:00).
    expect(businessTimeBetween(nightDesk('Asia/Shanghai'), at('1991-04-14T00:00:00+08:00'), at('1991-04-14T12:00:00+09:00'))).toBe(hours(2));
    const shanghaiOffice: BusinessHoursCalendar = { kind: 'business', timeZone: 'Asia/Shanghai', weekly: weekdays(nineToFive) };
    expect(dueAt(shanghaiOffice, at('1991-04-12T16:30:00+08:00'), hours(1))).toBe(at('1991-04-15T09:30:00+09:00'));
    expect(dueAt(shanghaiOffice, at('2026-03-27T16:30:00+08:00'), hours(1))).toBe(at('2026-03-30T09:30:00+08:00'));
  });
});

describe('businessTimeBetween', () => {
  it('counts a working week as 40 hours', () => {
    expect(businessTimeBetween(berlinOffice, at('2026-06-08T00:00:00+02:00'), at('2026-06-15T00:00:00+02:00'))).toBe(hours(40));
  });

  it('is negative when the instants are reversed', () => {
    expect(businessTimeBetween(berlinOffice, at('2026-06-08T10:00:00+02:00'), at('2026-06-08T09:15:00+02:00'))).toBe(-minutes(45));
  });

  it('counts nothing over a weekend', () => {
    expect(businessTimeBetween(berlinOffice, at('2026-06-12T17:00:00+02:00'), at('2026-06-15T09:00:00+02:00'))).toBe(0);
  });
});

describe('isOpenAt', () => {
  it('is open from the opening minute up to, not including, the closing minute', () => {
    expect(isOpenAt(berlinOffice, at('2026-06-08T09:00:00+02:00'))).toBe(true);
    expect(isOpenAt(berlinOffice, at('2026-06-08T16:59:59.999+02:00'))).toBe(true);
    expect(isOpenAt(berlinOffice, at('2026-06-08T17:00:00+02:00'))).toBe(false);
    expect(isOpenAt(ALWAYS_OPEN, at('2026-06-07T03:00:00+02:00'))).toBe(true);
  });
});

describe('input checks', () => {
  it('rejects a negative or non-finite target and an invalid instant', () => {
    expect(() => dueAt(berlinOffice, at('2026-06-08T09:00:00+02:00'), -1)).toThrow(RangeError);
    expect(() => dueAt(berlinOffice, at('2026-06-08T09:00:00+02:00'), Infinity)).toThrow(RangeError);
    expect(() => dueAt(berlinOffice, NaN, hours(1))).toThrow(RangeError);
  });
});
