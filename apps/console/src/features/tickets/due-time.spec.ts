import { dueIn, formatDuration } from './due-time';

const NOW = new Date('2025-03-03T12:00:00Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();

describe('time left to the due time', () => {
  it('says nothing runs without a deadline', () => {
    expect(dueIn(null, NOW)).toEqual({ state: 'none' });
    expect(dueIn('not a date', NOW)).toEqual({ state: 'none' });
  });

  it('counts whole hours left, rounded down so "in 3 h" never means less', () => {
    expect(dueIn(at(3 * 60 + 40), NOW)).toEqual({ state: 'due', amount: 3, unit: 'hour', soon: false });
  });

  it('counts minutes in the last hour and flags the last two hours as soon', () => {
    expect(dueIn(at(45), NOW)).toEqual({ state: 'due', amount: 45, unit: 'minute', soon: true });
    expect(dueIn(at(90), NOW)).toEqual({ state: 'due', amount: 1, unit: 'hour', soon: true });
    expect(dueIn(at(0.2), NOW)).toMatchObject({ amount: 1, unit: 'minute' });
  });

  it('counts how long a ticket is overdue', () => {
    expect(dueIn(at(-(2 * 60 + 10)), NOW)).toEqual({ state: 'overdue', amount: 2, unit: 'hour', soon: true });
    expect(dueIn(at(-5), NOW)).toMatchObject({ state: 'overdue', amount: 5, unit: 'minute' });
  });

  it('switches to days beyond 48 hours', () => {
    expect(dueIn(at(3 * 24 * 60 + 5), NOW)).toMatchObject({ state: 'due', amount: 3, unit: 'day' });
    expect(dueIn(at(47 * 60), NOW)).toMatchObject({ amount: 47, unit: 'hour' });
  });

  it('writes the amount in the UI language', () => {
    expect(formatDuration(3, 'hour', 'en')).toBe('3 hr');
    expect(formatDuration(45, 'minute', 'en')).toBe('45 min');
    expect(formatDuration(3, 'hour', 'zh-CN')).toBe('3小时');
  });
});
