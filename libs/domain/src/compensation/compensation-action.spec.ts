import { costOf, percentOfMinor, validateCompensationOffer, type CompensationCostInput } from './compensation-action';

const onOrder = { currency: 'EUR', orderValueMinor: 4_999 };

describe('costOf', () => {
  it('partial refund by amount is the amount', () => {
    expect(costOf({ ...onOrder, kind: 'PARTIAL_REFUND', amountMinor: 1_500 })).toBe(1_500);
  });

  it('partial refund by percent rounds half up to the cent', () => {
    // 15 % of 49.99 = 7.4985 → 7.50
    expect(costOf({ ...onOrder, kind: 'PARTIAL_REFUND', percent: 15 })).toBe(750);
    // 10 % of 49.99 = 4.999 → 5.00
    expect(costOf({ ...onOrder, kind: 'PARTIAL_REFUND', percent: 10 })).toBe(500);
    expect(costOf({ currency: 'EUR', orderValueMinor: 1_000, kind: 'PARTIAL_REFUND', percent: 33.33 })).toBe(333);
  });

  it('partial refund by percent in JPY rounds to whole yen', () => {
    // 15 % of ¥3,333 = 499.95 → ¥500
    expect(costOf({ currency: 'JPY', orderValueMinor: 3_333, kind: 'PARTIAL_REFUND', percent: 15 })).toBe(500);
    expect(costOf({ currency: 'JPY', orderValueMinor: 3_333, kind: 'PARTIAL_REFUND', percent: 12.5 })).toBe(417);
  });

  it('full refund is the order value', () => {
    expect(costOf({ ...onOrder, kind: 'FULL_REFUND' })).toBe(4_999);
  });

  it('reshipment and replacement are item cost plus shipping', () => {
    expect(costOf({ ...onOrder, kind: 'RESHIPMENT', itemCostMinor: 1_800, shippingCostMinor: 450 })).toBe(2_250);
    expect(costOf({ ...onOrder, kind: 'REPLACEMENT', itemCostMinor: 1_800, shippingCostMinor: 0 })).toBe(1_800);
  });

  it('coupon and prepaid return label are their value', () => {
    expect(costOf({ ...onOrder, kind: 'COUPON', couponValueMinor: 500 })).toBe(500);
    expect(costOf({ ...onOrder, kind: 'PREPAID_RETURN_LABEL', labelCostMinor: 690 })).toBe(690);
  });

  it('percent maths stays exact where floats would not', () => {
    // 0.1 · 3 style error: 1.15 * 100 = 114.99999999999999 in floats
    expect(percentOfMinor(100, 1.15)).toBe(1);
    expect(percentOfMinor(10_000, 1.15)).toBe(115);
  });
});

describe('validateCompensationOffer', () => {
  const valid: CompensationCostInput[] = [
    { ...onOrder, kind: 'PARTIAL_REFUND', amountMinor: 1 },
    { ...onOrder, kind: 'PARTIAL_REFUND', percent: 100 },
    { ...onOrder, kind: 'FULL_REFUND' },
    { ...onOrder, kind: 'RESHIPMENT', itemCostMinor: 100, shippingCostMinor: 0 },
    { ...onOrder, kind: 'COUPON', couponValueMinor: 500 },
  ];
  it.each(valid)('accepts $kind', (offer) => {
    expect(validateCompensationOffer(offer)).toEqual([]);
  });

  it('rejects floats as minor units', () => {
    expect(validateCompensationOffer({ ...onOrder, kind: 'PARTIAL_REFUND', amountMinor: 12.5 })).toEqual(['NOT_WHOLE_MINOR_UNITS']);
    expect(validateCompensationOffer({ ...onOrder, orderValueMinor: 49.99, kind: 'FULL_REFUND' })).toEqual(['NOT_WHOLE_MINOR_UNITS']);
  });

  it('rejects a percent outside (0, 100] or with more than two decimals', () => {
    for (const percent of [0, -5, 101, 12.345]) {
      expect(validateCompensationOffer({ ...onOrder, kind: 'PARTIAL_REFUND', percent })).toEqual(['PERCENT_OUT_OF_RANGE']);
    }
  });

  it('rejects a partial refund above the order value, zero costs and bad currencies', () => {
    expect(validateCompensationOffer({ ...onOrder, kind: 'PARTIAL_REFUND', amountMinor: 5_000 })).toEqual(['EXCEEDS_ORDER_VALUE']);
    expect(validateCompensationOffer({ ...onOrder, kind: 'COUPON', couponValueMinor: 0 })).toEqual(['NOT_POSITIVE']);
    expect(validateCompensationOffer({ ...onOrder, kind: 'RESHIPMENT', itemCostMinor: 500, shippingCostMinor: -100 })).toEqual([
      'NOT_POSITIVE',
    ]);
    expect(validateCompensationOffer({ currency: 'eur', orderValueMinor: 100, kind: 'FULL_REFUND' })).toEqual(['UNKNOWN_CURRENCY']);
  });
});
