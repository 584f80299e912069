import { orderValueOf } from './order-value';

describe('orderValueOf', () => {
  it('adds the priced lines in the first line’s currency, in minor units', () => {
    expect(orderValueOf([{ price: 14.9, currency: 'EUR' }, { price: 0.1, currency: 'EUR' }, { price: 0.2, currency: 'EUR' }])).toEqual({ currency: 'EUR', valueMinor: 1520 });
  });
  it('leaves out lines without a price or in another currency', () => {
    expect(orderValueOf([{ price: null, currency: 'EUR' }, { price: 30, currency: 'GBP' }, { price: 12, currency: 'EUR' }])).toEqual({ currency: 'GBP', valueMinor: 3000 });
  });
  it('counts yen as whole units', () => {
    expect(orderValueOf([{ price: 1500, currency: 'JPY' }])).toEqual({ currency: 'JPY', valueMinor: 1500 });
  });
  it('is null for an order without prices', () => {
    expect(orderValueOf([])).toBeNull();
    expect(orderValueOf([{ price: null, currency: null }])).toBeNull();
  });
});
