import { avoidsDefect, compensationReport, type CompensationReportInput } from './report';

const action = (over: Partial<CompensationReportInput>): CompensationReportInput => ({ storeId: 'de', month: '2026-02', currency: 'EUR', costMinor: 1000, outcome: null, ...over });

describe('compensationReport', () => {
  it('adds cost per currency and counts feedback removed or revised, claims withdrawn and returns avoided as defects avoided', () => {
    const [row] = compensationReport([
      action({ costMinor: 1500, outcome: 'FEEDBACK_REMOVED' }),
      action({ costMinor: 500, outcome: 'CLAIM_WITHDRAWN' }),
      action({ costMinor: 1000, outcome: 'BUYER_SATISFIED' }),
      action({ costMinor: 2000, outcome: 'NO_EFFECT' }),
      action({ costMinor: 700, outcome: null }),
      action({ costMinor: 333, currency: 'GBP', outcome: 'RETURN_AVOIDED' }),
    ]);
    expect(row).toEqual({
      storeId: 'de',
      month: '2026-02',
      actions: 6,
      costs: [
        { currency: 'EUR', costMinor: 5700, costPerDefectAvoidedMinor: 1900 },
        { currency: 'GBP', costMinor: 333, costPerDefectAvoidedMinor: 111 },
      ],
      defectsAvoided: 3,
      buyerSatisfied: 1,
      noEffect: 1,
      outcomePending: 1,
    });
  });

  it('keeps stores and months apart, in order', () => {
    const rows = compensationReport([action({ month: '2026-03' }), action({ storeId: 'uk' }), action({ month: '2026-01' })]);
    expect(rows.map((r) => `${r.storeId} ${r.month}`)).toEqual(['de 2026-01', 'de 2026-03', 'uk 2026-02']);
  });

  it('has no cost per defect avoided when none was avoided', () => {
    expect(compensationReport([action({ outcome: 'NO_EFFECT' })])[0]!.costs[0]!.costPerDefectAvoidedMinor).toBeNull();
  });
});

describe('avoidsDefect', () => {
  it('is true for the four defect-avoiding outcomes only', () => {
    expect(['FEEDBACK_REMOVED', 'FEEDBACK_REVISED', 'CLAIM_WITHDRAWN', 'RETURN_AVOIDED'].every((o) => avoidsDefect(o as never))).toBe(true);
    expect(avoidsDefect('BUYER_SATISFIED')).toBe(false);
    expect(avoidsDefect(null)).toBe(false);
  });
});
