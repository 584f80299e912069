import { ALWAYS_OPEN } from './calendar';
import { days, hours } from './duration';
import { calendarForTarget, DEFAULT_SLA_TARGETS, pickSlaPolicy, validateSlaTargets, type SlaTargets } from './sla-policy';

describe('default SLA targets', () => {
  it('uses Amazon deadlines from DOMAIN.md: 24 h per buyer message, A-to-z 48 h, chargeback 7 days, return 48 h, all calendar hours', () => {
    expect(DEFAULT_SLA_TARGETS.FIRST_RESPONSE).toMatchObject({ target: hours(24), hours: 'CALENDAR' });
    expect(DEFAULT_SLA_TARGETS.NEXT_RESPONSE).toMatchObject({ target: hours(24), hours: 'CALENDAR' });
    expect(DEFAULT_SLA_TARGETS.A_TO_Z_INFORMATION_REQUEST).toMatchObject({ target: hours(48), hours: 'CALENDAR' });
    expect(DEFAULT_SLA_TARGETS.CHARGEBACK_RESPONSE).toMatchObject({ target: days(7), hours: 'CALENDAR' });
    expect(DEFAULT_SLA_TARGETS.RETURN_REQUEST_RESPONSE).toMatchObject({ target: hours(48), hours: 'CALENDAR' });
    expect(validateSlaTargets(DEFAULT_SLA_TARGETS)).toEqual([]);
  });
});

describe('pickSlaPolicy', () => {
  const policies = [
    { id: 'org', storeId: null, channel: null },
    { id: 'claims', storeId: null, channel: 'A_TO_Z_CLAIM' as const },
    { id: 'de', storeId: 'de', channel: null },
    { id: 'de-claims', storeId: 'de', channel: 'A_TO_Z_CLAIM' as const },
  ];

  it('takes the most specific scope: store and channel, store, channel, organisation', () => {
    expect(pickSlaPolicy(policies, 'de', 'A_TO_Z_CLAIM')?.id).toBe('de-claims');
    expect(pickSlaPolicy(policies, 'de', 'BUYER_MESSAGE')?.id).toBe('de');
    expect(pickSlaPolicy(policies, 'uk', 'A_TO_Z_CLAIM')?.id).toBe('claims');
    expect(pickSlaPolicy(policies, 'uk', 'BUYER_MESSAGE')?.id).toBe('org');
    expect(pickSlaPolicy([], 'uk', 'BUYER_MESSAGE')).toBeUndefined();
  });
});

describe('calendarForTarget', () => {
  it('counts calendar hours round the clock and business hours on the team calendar or office hours in the store zone', () => {
    expect(calendarForTarget('CALENDAR', { kind: 'business', timeZone: 'UTC', weekly: { mon: [{ start: '09:00', end: '10:00' }] } }, 'UTC')).toBe(ALWAYS_OPEN);
    expect(calendarForTarget('BUSINESS', null, 'Europe/Berlin')).toMatchObject({ kind: 'business', timeZone: 'Europe/Berlin', weekly: { mon: [{ start: '09:00', end: '17:00' }] } });
  });
});

describe('validateSlaTargets', () => {
  const withFirstResponse = (change: object): SlaTargets => ({ ...DEFAULT_SLA_TARGETS, FIRST_RESPONSE: { ...DEFAULT_SLA_TARGETS.FIRST_RESPONSE!, ...change } });

  it.each([
    ['a zero target', { target: 0 }, 'FIRST_RESPONSE.target'],
    ['a warning at 100 %', { warning: { kind: 'elapsedShare', share: 1 } }, 'FIRST_RESPONSE.warning'],
    ['a warning further ahead than the target', { warning: { kind: 'beforeDue', ahead: hours(25) } }, 'FIRST_RESPONSE.warning'],
    ['two levels on the breach', { escalation: [{ level: 1, on: 'BREACH', actions: ['RAISE_PRIORITY'] }, { level: 2, on: 'BREACH', actions: ['NOTIFY_SUPERVISORS'] }] }, 'FIRST_RESPONSE.escalation'],
    ['a level without actions', { escalation: [{ level: 1, on: 'WARNING', actions: [] }] }, 'FIRST_RESPONSE.escalation'],
  ])('rejects %s', (_, change, field) => {
    expect(validateSlaTargets(withFirstResponse(change)).map((p) => p.field)).toContain(field);
  });

  it('accepts a switched-off target', () => {
    expect(validateSlaTargets({ ...DEFAULT_SLA_TARGETS, RESOLUTION: null })).toEqual([]);
  });
});
