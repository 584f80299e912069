import fc from 'fast-check';
import {
  DEFAULT_COMPENSATION_LIMITS,
  checkCompensationLimit,
  compensationApprovalRefusal,
  compensationGrantedForOrder,
  compensationLimitFor,
  compensationNeedsApproval,
  validateCompensationLimits,
  type CompensationLimits,
  type GrantedCompensation,
} from './limits';

describe('compensation limits', () => {
  it('defaults: agent 20 EUR, supervisor 200 EUR, admin unlimited, with USD, GBP and JPY', () => {
    expect(compensationLimitFor('AGENT', 'EUR')).toBe(2_000);
    expect(compensationLimitFor('SUPERVISOR', 'EUR')).toBe(20_000);
    expect(compensationLimitFor('ADMIN', 'EUR')).toBeNull();
    for (const currency of ['USD', 'GBP', 'JPY']) {
      expect(compensationLimitFor('AGENT', currency)).toBeGreaterThan(0);
      expect(compensationLimitFor('SUPERVISOR', currency)).toBeGreaterThan(compensationLimitFor('AGENT', currency) ?? 0);
    }
    expect(validateCompensationLimits(DEFAULT_COMPENSATION_LIMITS)).toEqual([]);
  });

  it('a currency with no limit for the role means every amount needs approval', () => {
    expect(compensationLimitFor('AGENT', 'SEK')).toBe(0);
    expect(compensationNeedsApproval({ role: 'AGENT', currency: 'SEK', cost: 1, alreadyGrantedForOrder: 0 })).toBe(true);
    expect(compensationNeedsApproval({ role: 'ADMIN', currency: 'SEK', cost: 10_000_000, alreadyGrantedForOrder: 0 })).toBe(false);
  });

  it('an agent may grant up to the limit, not a cent more', () => {
    expect(compensationNeedsApproval({ role: 'AGENT', currency: 'EUR', cost: 2_000, alreadyGrantedForOrder: 0 })).toBe(false);
    expect(compensationNeedsApproval({ role: 'AGENT', currency: 'EUR', cost: 2_001, alreadyGrantedForOrder: 0 })).toBe(true);
  });

  it('anti-splitting: the second 15 EUR refund on one order needs approval', () => {
    const first = checkCompensationLimit({ role: 'AGENT', currency: 'EUR', cost: 1_500, alreadyGrantedForOrder: 0 });
    expect(first).toEqual({ needsApproval: false, limitMinor: 2_000, totalMinor: 1_500, headroomMinor: 2_000 });
    const granted: GrantedCompensation[] = [{ id: 'c1', currency: 'EUR', costMinor: 1_500, state: 'APPROVED' }];
    const second = checkCompensationLimit({
      role: 'AGENT',
      currency: 'EUR',
      cost: 1_500,
      alreadyGrantedForOrder: compensationGrantedForOrder(granted, 'EUR'),
    });
    expect(second).toEqual({ needsApproval: true, limitMinor: 2_000, totalMinor: 3_000, headroomMinor: 500 });
  });

  it('counts pending, approved, executed and failed compensation; not rejected, other currencies or the edited action', () => {
    const onOrder: GrantedCompensation[] = [
      { id: 'a', currency: 'EUR', costMinor: 100, state: 'REQUESTED' },
      { id: 'b', currency: 'EUR', costMinor: 200, state: 'APPROVED' },
      { id: 'c', currency: 'EUR', costMinor: 400, state: 'EXECUTED' },
      { id: 'd', currency: 'EUR', costMinor: 800, state: 'FAILED' },
      { id: 'e', currency: 'EUR', costMinor: 1_600, state: 'REJECTED' },
      { id: 'f', currency: 'GBP', costMinor: 3_200, state: 'APPROVED' },
    ];
    expect(compensationGrantedForOrder(onOrder, 'EUR')).toBe(1_500);
    expect(compensationGrantedForOrder(onOrder, 'eur', 'a')).toBe(1_400);
    expect(compensationGrantedForOrder(onOrder, 'GBP')).toBe(3_200);
  });

  it('no split of any size gets an agent past the limit without approval', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 10 }), (costs) => {
        // Grant each piece in turn, as the desk would, counting what went before.
        let granted = 0;
        let grantedWithoutApproval = 0;
        for (const cost of costs) {
          if (!compensationNeedsApproval({ role: 'AGENT', currency: 'EUR', cost, alreadyGrantedForOrder: granted })) grantedWithoutApproval += cost;
          granted += cost;
        }
        expect(grantedWithoutApproval).toBeLessThanOrEqual(2_000);
      }),
      { numRuns: 500 },
    );
  });

  it('uses edited limits', () => {
    const limits: CompensationLimits = { AGENT: { EUR: 5_000 }, SUPERVISOR: 'UNLIMITED', ADMIN: 'UNLIMITED' };
    expect(compensationNeedsApproval({ role: 'AGENT', currency: 'EUR', cost: 4_000, alreadyGrantedForOrder: 0, limits })).toBe(false);
    expect(compensationLimitFor('AGENT', 'USD', limits)).toBe(0);
  });

  it('validates edited limits', () => {
    expect(validateCompensationLimits({ AGENT: { EUR: 12.5, eur: 100 }, SUPERVISOR: { USD: -1 }, ADMIN: 'UNLIMITED' })).toEqual([
      'AGENT.EUR: must be whole minor units ≥ 0',
      'AGENT.eur: not an ISO 4217 code',
      'SUPERVISOR.USD: must be whole minor units ≥ 0',
    ]);
  });
});

describe('who may approve', () => {
  const request = { requestedBy: 'agent-1', currency: 'EUR', cost: 3_000, alreadyGrantedForOrder: 0 };

  it('a supervisor approves what is within the supervisor limit', () => {
    expect(compensationApprovalRefusal({ ...request, approverRole: 'SUPERVISOR', approverId: 'sup-1' })).toBeNull();
  });

  it('an agent cannot approve', () => {
    expect(compensationApprovalRefusal({ ...request, approverRole: 'AGENT', approverId: 'agent-2' })).toBe('ROLE_CANNOT_APPROVE');
  });

  it('nobody approves their own request', () => {
    expect(compensationApprovalRefusal({ ...request, requestedBy: 'sup-1', approverRole: 'SUPERVISOR', approverId: 'sup-1' })).toBe('OWN_REQUEST');
  });

  it('above the supervisor limit only an admin approves, counting the whole order', () => {
    const big = { ...request, cost: 5_000, alreadyGrantedForOrder: 16_000 };
    expect(compensationApprovalRefusal({ ...big, approverRole: 'SUPERVISOR', approverId: 'sup-1' })).toBe('OVER_APPROVER_LIMIT');
    expect(compensationApprovalRefusal({ ...big, approverRole: 'ADMIN', approverId: 'admin-1' })).toBeNull();
  });
});
