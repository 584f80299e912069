import { ALWAYS_OPEN, type BusinessHoursCalendar } from './calendar';
import { dueAt } from './business-time';
import { hours } from './duration';
import { warningAt } from './warning-point';

const at = (iso: string) => Date.parse(iso);
const nineToFive = [{ start: '09:00', end: '17:00' }];
const berlinOffice: BusinessHoursCalendar = {
  kind: 'business',
  timeZone: 'Europe/Berlin',
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
};

describe('warningAt', () => {
  it('warns when 75 % of a 24-hour calendar target has elapsed', () => {
    expect(warningAt(ALWAYS_OPEN, at('2026-06-08T10:00:00Z'), hours(24), { kind: 'elapsedShare', share: 0.75 })).toBe(at('2026-06-09T04:00:00Z'));
  });

  it('warns 2 business hours before due, counted in the same calendar', () => {
    // 8 business hours from Friday 13:00 fall due Monday 13:00; 2 business hours before that is Monday 11:00.
    const friday = at('2026-06-12T13:00:00+02:00');
    expect(dueAt(berlinOffice, friday, hours(8))).toBe(at('2026-06-15T13:00:00+02:00'));
    expect(warningAt(berlinOffice, friday, hours(8), { kind: 'beforeDue', ahead: hours(2) })).toBe(at('2026-06-15T11:00:00+02:00'));
  });

  it('warns at Friday closing when the warning point lands there', () => {
    const friday = at('2026-06-12T13:00:00+02:00');
    expect(warningAt(berlinOffice, friday, hours(8), { kind: 'elapsedShare', share: 0.5 })).toBe(at('2026-06-12T17:00:00+02:00'));
  });

  it('warns at the start when the warning is further ahead than the target', () => {
    const start = at('2026-06-10T10:00:00+02:00');
    expect(warningAt(berlinOffice, start, hours(1), { kind: 'beforeDue', ahead: hours(2) })).toBe(start);
  });

  it('rejects a share outside 0–1', () => {
    expect(() => warningAt(ALWAYS_OPEN, 0, hours(1), { kind: 'elapsedShare', share: 75 })).toThrow(RangeError);
  });
});
