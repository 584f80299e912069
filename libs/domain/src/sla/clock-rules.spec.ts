import { ALWAYS_OPEN, type BusinessHoursCalendar } from './calendar';
import {
  clockChangesOnStatus,
  clocksMetByReply,
  clocksStartedByInbound,
  escalationFor,
  planClock,
  raisedPriority,
  resumeClock,
  type InboundMessageFacts,
} from './clock-rules';
import { hours, minutes } from './duration';
import { DEFAULT_SLA_TARGETS } from './sla-policy';

const at = (iso: string) => Date.parse(iso);
const buyerMessage = (change: Partial<InboundMessageFacts> = {}): InboundMessageFacts => ({
  channel: 'BUYER_MESSAGE',
  noResponseNeeded: false,
  repliedBefore: false,
  resolutionClockOpen: false,
  claimClockStarted: false,
  ...change,
});
const berlinOffice: BusinessHoursCalendar = {
  kind: 'business',
  timeZone: 'Europe/Berlin',
  weekly: { mon: [{ start: '09:00', end: '17:00' }], tue: [{ start: '09:00', end: '17:00' }], wed: [{ start: '09:00', end: '17:00' }], thu: [{ start: '09:00', end: '17:00' }], fri: [{ start: '09:00', end: '17:00' }] },
};

describe('clocks started by an inbound message', () => {
  it('starts a first response and the resolution clock on a new ticket', () => {
    expect(clocksStartedByInbound(buyerMessage())).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
  });

  it('starts a response clock for every further buyer message, next response once the seller has replied', () => {
    expect(clocksStartedByInbound(buyerMessage({ resolutionClockOpen: true }))).toEqual(['FIRST_RESPONSE']);
    expect(clocksStartedByInbound(buyerMessage({ resolutionClockOpen: true, repliedBefore: true }))).toEqual(['NEXT_RESPONSE']);
  });

  it('starts nothing for a message marked no response needed', () => {
    expect(clocksStartedByInbound(buyerMessage({ noResponseNeeded: true }))).toEqual([]);
  });

  it('starts the claim deadline instead of a first response on a claim, once', () => {
    expect(clocksStartedByInbound(buyerMessage({ channel: 'A_TO_Z_CLAIM' }))).toEqual(['A_TO_Z_INFORMATION_REQUEST', 'RESOLUTION']);
    expect(clocksStartedByInbound(buyerMessage({ channel: 'CHARGEBACK' }))).toEqual(['CHARGEBACK_RESPONSE', 'RESOLUTION']);
    expect(clocksStartedByInbound(buyerMessage({ channel: 'RETURN_REQUEST' }))).toEqual(['RETURN_REQUEST_RESPONSE', 'RESOLUTION']);
    expect(clocksStartedByInbound(buyerMessage({ channel: 'A_TO_Z_CLAIM', claimClockStarted: true, resolutionClockOpen: true, repliedBefore: true }))).toEqual(['NEXT_RESPONSE']);
  });
});

describe('replies', () => {
  it('meets the response clocks and claim deadlines, not the resolution', () => {
    expect(clocksMetByReply({ isAutoReply: false })).toEqual(['FIRST_RESPONSE', 'NEXT_RESPONSE', 'A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE']);
  });

  it('does not count an auto-reply as a response', () => {
    expect(clocksMetByReply({ isAutoReply: true })).toEqual([]);
  });
});

describe('status changes', () => {
  it('pauses only the resolution clock while waiting on the buyer, and resumes it after', () => {
    expect(clockChangesOnStatus('OPEN', 'WAITING_ON_BUYER')).toEqual({ pause: ['RESOLUTION'], resume: [], meet: [], cancel: [], start: [] });
    expect(clockChangesOnStatus('WAITING_ON_BUYER', 'OPEN')).toEqual({ pause: [], resume: ['RESOLUTION'], meet: [], cancel: [], start: [] });
  });

  it('meets resolution and claim deadlines on resolve or close and cancels unanswered response clocks', () => {
    for (const from of ['NEW', 'OPEN', 'WAITING_ON_BUYER'] as const) {
      const changes = clockChangesOnStatus(from, 'RESOLVED');
      expect(changes.meet).toContain('RESOLUTION');
      expect(changes.meet).toContain('A_TO_Z_INFORMATION_REQUEST');
      expect(changes.cancel).toEqual(['FIRST_RESPONSE', 'NEXT_RESPONSE']);
    }
    expect(clockChangesOnStatus('RESOLVED', 'CLOSED')).toEqual({ pause: [], resume: [], meet: [], cancel: [], start: [] });
  });

  it('starts a new resolution clock when a resolved ticket reopens', () => {
    expect(clockChangesOnStatus('RESOLVED', 'OPEN').start).toEqual(['RESOLUTION']);
    expect(clockChangesOnStatus('CLOSED', 'OPEN').start).toEqual(['RESOLUTION']);
  });

  it('changes nothing from NEW to OPEN', () => {
    expect(clockChangesOnStatus('NEW', 'OPEN')).toEqual({ pause: [], resume: [], meet: [], cancel: [], start: [] });
  });
});

