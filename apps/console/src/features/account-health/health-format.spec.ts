import { barScale, budgetSentence, formatLine, formatRate, groupMetrics, metricId, parseMetricId } from './health-format';

describe('account-health formatting', () => {
  it('shows a rate as a percentage in the UI language, two decimals below 10 %', () => {
    expect(formatRate(0.0086, 'en')).toBe('0.86%');
    expect(formatRate(0.0086, 'zh-CN')).toBe('0.86%');
    expect(formatRate(0.975, 'en')).toBe('97.5%');
    expect(formatRate(null, 'en')).toBe('—');
  });

  it('shows a line without trailing zeros', () => {
    expect(formatLine(0.01, 'en')).toBe('1%');
    expect(formatLine(0.008, 'en')).toBe('0.8%');
    expect(formatLine(0.025, 'en')).toBe('2.5%');
  });
});

describe('defect budget sentence', () => {
  it('says how many more defects the window absorbs before the red line', () => {
    expect(budgetSentence({ defectBudget: 3, redLine: 0.01, status: 'WARNING' })).toEqual({ key: 'accountHealth.budget.more', count: 3, line: 0.01 });
  });

  it('warns that the next defect crosses when the budget is spent', () => {
    expect(budgetSentence({ defectBudget: 0, redLine: 0.01, status: 'WARNING' })).toEqual({ key: 'accountHealth.budget.next', line: 0.01 });
  });

  it('says the metric is over the red line once breached', () => {
    expect(budgetSentence({ defectBudget: 0, redLine: 0.01, status: 'BREACH' })).toEqual({ key: 'accountHealth.budget.over', line: 0.01 });
  });

  it('says nothing without a red line or without volume', () => {
    expect(budgetSentence({ defectBudget: null, redLine: null, status: 'OK' })).toBeNull();
    expect(budgetSentence({ defectBudget: null, redLine: 0.01, status: 'OK' })).toBeNull();
  });
});

describe('metric grouping', () => {
  const m = (key: string, fulfillmentChannel: 'ALL' | 'MFN' | 'AFN' | null) => ({ key, fulfillmentChannel }) as Parameters<typeof groupMetrics>[0][number];

  it('groups order defects, shipping and customer service, overall before seller-fulfilled before FBA', () => {
    const groups = groupMetrics([
      m('LATE_RESPONSE_RATE_7D', null),
      m('ORDER_DEFECT_RATE', 'AFN'),
      m('ORDER_DEFECT_RATE', 'MFN'),
      m('ORDER_DEFECT_RATE', 'ALL'),
      m('A_TO_Z_CLAIM_RATE', 'MFN'),
      m('A_TO_Z_CLAIM_RATE', 'ALL'),
      m('LATE_SHIPMENT_RATE_10D', 'MFN'),
    ]);
    expect(groups.map((g) => [g.id, g.metrics.map(metricId)])).toEqual([
      ['orderDefects', ['ORDER_DEFECT_RATE.ALL', 'ORDER_DEFECT_RATE.MFN', 'ORDER_DEFECT_RATE.AFN', 'A_TO_Z_CLAIM_RATE.ALL']],
      ['shipping', ['LATE_SHIPMENT_RATE_10D.MFN']],
      ['customerService', ['LATE_RESPONSE_RATE_7D.-']],
    ]);
  });

  it("groups an eBay store's seller standards and feedback, and leaves out groups without metrics", () => {
    const groups = groupMetrics([m('EBAY_POSITIVE_FEEDBACK_RATE', null), m('EBAY_LATE_SHIPMENT_RATE', null), m('EBAY_TRANSACTION_DEFECT_RATE', null)]);
    expect(groups.map((g) => [g.id, g.metrics.map(metricId)])).toEqual([
      ['ebayStandards', ['EBAY_TRANSACTION_DEFECT_RATE.-', 'EBAY_LATE_SHIPMENT_RATE.-']],
      ['ebayFeedback', ['EBAY_POSITIVE_FEEDBACK_RATE.-']],
    ]);
    expect(groupMetrics([m('ALIEXPRESS_POSITIVE_FEEDBACK_RATE', null)])).toEqual([]);
  });

  it('round-trips a tile id through the URL', () => {
    expect(parseMetricId('ORDER_DEFECT_RATE.ALL')).toEqual({ key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL' });
    expect(parseMetricId('LATE_RESPONSE_RATE_7D.-')).toEqual({ key: 'LATE_RESPONSE_RATE_7D', fulfillmentChannel: null });
    expect(parseMetricId(null)).toBeNull();
  });
});

describe('tile bar', () => {
  it('puts the red line at 80 % of the bar and the value in proportion', () => {
    const scale = barScale({ value: 0.0086, warningAt: 0.008, redLine: 0.01, higherIsBetter: false });
    expect(scale.red).toBeCloseTo(0.8);
    expect(scale.warning).toBeCloseTo(0.64);
    expect(scale.value).toBeCloseTo(0.688);
  });

  it('keeps a value far past the red line inside the bar', () => {
    expect(barScale({ value: 0.05, warningAt: 0.008, redLine: 0.01, higherIsBetter: false }).value).toBeLessThanOrEqual(1);
  });
});
