import { DAY_MS, HOUR_MS, isClaimDefect } from '../health';
import {
  appealRefusal,
  claimAppealDeadline,
  claimResponseDeadline,
  currentClaimDeadline,
  deskDecisionOf,
  nextClaimStatus,
  storedClaimDecision,
  type ClaimDeskDecision,
} from './claim-case';

const T0 = Date.UTC(2026, 10, 2, 9, 0);

describe('claim decisions as ODR reads them (DOMAIN.md §1.6 "Counted in ODR")', () => {
  it.each([
    ['FOR_SELLER', { decision: 'DECIDED_FOR_SELLER', fundedBy: null }, false],
    ['WITHDRAWN', { decision: 'WITHDRAWN', fundedBy: null }, false],
    ['FOR_BUYER_SELLER_FUNDED', { decision: 'GRANTED', fundedBy: 'SELLER' }, true],
    ['FOR_BUYER_AMAZON_FUNDED', { decision: 'GRANTED', fundedBy: 'AMAZON' }, true],
  ] as const)('%s is stored as %o and counts in ODR: %s', (desk, stored, counts) => {
    expect(storedClaimDecision(desk)).toEqual(stored);
    const claim = { orderId: 'o', kind: 'A_TO_Z' as const, openedAt: T0, status: 'CLOSED' as const, decision: stored.decision, decidedAt: T0 + DAY_MS };
    expect(isClaimDefect(claim, T0 + 2 * DAY_MS)).toBe(counts);
    expect(deskDecisionOf(stored)).toBe(desk);
  });

  it('reads marketplace decisions: refunds and cancellations after filing cost the seller', () => {
    expect(deskDecisionOf({ decision: 'REFUNDED_BY_SELLER', fundedBy: null })).toBe('FOR_BUYER_SELLER_FUNDED');
    expect(deskDecisionOf({ decision: 'ORDER_CANCELLED', fundedBy: null })).toBe('FOR_BUYER_SELLER_FUNDED');
    expect(deskDecisionOf({ decision: 'GRANTED', fundedBy: null })).toBe('FOR_BUYER_SELLER_FUNDED');
    expect(deskDecisionOf({ decision: null, fundedBy: null })).toBeNull();
  });
});

describe('case status: OPEN → RESPONDED → DECIDED, DECIDED → APPEALED → DECIDED', () => {
  it('moves along the lifecycle', () => {
    expect(nextClaimStatus('OPEN', 'RESPOND')).toBe('RESPONDED');
    expect(nextClaimStatus('RESPONDED', 'RESPOND')).toBe('RESPONDED');
    expect(nextClaimStatus('OPEN', 'DECIDE')).toBe('DECIDED');
    expect(nextClaimStatus('RESPONDED', 'DECIDE')).toBe('DECIDED');
    expect(nextClaimStatus('DECIDED', 'APPEAL')).toBe('APPEALED');
    expect(nextClaimStatus('APPEALED', 'DECIDE')).toBe('DECIDED');
  });
  it('refuses what does not follow', () => {
    expect(nextClaimStatus('DECIDED', 'DECIDE')).toBeNull();
    expect(nextClaimStatus('DECIDED', 'RESPOND')).toBeNull();
    expect(nextClaimStatus('APPEALED', 'RESPOND')).toBeNull();
    expect(nextClaimStatus('OPEN', 'APPEAL')).toBeNull();
    expect(nextClaimStatus('APPEALED', 'APPEAL')).toBeNull();
  });
});

describe('deadlines', () => {
  it('an A-to-z information request is answered within 48 hours ("Lifeline\'s decisions", §1.6.3)', () => {
    expect(claimResponseDeadline('A_TO_Z', T0)).toBe(T0 + 48 * HOUR_MS);
  });
  it('a chargeback within 7 calendar days of the e-mail (§1.7), weekends included', () => {
    expect(claimResponseDeadline('CHARGEBACK', T0)).toBe(T0 + 7 * DAY_MS);
  });
  it('the deadlines are settings', () => {
    expect(claimResponseDeadline('A_TO_Z', T0, { aToZInformationRequestHours: 72, chargebackResponseDays: 7, appealDays: 30 })).toBe(T0 + 72 * HOUR_MS);
  });

  const decided = (decision: ClaimDeskDecision, kind: 'A_TO_Z' | 'CHARGEBACK' = 'A_TO_Z') => ({
    kind,
    status: 'DECIDED' as const,
    decision,
    decidedAt: T0,
    appealedAt: null,
  });

  it('only a seller-funded grant of an A-to-z claim is appealable, within 30 days (§1.6.5)', () => {
    expect(claimAppealDeadline(decided('FOR_BUYER_SELLER_FUNDED'))).toBe(T0 + 30 * DAY_MS);
    expect(appealRefusal(decided('FOR_BUYER_SELLER_FUNDED'), T0 + 30 * DAY_MS)).toBeNull();
    expect(appealRefusal(decided('FOR_BUYER_SELLER_FUNDED'), T0 + 30 * DAY_MS + 1)).toBe('APPEAL_WINDOW_CLOSED');
    expect(appealRefusal(decided('FOR_BUYER_AMAZON_FUNDED'), T0 + DAY_MS)).toBe('NOT_A_SELLER_FUNDED_GRANT');
    expect(appealRefusal(decided('FOR_SELLER'), T0 + DAY_MS)).toBe('NOT_A_SELLER_FUNDED_GRANT');
    expect(appealRefusal(decided('WITHDRAWN'), T0 + DAY_MS)).toBe('NOT_A_SELLER_FUNDED_GRANT');
    expect(appealRefusal(decided('FOR_BUYER_SELLER_FUNDED', 'CHARGEBACK'), T0 + DAY_MS)).toBe('NOT_AN_A_TO_Z_CLAIM');
  });
  it('an undecided or already appealed claim is not appealable', () => {
    expect(appealRefusal({ ...decided('FOR_BUYER_SELLER_FUNDED'), status: 'OPEN', decision: null, decidedAt: null }, T0)).toBe('NOT_DECIDED');
    expect(appealRefusal({ ...decided('FOR_BUYER_SELLER_FUNDED'), appealedAt: T0 + DAY_MS }, T0 + 2 * DAY_MS)).toBe('ALREADY_APPEALED');
  });

  it('the deadline the desk works to: the response while open, the appeal while a grant can be appealed', () => {
    const respondBy = T0 + 48 * HOUR_MS;
    const base = { kind: 'A_TO_Z' as const, respondBy, decision: null, decidedAt: null, appealedAt: null };
    expect(currentClaimDeadline({ ...base, status: 'OPEN' })).toEqual({ kind: 'RESPONSE', at: respondBy });
    expect(currentClaimDeadline({ ...base, status: 'RESPONDED' })).toBeNull();
    expect(currentClaimDeadline({ ...base, status: 'DECIDED', decision: 'FOR_BUYER_SELLER_FUNDED', decidedAt: T0 })).toEqual({ kind: 'APPEAL', at: T0 + 30 * DAY_MS });
    expect(currentClaimDeadline({ ...base, status: 'DECIDED', decision: 'WITHDRAWN', decidedAt: T0 })).toBeNull();
    expect(currentClaimDeadline({ ...base, status: 'APPEALED', decision: 'FOR_BUYER_SELLER_FUNDED', decidedAt: T0, appealedAt: T0 + DAY_MS })).toBeNull();
    expect(currentClaimDeadline({ ...base, status: 'DECIDED', decision: 'FOR_BUYER_SELLER_FUNDED', decidedAt: T0, appealedAt: T0 + DAY_MS })).toBeNull();
  });
});