describe('clock times', () => {
  it('falls due 24 calendar hours after the buyer message, warning at 75 %', () => {
    const plan = planClock(DEFAULT_SLA_TARGETS.FIRST_RESPONSE!, ALWAYS_OPEN, at('2026-03-14T10:00:00Z'));
    expect(plan).toEqual({ dueAt: at('2026-03-15T10:00:00Z'), warnAt: at('2026-03-15T04:00:00Z') });
  });

  it('counts a business-hours target on the team calendar, warning 2 h before due', () => {
    const plan = planClock({ target: hours(8), warning: { kind: 'beforeDue', ahead: hours(2) } }, berlinOffice, at('2026-03-13T15:00:00+01:00'));
    expect(plan).toEqual({ dueAt: at('2026-03-16T15:00:00+01:00'), warnAt: at('2026-03-16T13:00:00+01:00') });
  });

  it('moves a resumed clock later by the time it was paused, on calendar hours', () => {
    const resumed = resumeClock({ dueAt: at('2026-03-15T10:00:00Z'), warnAt: at('2026-03-15T04:00:00Z'), pausedAt: at('2026-03-14T12:00:00Z') }, ALWAYS_OPEN, at('2026-03-14T15:00:00Z'));
    expect(resumed).toEqual({ dueAt: at('2026-03-15T13:00:00Z'), warnAt: at('2026-03-15T07:00:00Z'), pausedFor: hours(3) });
  });

  it('keeps the business time left when a clock paused on Friday resumes on Monday', () => {
    const resumed = resumeClock({ dueAt: at('2026-03-13T17:00:00+01:00'), warnAt: null, pausedAt: at('2026-03-13T16:00:00+01:00') }, berlinOffice, at('2026-03-16T10:30:00+01:00'));
    expect(resumed.dueAt).toBe(at('2026-03-16T11:30:00+01:00'));
    expect(resumed.warnAt).toBeNull();
  });

  it('resumes with no time left when paused after the due time', () => {
    const resumed = resumeClock({ dueAt: at('2026-03-14T10:00:00Z'), warnAt: null, pausedAt: at('2026-03-14T10:00:30Z') }, ALWAYS_OPEN, at('2026-03-14T11:00:00Z'));
    expect(resumed.dueAt).toBe(at('2026-03-14T11:00:00Z'));
    expect(resumed.pausedFor).toBe(minutes(59) + 30_000);
  });
});

describe('escalation', () => {
  it('raises priority and notifies the assignee at the warning, hands over to supervisors at the breach, by default', () => {
    expect(escalationFor(DEFAULT_SLA_TARGETS.FIRST_RESPONSE, 'WARNING')).toEqual({ level: 1, on: 'WARNING', actions: ['RAISE_PRIORITY', 'NOTIFY_ASSIGNEE'] });
    expect(escalationFor(DEFAULT_SLA_TARGETS.FIRST_RESPONSE, 'BREACH')).toEqual({ level: 2, on: 'BREACH', actions: ['MOVE_TO_SUPERVISOR_QUEUE', 'NOTIFY_SUPERVISORS'] });
    expect(escalationFor({ escalation: [] }, 'BREACH')).toBeNull();
  });

  it('raises priority one step, URGENT staying URGENT', () => {
    expect(['LOW', 'NORMAL', 'HIGH', 'URGENT'].map((p) => raisedPriority(p as never))).toEqual(['NORMAL', 'HIGH', 'URGENT', 'URGENT']);
  });
});
