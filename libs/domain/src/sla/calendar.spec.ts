import { ALWAYS_OPEN, CalendarError, validateCalendar, type BusinessHoursCalendar, type CalendarErrorCode } from './calendar';
import { dueAt } from './business-time';
import { hours } from './duration';

const office = (change: Partial<BusinessHoursCalendar>): BusinessHoursCalendar => ({
  kind: 'business',
  timeZone: 'Europe/Berlin',
  weekly: { mon: [{ start: '09:00', end: '17:00' }] },
  ...change,
});

function problemWith(calendar: unknown): CalendarErrorCode | undefined {
  try {
    validateCalendar(calendar as BusinessHoursCalendar);
    return undefined;
  } catch (error) {
    if (error instanceof CalendarError) return error.code;
    throw error;
  }
}

describe('validateCalendar', () => {
  it('accepts 24×7 and a sound business calendar', () => {
    expect(problemWith(ALWAYS_OPEN)).toBeUndefined();
    expect(problemWith(office({ holidays: ['2026-12-25', { date: '2026-12-24', open: [{ start: '09:00', end: '12:00' }] }] }))).toBeUndefined();
    expect(problemWith(office({ weekly: { sun: [{ start: '00:00', end: '24:00' }] } }))).toBeUndefined();
  });

  it.each<[string, unknown, CalendarErrorCode]>([
    ['an unknown kind', { kind: 'weekdays' }, 'UNKNOWN_CALENDAR_KIND'],
    ['an unknown time zone', office({ timeZone: 'Europe/Atlantis' }), 'UNKNOWN_TIME_ZONE'],
    ['a missing time zone', office({ timeZone: '' }), 'UNKNOWN_TIME_ZONE'],
    ['a misspelt weekday', office({ weekly: { monday: [{ start: '09:00', end: '17:00' }] } as never }), 'UNKNOWN_WEEKDAY'],
    ['a time without a leading zero', office({ weekly: { mon: [{ start: '9:00', end: '17:00' }] } }), 'BAD_TIME_OF_DAY'],
    ['25 o’clock', office({ weekly: { mon: [{ start: '09:00', end: '25:00' }] } }), 'BAD_TIME_OF_DAY'],
    ['24:30', office({ weekly: { mon: [{ start: '09:00', end: '24:30' }] } }), 'BAD_TIME_OF_DAY'],
    ['hours that close before they open', office({ weekly: { mon: [{ start: '17:00', end: '09:00' }] } }), 'CLOSES_BEFORE_OPENING'],
    ['hours that close as they open', office({ weekly: { mon: [{ start: '09:00', end: '09:00' }] } }), 'CLOSES_BEFORE_OPENING'],
    ['overlapping split shifts', office({ weekly: { tue: [{ start: '13:00', end: '17:00' }, { start: '09:00', end: '13:30' }] } }), 'OVERLAPPING_HOURS'],
    ['no opening hours at all', office({ weekly: {} }), 'NO_OPENING_HOURS'],
    ['only empty days', office({ weekly: { mon: [], fri: [] } }), 'NO_OPENING_HOURS'],
    ['an impossible holiday date', office({ holidays: ['2026-02-30'] }), 'BAD_HOLIDAY'],
    ['a holiday in another format', office({ holidays: ['25.12.2026'] }), 'BAD_HOLIDAY'],
    ['a holiday listed twice', office({ holidays: ['2026-12-25', { date: '2026-12-25', open: [] }] }), 'DUPLICATE_HOLIDAY'],
    ['bad hours on a half-day holiday', office({ holidays: [{ date: '2026-12-24', open: [{ start: '12:00', end: '09:00' }] }] }), 'CLOSES_BEFORE_OPENING'],
  ])('rejects %s', (_, calendar, code) => {
    expect(problemWith(calendar)).toBe(code);
  });

  it('accepts split shifts that touch', () => {
    expect(problemWith(office({ weekly: { mon: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '17:00' }] } }))).toBeUndefined();
  });

  it('stops a due-time calculation on a bad calendar with the same error', () => {
    expect(() => dueAt(office({ weekly: {} }), Date.parse('2026-06-08T09:00:00Z'), hours(1))).toThrow(CalendarError);
  });

  it('finds a due time behind weeks of holidays without looping forever', () => {
    // Open on Mondays only, and the next three Mondays are holidays.
    const mondays = office({ holidays: ['2026-06-08', '2026-06-15', '2026-06-22'] });
    expect(dueAt(mondays, Date.parse('2026-06-06T12:00:00+02:00'), hours(1))).toBe(Date.parse('2026-06-29T10:00:00+02:00'));
  });
});
