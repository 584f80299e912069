import {
  COMPENSATION_AUTO_APPROVAL_REASON,
  COMPENSATION_STATES,
  COMPENSATION_TRANSITIONS,
  canEditCompensation,
  canTransitionCompensation,
  requestCompensation,
  reviewCompensation,
  type CompensationReviewInput,
} from './compensation-lifecycle';

describe('compensation states', () => {
  it('REQUESTED → APPROVED | REJECTED, APPROVED → EXECUTED | FAILED, the rest final', () => {
    const allowed = COMPENSATION_STATES.flatMap((from) =>
      COMPENSATION_STATES.filter((to) => canTransitionCompensation(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual(['REQUESTED→APPROVED', 'REQUESTED→REJECTED', 'APPROVED→EXECUTED', 'APPROVED→FAILED']);
    expect(COMPENSATION_TRANSITIONS.EXECUTED).toEqual([]);
  });

  it('cannot skip approval or come back from execution', () => {
    expect(canTransitionCompensation('REQUESTED', 'EXECUTED')).toBe(false);
    expect(canTransitionCompensation('EXECUTED', 'REQUESTED')).toBe(false);
    expect(canTransitionCompensation('REJECTED', 'APPROVED')).toBe(false);
  });

  it.each([
    ['REQUESTED', true],
    ['APPROVED', false],
    ['EXECUTED', false],
    ['REJECTED', false],
    ['FAILED', false],
  ] as const)('%s editable: %s', (state, editable) => {
    expect(canEditCompensation({ state })).toBe(editable);
  });
});

describe('requestCompensation', () => {
  it('within the limit: approved at once, both steps recorded, the second automatic', () => {
    const outcome = requestCompensation({ role: 'AGENT', currency: 'EUR', cost: 1_500, alreadyGrantedForOrder: 0, reason: 'Late parcel' });
    expect(outcome.state).toBe('APPROVED');
    expect(outcome.autoApproved).toBe(true);
    expect(outcome.changes).toEqual([
      { from: null, to: 'REQUESTED', automatic: false, reason: 'Late parcel' },
      { from: 'REQUESTED', to: 'APPROVED', automatic: true, reason: COMPENSATION_AUTO_APPROVAL_REASON },
    ]);
  });

  it('above the limit: waits in REQUESTED for a supervisor', () => {
    const outcome = requestCompensation({ role: 'AGENT', currency: 'EUR', cost: 1_500, alreadyGrantedForOrder: 1_500, reason: 'Second refund' });
    expect(outcome).toMatchObject({ state: 'REQUESTED', autoApproved: false, check: { totalMinor: 3_000, limitMinor: 2_000 } });
    expect(outcome.changes).toHaveLength(1);
  });

  it('an admin request is always approved at once', () => {
    expect(requestCompensation({ role: 'ADMIN', currency: 'JPY', cost: 1_000_000, alreadyGrantedForOrder: 0, reason: 'VIP' }).state).toBe('APPROVED');
  });
});

describe('reviewCompensation', () => {
  const pending: CompensationReviewInput = {
    state: 'REQUESTED',
    decision: 'APPROVE',
    reason: 'Buyer waited three weeks',
    reviewerRole: 'SUPERVISOR',
    reviewerId: 'sup-1',
    requestedBy: 'agent-1',
    currency: 'EUR',
    cost: 1_500,
    alreadyGrantedForOrder: 1_500,
  };

  it('a supervisor approves with a reason', () => {
    expect(reviewCompensation(pending)).toEqual({
      ok: true,
      change: { from: 'REQUESTED', to: 'APPROVED', automatic: false, reason: 'Buyer waited three weeks' },
    });
  });

  it('a supervisor rejects with a reason, whatever the amount', () => {
    expect(reviewCompensation({ ...pending, decision: 'REJECT', reason: 'Already refunded', cost: 900_000 })).toMatchObject({
      ok: true,
      change: { to: 'REJECTED', reason: 'Already refunded' },
    });
  });

  it('a reason is required either way', () => {
    expect(reviewCompensation({ ...pending, reason: '  ' })).toEqual({ ok: false, error: 'REASON_REQUIRED' });
    expect(reviewCompensation({ ...pending, decision: 'REJECT', reason: '' })).toEqual({ ok: false, error: 'REASON_REQUIRED' });
  });

  it('only a waiting request can be reviewed: an approved one cannot be re-approved or changed', () => {
    expect(reviewCompensation({ ...pending, state: 'APPROVED' })).toEqual({ ok: false, error: 'NOT_WAITING_FOR_APPROVAL' });
    expect(reviewCompensation({ ...pending, state: 'EXECUTED', decision: 'REJECT' })).toEqual({ ok: false, error: 'NOT_WAITING_FOR_APPROVAL' });
  });

  it('agents cannot review, supervisors cannot approve their own or beyond their limit', () => {
    expect(reviewCompensation({ ...pending, reviewerRole: 'AGENT' })).toEqual({ ok: false, error: 'ROLE_CANNOT_APPROVE' });
    expect(reviewCompensation({ ...pending, decision: 'REJECT', reviewerRole: 'AGENT' })).toEqual({ ok: false, error: 'ROLE_CANNOT_APPROVE' });
    expect(reviewCompensation({ ...pending, requestedBy: 'sup-1' })).toEqual({ ok: false, error: 'OWN_REQUEST' });
    expect(reviewCompensation({ ...pending, cost: 25_000 })).toEqual({ ok: false, error: 'OVER_APPROVER_LIMIT' });
    expect(reviewCompensation({ ...pending, cost: 25_000, reviewerRole: 'ADMIN', reviewerId: 'admin-1' }).ok).toBe(true);
  });
});
