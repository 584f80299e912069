import type { OrderFacts } from './amazon-facts';
import { computeShippingMetrics, isLateShipment } from './amazon-shipping';
import { at, days, hours, order } from './test-builders';
import { resolveHealthThresholds } from './thresholds';

const asOf = at('2025-06-30T00:00:00Z');

/** An MFN order due to ship `daysAgo` days before asOf, confirmed `lateBy` ms after its ship-by date. */
function shipped(id: string, daysAgo: number, lateBy = -hours(5), over: Partial<OrderFacts> = {}): OrderFacts {
  const latestShipDate = asOf - days(daysAgo);
  return order(id, latestShipDate - days(2), { latestShipDate, shipConfirmedAt: latestShipDate + lateBy, ...over });
}

describe('late shipment rate over 10 and 30 days', () => {
  // 100 orders due in the last 10 days (4 late) and 200 due 11–30 days ago (6 late).
  const orders = [
    ...Array.from({ length: 100 }, (_, i) => shipped(`r${i}`, 1 + (i % 9), i < 4 ? hours(3) : -hours(5))),
    ...Array.from({ length: 200 }, (_, i) => shipped(`o${i}`, 11 + (i % 19), i < 6 ? days(1) : -hours(5))),
  ];
  const m = computeShippingMetrics(orders, { asOf });

  it('puts the last 10 days at 4 of 100 = 4 %: on the red line, so BREACH', () => {
    expect(m.lateShipmentRate10d).toMatchObject({
      key: 'LATE_SHIPMENT_RATE_10D',
      fulfillmentChannel: 'MFN',
      numerator: 4,
      denominator: 100,
      value: 0.04,
      status: 'BREACH',
      defectBudget: 0,
      windowStart: at('2025-06-20T00:00:00Z'),
    });
  });

  it('puts the last 30 days at 10 of 300 = 3.3 %: WARNING, 1 more late order before 4 %', () => {
    expect(m.lateShipmentRate30d).toMatchObject({ numerator: 10, denominator: 300, status: 'WARNING', defectBudget: 1 });
  });

  it('is late one millisecond after the ship-by date, not at it', () => {
    expect(isLateShipment(shipped('a', 3, 0), asOf)).toBe(false);
    expect(isLateShipment(shipped('a', 3, 1), asOf)).toBe(true);
  });

  it('counts an order still unconfirmed past its ship-by date as late, but not one still within it', () => {
    expect(isLateShipment(shipped('a', 1, 0, { shipConfirmedAt: null }), asOf)).toBe(true);
    expect(isLateShipment(shipped('a', -1, 0, { shipConfirmedAt: null }), asOf)).toBe(false);
  });

  it('does not count a cancelled order as late', () => {
    const cancelled = shipped('a', 3, 0, { shipConfirmedAt: null, cancelledAt: asOf - days(1), cancelledBy: 'SELLER' });
    expect(isLateShipment(cancelled, asOf)).toBe(false);
  });

  it('leaves FBA orders out', () => {
    const result = computeShippingMetrics([shipped('afn', 2, days(2), { fulfillmentChannel: 'AFN' })], { asOf });
    expect(result.lateShipmentRate10d).toMatchObject({ denominator: 0, value: null, status: 'OK' });
  });

  it('can window by purchase date instead of ship-by date', () => {
    const thresholds = resolveHealthThresholds({ amazon: { lateShipmentDateBasis: 'PURCHASE_DATE' } });
    // Bought 11 days ago, due 9 days ago, shipped late: outside the 10-day window by purchase date.
    const late = shipped('a', 9, days(1));
    expect(computeShippingMetrics([late], { asOf }).lateShipmentRate10d.numerator).toBe(1);
    expect(computeShippingMetrics([late], { asOf, thresholds }).lateShipmentRate10d.denominator).toBe(0);
  });
});

