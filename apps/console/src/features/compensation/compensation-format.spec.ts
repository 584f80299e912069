import type { CompensationReportRow } from '../../api/compensation.api';
import { approvalWarnAt, decimalToMinor, formatLimitList, isAboveLeft, monthlySeries, parseLimitList, reportCurrencies } from './compensation-format';

const row = (over: Partial<CompensationReportRow>): CompensationReportRow => ({
  storeId: 's1',
  storeName: 'Amazon DE',
  month: '2026-02',
  actions: 2,
  costs: [{ currency: 'EUR', cost: '10.00', costPerDefectAvoided: '10.00' }],
  defectsAvoided: 1,
  buyerSatisfied: 0,
  noEffect: 0,
  outcomePending: 1,
  ...over,
});

describe('compensation-format', () => {
  it('puts the approval warning at three quarters of the way to the deadline', () => {
    expect(approvalWarnAt('2026-03-01T10:00:00.000Z', '2026-03-01T14:00:00.000Z')).toBe('2026-03-01T13:00:00.000Z');
  });

  it('compares amounts as minor units, not floats', () => {
    expect(decimalToMinor('20.1')).toBe(2010);
    expect(decimalToMinor('20.001')).toBeNull();
    expect(isAboveLeft('5.01', '5.00')).toBe(true);
    expect(isAboveLeft('5', '5.00')).toBe(false);
    expect(isAboveLeft('500', null)).toBe(false);
    expect(isAboveLeft('abc', '5.00')).toBe(false);
  });

  it('adds stores per month in one currency and keeps months in order', () => {
    const rows = [
      row({ month: '2026-03' }),
      row({}),
      row({ storeId: 's2', storeName: 'Amazon UK', costs: [{ currency: 'GBP', cost: '7.00', costPerDefectAvoided: null }], defectsAvoided: 0 }),
      row({ storeId: 's3', costs: [{ currency: 'EUR', cost: '0.20', costPerDefectAvoided: null }], defectsAvoided: 2 }),
    ];
    expect(reportCurrencies(rows)).toEqual(['EUR', 'GBP']);
    expect(monthlySeries(rows, 'EUR')).toEqual([
      { month: '2026-02', cost: 10.2, defectsAvoided: 3, actions: 4 },
      { month: '2026-03', cost: 10, defectsAvoided: 1, actions: 2 },
    ]);
  });

  it('reads and writes a role’s limits as "EUR 20.00, USD 22.00"', () => {
    expect(parseLimitList('eur 20.00, USD 22;JPY 3500')).toEqual([
      { currency: 'EUR', amount: '20.00' },
      { currency: 'USD', amount: '22' },
      { currency: 'JPY', amount: '3500' },
    ]);
    expect(parseLimitList('')).toEqual([]);
    expect(parseLimitList('20 EUR')).toBeNull();
    expect(formatLimitList([{ currency: 'EUR', amount: '20.00' }, { currency: 'GBP', amount: '17.00' }])).toBe('EUR 20.00, GBP 17.00');
  });
});
