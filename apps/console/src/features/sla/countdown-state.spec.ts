import { countdown, formatOverdue, formatTimeLeft, isAtRisk, nearestClock, type ListClock } from './countdown-state';

const UNITS = { d: 'd', h: 'h', min: 'min' };
const NOW = Date.parse('2026-11-23T12:00:00Z');
const at = (offsetMs: number) => new Date(NOW + offsetMs).toISOString();
const S = 1000;
const M = 60 * S;
const H = 60 * M;

describe('formatTimeLeft', () => {
  it('shows hh:mm:ss under a day', () => {
    expect(formatTimeLeft(3 * H + 4 * M + 5 * S, UNITS)).toBe('03:04:05');
    expect(formatTimeLeft(59 * S, UNITS)).toBe('00:00:59');
    expect(formatTimeLeft(24 * H - 1, UNITS)).toBe('23:59:59');
  });

  it('shows days and hours from a day up', () => {
    expect(formatTimeLeft(27 * H + 30 * M, UNITS)).toBe('1 d 3 h');
    expect(formatTimeLeft(48 * H, UNITS)).toBe('2 d');
  });

  it('never counts below zero', () => {
    expect(formatTimeLeft(-5 * S, UNITS)).toBe('00:00:00');
  });
});

describe('formatOverdue', () => {
  it('says how long past due in hours and minutes', () => {
    expect(formatOverdue(-(3 * H + 12 * M + 40 * S), UNITS)).toBe('3 h 12 min');
    expect(formatOverdue(-3 * H, UNITS)).toBe('3 h');
    expect(formatOverdue(-45 * M, UNITS)).toBe('45 min');
  });

  it('reads at least one minute just after the due time', () => {
    expect(formatOverdue(-2 * S, UNITS)).toBe('1 min');
  });

  it('uses days past a day', () => {
    expect(formatOverdue(-(50 * H), UNITS)).toBe('2 d 2 h');
  });
});

describe('countdown', () => {
  it('is calm before the warning point', () => {
    expect(countdown({ status: 'RUNNING', dueAt: at(5 * H), warnAt: at(H) }, NOW)).toEqual({ state: 'calm', leftMs: 5 * H });
  });

  it('turns to warning at the warning point', () => {
    expect(countdown({ status: 'RUNNING', dueAt: at(30 * S), warnAt: at(-6 * H) }, NOW).state).toBe('warning');
  });

  it('is overdue once the due time passes, before the sweeper marks the breach', () => {
    expect(countdown({ status: 'RUNNING', dueAt: at(-S), warnAt: at(-6 * H) }, NOW)).toEqual({ state: 'overdue', leftMs: -S });
  });

  it('is overdue when breached', () => {
    expect(countdown({ status: 'BREACHED', dueAt: at(-2 * H), breachedAt: at(-2 * H) }, NOW).state).toBe('overdue');
  });

  it('shows met, paused and cancelled clocks quietly', () => {
    expect(countdown({ status: 'MET', dueAt: at(H) }, NOW).state).toBe('met');
    expect(countdown({ status: 'PAUSED', dueAt: at(H) }, NOW).state).toBe('paused');
    expect(countdown({ status: 'CANCELLED', dueAt: at(H) }, NOW).state).toBe('cancelled');
    expect(countdown(null, NOW).state).toBe('none');
  });
});

describe('nearestClock', () => {
  const clock = (id: string, status: ListClock['status'], dueOffset: number, extra: Partial<ListClock> = {}): ListClock => ({
    id,
    kind: 'FIRST_RESPONSE',
    status,
    dueAt: at(dueOffset),
    ...extra,
  });

  it('picks the outstanding clock due first, counting an unanswered breach', () => {
    const clocks = [clock('resolution', 'RUNNING', 40 * H), clock('first', 'BREACHED', -H), clock('met', 'MET', -5 * H, { metAt: at(-6 * H) })];
    expect(nearestClock(clocks)?.id).toBe('first');
  });

  it('leaves a compensation approval out: it is the supervisors’ deadline, not the buyer’s', () => {
    const clocks = [clock('resolution', 'RUNNING', 40 * H), clock('approval', 'RUNNING', H, { kind: 'COMPENSATION_APPROVAL' })];
    expect(nearestClock(clocks)?.id).toBe('resolution');
    expect(nearestClock([clock('approval', 'RUNNING', H, { kind: 'COMPENSATION_APPROVAL' })])).toBeNull();
  });

  it('falls back to a paused clock, and to none', () => {
    expect(nearestClock([clock('p', 'PAUSED', 3 * H), clock('m', 'MET', H)])?.id).toBe('p');
    expect(nearestClock([clock('m', 'MET', H)])).toBeNull();
    expect(nearestClock([])).toBeNull();
  });
});

describe('isAtRisk', () => {
  it('lists breached, warned and due-within-two-hours clocks only', () => {
    expect(isAtRisk({ status: 'BREACHED', dueAt: at(-H) }, NOW)).toBe(true);
    expect(isAtRisk({ status: 'RUNNING', dueAt: at(10 * H), warnAt: at(-M) }, NOW)).toBe(true);
    expect(isAtRisk({ status: 'RUNNING', dueAt: at(90 * M), warnAt: at(60 * M) }, NOW)).toBe(true);
    expect(isAtRisk({ status: 'RUNNING', dueAt: at(10 * H), warnAt: at(5 * H) }, NOW)).toBe(false);
    expect(isAtRisk({ status: 'PAUSED', dueAt: at(M) }, NOW)).toBe(false);
    expect(isAtRisk(null, NOW)).toBe(false);
  });
});
