import { formatAmount, formatMinor, reasonMessage, scoreLevel } from './risk-format';

describe('reasonMessage', () => {
  it('joins matched terms and names the key by code', () => {
    expect(reasonMessage({ code: 'A_TO_Z_INTENT', params: { matches: ['a bis z', 'garantieantrag'] } }, 'en')).toEqual({
      key: 'risk.reason.A_TO_Z_INTENT',
      values: { matches: 'a bis z, garantieantrag' },
    });
  });

  it('tells a late, still unshipped order from one shipped late', () => {
    expect(reasonMessage({ code: 'LATE_SHIPMENT', params: { days: 2, shipped: false } }, 'en').key).toBe('risk.reason.LATE_SHIPMENT_notShipped');
    expect(reasonMessage({ code: 'LATE_SHIPMENT', params: { days: 2, shipped: true } }, 'en')).toEqual({ key: 'risk.reason.LATE_SHIPMENT', values: { days: 2 } });
  });

  it('gives the tone in percent and the order value as money', () => {
    expect(reasonMessage({ code: 'NEGATIVE_TONE', params: { tone: 0.64, matches: ['kaputt*'] } }, 'en').values).toEqual({ tone: 64, matches: 'kaputt' });
    expect(reasonMessage({ code: 'HIGH_ORDER_VALUE', params: { amountMinor: 42900, currency: 'EUR' } }, 'en').values.amount).toBe('€429.00');
  });
});

describe('money', () => {
  it('formats minor units by the currency’s digits', () => {
    expect(formatMinor(4980, 'JPY', 'en')).toBe('¥4,980');
    expect(formatAmount('24.90', 'EUR', 'en')).toBe('€24.90');
    expect(formatAmount('24.90', null, 'en')).toBe('24.90');
  });
});

describe('scoreLevel', () => {
  it('bands scores around the threshold', () => {
    expect([95, 70, 40, 10].map((s) => scoreLevel(s))).toEqual(['critical', 'high', 'elevated', 'low']);
    expect(scoreLevel(70, 75)).toBe('elevated');
  });
});
