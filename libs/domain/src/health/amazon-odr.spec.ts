import fc from 'fast-check';
import type { ClaimFacts, FeedbackFacts, OrderFacts } from './amazon-facts';
import { computeOrderDefectRate, isClaimDefect } from './amazon-odr';
import { DAY_MS } from './metric';
import { at, claim, days, feedback, order } from './test-builders';
import { resolveHealthThresholds } from './thresholds';

const asOf = at('2025-06-30T00:00:00Z');
const windowStart = asOf - days(60); // 2025-05-01T00:00Z

/** `n` orders spread over the 60-day window, the first `mfn` of them seller-fulfilled. */
function ordersInWindow(n: number, mfn: number): OrderFacts[] {
  return Array.from({ length: n }, (_, i) =>
    order(`o${i}`, windowStart + Math.floor((i * days(60)) / n), { fulfillmentChannel: i < mfn ? 'MFN' : 'AFN' }),
  );
}

describe('order defect rate: a seller with 1,000 orders in the last 60 days', () => {
  // 600 MFN (o0–o599) and 400 AFN (o600–o999). Nine orders have defects; o0 has both negative feedback and an
  // A-to-z claim. Negative feedback: o0, o1, o2, o3. A-to-z: o0, o4, o600, o601. Chargeback: o602, o603.
  const orders = ordersInWindow(1000, 600);
  const june = at('2025-06-15T00:00:00Z');
  const fb = ['o0', 'o1', 'o2', 'o3'].map((id) => feedback(id, 1, june));
  const claims = [
    ...['o0', 'o4', 'o600', 'o601'].map((id) => claim(id, 'A_TO_Z', june)),
    ...['o602', 'o603'].map((id) => claim(id, 'CHARGEBACK', june, { chargebackType: 'SERVICE' as const })),
  ];
  const report = computeOrderDefectRate({ orders, feedback: fb, claims }, { asOf });

  it('counts 9 defective orders out of 1,000: 0.9 %, past the 0.8 % warning line, not yet at 1 %', () => {
    const odr = report.all.orderDefectRate;
    expect(odr).toMatchObject({
      key: 'ORDER_DEFECT_RATE',
      fulfillmentChannel: 'ALL',
      numerator: 9,
      denominator: 1000,
      value: 0.009,
      warningAt: 0.008,
      redLine: 0.01,
      status: 'WARNING',
      windowStart: at('2025-05-01T00:00:00Z'),
      windowEnd: asOf,
    });
  });

  it('leaves no defect budget: the 10th defective order makes exactly 1 %, which is not "under 1 %"', () => {
    expect(report.all.orderDefectRate.defectBudget).toBe(0);
  });

  it('component counts sum to 10 while the ODR numerator is 9, on the same denominator', () => {
    const { negativeFeedbackRate, aToZClaimRate, chargebackRate } = report.all;
    expect([negativeFeedbackRate.numerator, aToZClaimRate.numerator, chargebackRate.numerator]).toEqual([4, 4, 2]);
    expect(negativeFeedbackRate.numerator + aToZClaimRate.numerator + chargebackRate.numerator).toBe(10);
    expect(negativeFeedbackRate.denominator).toBe(1000);
    expect(negativeFeedbackRate.value).toBe(0.004);
    expect(chargebackRate.status).toBe('OK');
  });

  it('splits MFN (5 of 600, 0.83 % WARNING) from AFN (4 of 400, exactly 1 % BREACH)', () => {
    expect(report.mfn.orderDefectRate).toMatchObject({ numerator: 5, denominator: 600, status: 'WARNING' });
    expect(report.mfn.orderDefectRate.defectBudget).toBe(0); // 6 of 600 = 1 %
    expect(report.afn.orderDefectRate).toMatchObject({ numerator: 4, denominator: 400, value: 0.01, status: 'BREACH' });
    expect(report.afn.orderDefectRate.defectBudget).toBe(0);
    expect(report.afn.aToZClaimRate).toMatchObject({ fulfillmentChannel: 'AFN', numerator: 2 });
  });

  it('gives a clean seller a budget: 2 defects in 1,000 orders → 7 more before 1 %', () => {
    const clean = computeOrderDefectRate(
      { orders, feedback: [feedback('o10', 2, june), feedback('o11', 1, june)], claims: [] },
      { asOf },
    );
    expect(clean.all.orderDefectRate).toMatchObject({ value: 0.002, status: 'OK', defectBudget: 7 });
  });
});

