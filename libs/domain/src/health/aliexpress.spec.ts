import fc from 'fast-check';
import {
  computeAliExpressDsr,
  computeAliExpressFeedback,
  countedAliExpressRatings,
  type AliExpressRatingFacts,
} from './aliexpress';
import { at, days } from './test-builders';

const asOf = at('2025-06-30T00:00:00Z');
const rating = (ratingId: string, buyerKey: string, stars: number, ratedAt: number, dsr?: AliExpressRatingFacts['dsr']) => ({
  ratingId,
  buyerKey,
  stars,
  ratedAt,
  dsr,
});

describe('AliExpress positive feedback over 6 months', () => {
  it('reads 45 positive and 5 negative ratings (3 neutral aside) as 90 %, score 40', () => {
    const d = asOf - days(30);
    const ratings = [
      ...Array.from({ length: 45 }, (_, i) => rating(`p${i}`, `p${i}`, i % 2 ? 5 : 4, d)),
      ...Array.from({ length: 5 }, (_, i) => rating(`n${i}`, `n${i}`, i % 2 ? 1 : 2, d)),
      ...Array.from({ length: 3 }, (_, i) => rating(`m${i}`, `m${i}`, 3, d)),
    ];
    const summary = computeAliExpressFeedback(ratings, { asOf });
    expect(summary.positiveFeedbackRate).toMatchObject({
      key: 'ALIEXPRESS_POSITIVE_FEEDBACK_RATE',
      marketplace: 'ALIEXPRESS',
      numerator: 45,
      denominator: 50,
      value: 0.9,
      windowStart: at('2024-12-30T00:00:00Z'),
    });
    expect(summary).toMatchObject({ feedbackScore: 40, neutralCount: 3 });
  });

  it('counts one buyer once within 10 days: a 5★ then a 1★ three days later is one positive', () => {
    const d = asOf - days(40);
    const summary = computeAliExpressFeedback([rating('a', 'buyer', 5, d), rating('b', 'buyer', 1, d + days(3))], { asOf });
    expect(summary).toMatchObject({ positiveCount: 1, negativeCount: 0, feedbackScore: 1 });
  });

  it('counts the same buyer again 10 days after the counted rating', () => {
    const d = asOf - days(40);
    const counted = countedAliExpressRatings(
      [
        rating('a', 'buyer', 5, d),
        rating('b', 'buyer', 5, d + days(9)),
        rating('c', 'buyer', 4, d + days(10)),
        rating('other', 'someone-else', 4, d + days(1)),
      ],
      { asOf },
    );
    expect(counted.map((r) => r.ratingId)).toEqual(['a', 'other', 'c']);
  });

  it('keeps ratings older than 6 months out of the percentage but in the score', () => {
    const summary = computeAliExpressFeedback(
      [rating('old', 'a', 1, asOf - days(200)), rating('new', 'b', 5, asOf - days(10))],
      { asOf },
    );
    expect(summary.positiveFeedbackRate).toMatchObject({ numerator: 1, denominator: 1 });
    expect(summary.feedbackScore).toBe(0);
  });

  it('never counts more ratings than were left, nor two from one buyer within 10 days', () => {
    const arb = fc.array(
      fc.record({ buyer: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 0, max: 60 }), stars: fc.integer({ min: 1, max: 5 }) }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const ratings = rows.map((r, i) => rating(`r${i}`, `b${r.buyer}`, r.stars, asOf - days(r.day)));
        const counted = countedAliExpressRatings(ratings, { asOf });
        expect(counted.length).toBeLessThanOrEqual(ratings.length);
        const last = new Map<string, number>();
        for (const r of counted) {
          const prev = last.get(r.buyerKey);
          if (prev !== undefined) expect(r.ratedAt - prev).toBeGreaterThanOrEqual(days(10));
          last.set(r.buyerKey, r.ratedAt);
        }
      }),
    );
  });
});

describe('AliExpress DSR averages', () => {
  it('averages each dimension over the scores given in the last 6 months', () => {
    const d = asOf - days(20);
    const dsr = computeAliExpressDsr(
      [
        rating('a', 'x', 5, d, { itemAsDescribed: 5, communication: 4, shippingSpeed: 3 }),
        rating('b', 'x', 5, d + days(1), { itemAsDescribed: 4, communication: null }),
        rating('c', 'y', 4, d, { itemAsDescribed: 3, shippingSpeed: 5 }),
        rating('old', 'z', 1, asOf - days(200), { itemAsDescribed: 1, communication: 1, shippingSpeed: 1 }),
        rating('none', 'w', 5, d),
      ],
      { asOf },
    );
    expect(dsr.itemAsDescribed).toEqual({ average: 4, count: 3 });
    expect(dsr.communication).toEqual({ average: 4, count: 1 });
    expect(dsr.shippingSpeed).toEqual({ average: 4, count: 2 });
  });

  it('has no average without scores', () => {
    expect(computeAliExpressDsr([], { asOf }).communication).toEqual({ average: null, count: 0 });
  });
});
