import {
  addUtcMonths,
  inWindow,
  lastEbayEvaluation,
  monthsWindow,
  pacificWeekKey,
  policyWindow,
  rollingWindow,
} from './time';
import { at, days } from './test-builders';

describe('windows', () => {
  it('is half-open: the first millisecond is in, the end is out', () => {
    const w = rollingWindow(at('2025-06-30T00:00:00Z'), 60);
    expect(w.start).toBe(at('2025-05-01T00:00:00Z'));
    expect(inWindow(w.start, w)).toBe(true);
    expect(inWindow(w.end, w)).toBe(false);
    expect(inWindow(null, w)).toBe(false);
  });

  it('shifts the window back by the lag', () => {
    const w = rollingWindow(at('2025-06-30T00:00:00Z'), 60, 14);
    expect(w.end).toBe(at('2025-06-16T00:00:00Z'));
    expect(w.end - w.start).toBe(days(60));
  });

  it('refuses a day window for a metric with its own month look-back', () => {
    expect(() => policyWindow(0, { windowDays: null, lagDays: 0 })).toThrow(/no day window/);
  });

  it('adds calendar months, clamping to the last day of a shorter month', () => {
    expect(addUtcMonths(at('2025-05-31T12:00:00Z'), -3)).toBe(at('2025-02-28T12:00:00Z'));
    expect(addUtcMonths(at('2024-08-31T00:00:00Z'), -6)).toBe(at('2024-02-29T00:00:00Z'));
    expect(monthsWindow(at('2025-06-20T00:00:00Z'), 12).start).toBe(at('2024-06-20T00:00:00Z'));
  });
});

describe('US Pacific weeks (eBay repeat-buyer rule)', () => {
  it('starts a week on Monday 00:00 Pacific, not UTC', () => {
    // Sunday 2025-06-15 23:30 PDT is Monday 06:30 UTC; Monday 00:30 PDT is 07:30 UTC.
    expect(pacificWeekKey(at('2025-06-16T06:30:00Z'))).not.toBe(pacificWeekKey(at('2025-06-16T07:30:00Z')));
    expect(pacificWeekKey(at('2025-06-09T07:30:00Z'))).toBe(pacificWeekKey(at('2025-06-16T06:30:00Z')));
  });

  it('uses PST (UTC−8) in winter', () => {
    // Monday 2025-01-13 00:00 PST = 08:00 UTC.
    expect(pacificWeekKey(at('2025-01-13T07:59:59Z'))).toBe(pacificWeekKey(at('2025-01-06T08:00:00Z')));
    expect(pacificWeekKey(at('2025-01-13T08:00:00Z'))).toBe(pacificWeekKey(at('2025-01-06T08:00:00Z')) + 1);
  });
});

describe('eBay evaluation date', () => {
  it('is the 20th of this month once reached, else of last month', () => {
    expect(lastEbayEvaluation(at('2025-06-25T00:00:00Z'), 20)).toBe(at('2025-06-20T00:00:00Z'));
    expect(lastEbayEvaluation(at('2025-06-19T23:59:59Z'), 20)).toBe(at('2025-05-20T00:00:00Z'));
    expect(lastEbayEvaluation(at('2025-01-05T00:00:00Z'), 20)).toBe(at('2024-12-20T00:00:00Z'));
  });
});