describe('pre-fulfilment cancel rate over 7 days', () => {
  const day = asOf - days(3);
  const orders: OrderFacts[] = [
    ...Array.from({ length: 192 }, (_, i) => order(`ok${i}`, day)),
    ...Array.from({ length: 4 }, (_, i) =>
      order(`seller${i}`, day, { shipConfirmedAt: null, cancelledAt: day + hours(3), cancelledBy: 'SELLER' }),
    ),
    ...Array.from({ length: 3 }, (_, i) =>
      order(`buyer${i}`, day, { shipConfirmedAt: null, cancelledAt: day + hours(1), cancelledBy: 'BUYER' }),
    ),
    // Ship-confirmed, then "cancelled": a refund, not a cancellation.
    order('after-ship', day, { shipConfirmedAt: day + hours(2), cancelledAt: day + days(1), cancelledBy: 'SELLER' }),
  ];
  const cr = computeShippingMetrics(orders, { asOf }).preFulfillmentCancelRate;

  it('counts 4 seller cancels in 200 orders (2 %): WARNING, no room for a 5th (2.5 %)', () => {
    expect(cr).toMatchObject({ numerator: 4, denominator: 200, value: 0.02, status: 'WARNING', defectBudget: 0 });
  });

  it('excludes cancels the buyer requested, keeping those orders in the denominator', () => {
    expect(cr.denominator).toBe(200);
  });

  it('covers the last 7 days by order date', () => {
    const outside = order('old', asOf - days(7) - 1, { shipConfirmedAt: null, cancelledAt: asOf - days(1), cancelledBy: 'SELLER' });
    const inside = order('edge', asOf - days(7), { shipConfirmedAt: null, cancelledAt: asOf - days(1), cancelledBy: 'SELLER' });
    expect(computeShippingMetrics([outside, inside], { asOf }).preFulfillmentCancelRate).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
  });
});

describe('valid tracking rate', () => {
  const promised = asOf - days(10);
  const orders: OrderFacts[] = [
    ...Array.from({ length: 97 }, (_, i) => order(`t${i}`, promised - days(7), { promisedDeliveryAt: promised })),
    ...Array.from({ length: 3 }, (_, i) =>
      order(`u${i}`, promised - days(7), { promisedDeliveryAt: promised, hasValidTracking: false }),
    ),
    // Not shipped yet: not a package shipped and confirmed.
    order('unshipped', promised - days(7), { promisedDeliveryAt: promised, shipConfirmedAt: null, hasValidTracking: false }),
    // Promised 31 days ago: outside the 30-day window, though bought recently enough.
    order('early', asOf - days(35), { promisedDeliveryAt: asOf - days(31), hasValidTracking: false }),
  ];
  const vtr = computeShippingMetrics(orders, { asOf }).validTrackingRate;

  it('reads 97 of 100 shipped packages: OK, higher is better, 1 more untracked package before 95 %', () => {
    expect(vtr).toMatchObject({
      key: 'VALID_TRACKING_RATE',
      numerator: 97,
      denominator: 100,
      higherIsBetter: true,
      status: 'OK',
      defectBudget: 1,
    });
  });

  it('breaches at exactly 95 %, since the target is "above 95 %"', () => {
    const flipped = orders.map((o, i) => (i < 2 ? { ...o, hasValidTracking: false } : o));
    expect(computeShippingMetrics(flipped, { asOf }).validTrackingRate).toMatchObject({ value: 0.95, status: 'BREACH' });
  });

  it('warns just above 95 %: 97 of 102 is 95.1 %', () => {
    const extra = [1, 2].map((i) =>
      order(`x${i}`, promised - days(7), { promisedDeliveryAt: promised, hasValidTracking: false }),
    );
    expect(computeShippingMetrics([...orders, ...extra], { asOf }).validTrackingRate).toMatchObject({
      numerator: 97,
      denominator: 102,
      status: 'WARNING',
      defectBudget: 0,
    });
  });
});

describe('on-time delivery rate', () => {
  const promised = asOf - days(5);
  const base = { promisedDeliveryAt: promised, shipConfirmedAt: promised - days(4) };
  const orders: OrderFacts[] = [
    order('on-time', promised - days(6), { ...base, deliveredAt: promised }),
    order('late', promised - days(6), { ...base, deliveredAt: promised + 1 }),
    order('never', promised - days(6), { ...base, deliveredAt: null }),
    // Ship-confirmed after the promised date: not on time, whatever the carrier says.
    order('shipped-late', promised - days(6), { ...base, shipConfirmedAt: promised + hours(1), deliveredAt: promised }),
    // No valid tracking: outside OTDR's denominator.
    order('untracked', promised - days(6), { ...base, deliveredAt: promised, hasValidTracking: false }),
  ];

  it('counts 1 on time of the 4 tracked packages', () => {
    expect(computeShippingMetrics(orders, { asOf }).onTimeDeliveryRate).toMatchObject({
      key: 'ON_TIME_DELIVERY_RATE',
      numerator: 1,
      denominator: 4,
      status: 'BREACH',
      higherIsBetter: true,
    });
  });
});