describe('order defect rate: which orders and defects count', () => {
  const june = at('2025-06-10T00:00:00Z');
  const odr = (orders: OrderFacts[], fb: FeedbackFacts[] = [], claims: ClaimFacts[] = []) =>
    computeOrderDefectRate({ orders, feedback: fb, claims }, { asOf }).all.orderDefectRate;

  it('counts an order once however many defects it has', () => {
    const result = odr(
      [order('a', june), order('b', june)],
      [feedback('a', 1, june), feedback('a', 2, june + 1)],
      [claim('a', 'A_TO_Z', june), claim('a', 'CHARGEBACK', june)],
    );
    expect(result).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('puts an order in the window by purchase date, not by the date of its feedback', () => {
    const result = odr(
      [order('first-ms', windowStart), order('before', windowStart - 1), order('at-end', asOf)],
      // All three get negative feedback inside the window.
      [feedback('first-ms', 1, june), feedback('before', 1, june), feedback('at-end', 1, asOf)],
    );
    // Purchased at the window's first millisecond: in. One millisecond earlier: out, though its feedback is
    // recent. Purchased at asOf: belongs to the next window.
    expect(result).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('counts feedback left today on an order bought 59 days ago, not feedback on an order from 61 days ago', () => {
    const result = odr(
      [order('recent', asOf - days(59)), order('old', asOf - days(61))],
      [feedback('recent', 1, asOf - 1), feedback('old', 1, asOf - days(50))],
    );
    expect(result).toMatchObject({ numerator: 1, denominator: 1 });
  });

  it('treats 1–2 stars as negative and 3 stars as not', () => {
    const result = odr(
      [order('one', june), order('two', june), order('three', june)],
      [feedback('one', 1, june), feedback('two', 2, june), feedback('three', 3, june)],
    );
    expect(result.numerator).toBe(2);
  });

  it('drops removed and struck-through feedback from ODR', () => {
    const result = odr(
      [order('removed', june), order('struck', june), order('kept', june)],
      [
        feedback('removed', 1, june, { removedAt: june + days(3) }),
        feedback('struck', 1, june, { struckThrough: true }),
        feedback('kept', 1, june),
      ],
    );
    expect(result.numerator).toBe(1);
  });

  it('still counts feedback whose removal came after the date being computed', () => {
    const result = odr([order('a', june)], [feedback('a', 1, june, { removedAt: asOf + DAY_MS })]);
    expect(result.numerator).toBe(1);
  });

  it('ignores defects that arrive after the date being computed', () => {
    const result = odr([order('a', june)], [feedback('a', 1, asOf + 1)], [claim('a', 'A_TO_Z', asOf + 1)]);
    expect(result.numerator).toBe(0);
  });

  it('removes A-to-z claims withdrawn by the buyer or decided for the seller', () => {
    const result = odr(
      [order('withdrawn', june), order('denied', june)],
      [],
      [
        claim('withdrawn', 'A_TO_Z', june, { status: 'CLOSED', decision: 'WITHDRAWN' }),
        claim('denied', 'A_TO_Z', june, { status: 'CLOSED', decision: 'DECIDED_FOR_SELLER' }),
      ],
    );
    expect(result.numerator).toBe(0);
  });

  it('keeps claims that are open, granted, refunded by the seller after filing, or on a cancelled order', () => {
    const ids = ['open', 'granted', 'refunded', 'cancelled'];
    const result = odr(
      ids.map((id) => order(id, june)),
      [],
      [
        claim('open', 'A_TO_Z', june),
        claim('granted', 'A_TO_Z', june, { status: 'CLOSED', decision: 'GRANTED' }),
        claim('refunded', 'A_TO_Z', june, { status: 'CLOSED', decision: 'REFUNDED_BY_SELLER' }),
        claim('cancelled', 'A_TO_Z', june, { status: 'CLOSED', decision: 'ORDER_CANCELLED' }),
      ],
    );
    expect(result.numerator).toBe(4);
  });

  it('still counts a claim whose favourable decision came after the date being computed', () => {
    const c = claim('a', 'A_TO_Z', june, { status: 'CLOSED', decision: 'DECIDED_FOR_SELLER', decidedAt: asOf + 1 });
    expect(isClaimDefect(c, asOf)).toBe(true);
    expect(isClaimDefect(c, asOf + 1)).toBe(false);
  });

  it('leaves out fraud chargebacks and delivery claims protected by Buy Shipping', () => {
    const result = odr(
      [order('fraud', june), order('buy-shipping', june)],
      [],
      [
        claim('fraud', 'CHARGEBACK', june, { chargebackType: 'FRAUD' }),
        claim('buy-shipping', 'A_TO_Z', june, { buyShippingProtected: true }),
      ],
    );
    expect(result.numerator).toBe(0);
  });

  it('ignores defects on orders it does not know and counts a repeated order row once', () => {
    const result = odr([order('a', june), order('a', june)], [feedback('unknown', 1, june)]);
    expect(result).toMatchObject({ numerator: 0, denominator: 1, status: 'OK', defectBudget: 0 });
  });

  it('reports no value and no budget when there are no orders', () => {
    expect(odr([])).toMatchObject({ value: null, numerator: 0, denominator: 0, status: 'OK', defectBudget: null });
  });

  it('uses overridden lines and windows', () => {
    const thresholds = resolveHealthThresholds({ metrics: { ORDER_DEFECT_RATE: { windowDays: 90, warningAt: 0.005 } } });
    const report = computeOrderDefectRate(
      { orders: [order('old', asOf - days(80)), ...ordersInWindow(199, 199)], feedback: [feedback('old', 1, june)], claims: [] },
      { asOf, thresholds },
    );
    expect(report.all.orderDefectRate).toMatchObject({ numerator: 1, denominator: 200, status: 'WARNING', redLine: 0.01 });
    expect(report.all.orderDefectRate.windowStart).toBe(asOf - days(90));
  });
});

describe('order defect rate properties', () => {
  const arbitraryInput = fc
    .record({
      orders: fc.array(
        fc.record({ id: fc.integer({ min: 0, max: 40 }), day: fc.integer({ min: -10, max: 70 }), afn: fc.boolean() }),
        { maxLength: 60 },
      ),
      feedback: fc.array(
        fc.record({ id: fc.integer({ min: 0, max: 45 }), rating: fc.integer({ min: 1, max: 5 }), removed: fc.boolean() }),
        { maxLength: 40 },
      ),
      claims: fc.array(
        fc.record({
          id: fc.integer({ min: 0, max: 45 }),
          kind: fc.constantFrom('A_TO_Z' as const, 'CHARGEBACK' as const),
          decision: fc.constantFrom(null, 'GRANTED' as const, 'WITHDRAWN' as const, 'REFUNDED_BY_SELLER' as const),
        }),
        { maxLength: 40 },
      ),
    })
    .map(({ orders, feedback: fbs, claims }) => ({
      orders: orders.map((o) =>
        order(`o${o.id}`, asOf - days(o.day), { fulfillmentChannel: o.afn ? ('AFN' as const) : ('MFN' as const) }),
      ),
      feedback: fbs.map((f) => feedback(`o${f.id}`, f.rating, asOf - 1, { removedAt: f.removed ? asOf - 1 : null })),
      claims: claims.map((c) => claim(`o${c.id}`, c.kind, asOf - 1, { decision: c.decision })),
    }));

  it('never counts more defective orders than component counts, nor than orders; never fewer than any component', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const report = computeOrderDefectRate(input, { asOf });
        for (const b of [report.all, report.mfn, report.afn]) {
          const n = b.orderDefectRate.numerator;
          const parts = [b.negativeFeedbackRate, b.aToZClaimRate, b.chargebackRate].map((m) => m.numerator);
          expect(n).toBeLessThanOrEqual(parts[0] + parts[1] + parts[2]);
          expect(n).toBeLessThanOrEqual(b.orderDefectRate.denominator);
          expect(n).toBeGreaterThanOrEqual(Math.max(...parts));
        }
      }),
    );
  });

  it('adds MFN and AFN up to the overall figure', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const { all, mfn, afn } = computeOrderDefectRate(input, { asOf });
        expect(all.orderDefectRate.numerator).toBe(mfn.orderDefectRate.numerator + afn.orderDefectRate.numerator);
        expect(all.orderDefectRate.denominator).toBe(mfn.orderDefectRate.denominator + afn.orderDefectRate.denominator);
      }),
    );
  });

  it('does not depend on the order records arrive in', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const reversed = {
          orders: [...input.orders].reverse(),
          feedback: [...input.feedback].reverse(),
          claims: [...input.claims].reverse(),
        };
        const a = computeOrderDefectRate(input, { asOf }).all.orderDefectRate;
        const b = computeOrderDefectRate(reversed, { asOf }).all.orderDefectRate;
        expect(b.numerator).toBe(a.numerator);
        expect(b.denominator).toBe(a.denominator);
      }),
    );
  });
});

describe('order defect rate at volume', () => {
  it('computes 100,000 orders with 5,000 feedback and 2,000 claims quickly', () => {
    const orders = ordersInWindow(100_000, 70_000);
    const fb = Array.from({ length: 5000 }, (_, i) => feedback(`o${i * 20}`, (i % 5) + 1, asOf - 1));
    const claims = Array.from({ length: 2000 }, (_, i) => claim(`o${i * 37}`, i % 3 ? 'A_TO_Z' : 'CHARGEBACK', asOf - 1));
    const started = performance.now();
    const report = computeOrderDefectRate({ orders, feedback: fb, claims }, { asOf });
    expect(performance.now() - started).toBeLessThan(500);
    expect(report.all.orderDefectRate.denominator).toBe(100_000);
  });
});
