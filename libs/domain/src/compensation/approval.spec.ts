import { compensationApprovalClock, DEFAULT_COMPENSATION_APPROVAL_MINUTES, validateCompensationApprovalMinutes } from './approval';

describe('compensationApprovalClock', () => {
  it('is due 4 calendar hours after the request by default and warns at three quarters', () => {
    const at = Date.UTC(2026, 2, 7, 22, 0); // a Saturday night: calendar hours, weekends count
    const clock = compensationApprovalClock(at, DEFAULT_COMPENSATION_APPROVAL_MINUTES);
    expect(new Date(clock.dueAt).toISOString()).toBe('2026-03-08T02:00:00.000Z');
    expect(new Date(clock.warnAt).toISOString()).toBe('2026-03-08T01:00:00.000Z');
  });
});

describe('validateCompensationApprovalMinutes', () => {
  it.each([15, 240, 43_200])('accepts %i minutes', (m) => expect(validateCompensationApprovalMinutes(m)).toEqual([]));
  it.each([0, 14, 43_201, 90.5, Number.NaN])('refuses %p minutes', (m) => expect(validateCompensationApprovalMinutes(m)).toHaveLength(1));
});
