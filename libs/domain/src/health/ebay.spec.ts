import {
  computeEbayFeedback,
  computeEbaySellerStandards,
  ebayLookback,
  ebaySellerLevel,
  isEbayLateShipment,
  type EbayFeedbackFacts,
  type EbayTransactionFacts,
} from './ebay';
import { at, days, ebayTransaction, hours } from './test-builders';

const asOf = at('2025-06-20T00:00:00Z'); // an evaluation day (DOMAIN.md §3)

/** `n` clean transactions spread over the last `spreadDays` days. */
function clean(n: number, spreadDays: number, prefix = 't'): EbayTransactionFacts[] {
  return Array.from({ length: n }, (_, i) => ebayTransaction(`${prefix}${i}`, asOf - days(1 + (i % spreadDays))));
}

describe('eBay seller standards: 500 transactions in the last 3 months', () => {
  const recent = asOf - days(20);
  const transactions = [
    ...clean(495, 80),
    ebayTransaction('oos1', recent, { buyerKey: 'b1', cancellation: 'SELLER_OUT_OF_STOCK' }),
    ebayTransaction('oos2', recent, { buyerKey: 'b2', cancellation: 'SELLER_CHOSE_NOT_TO_SEND' }),
    ebayTransaction('oos3', recent, { buyerKey: 'b3', cancellation: 'SELLER_OUT_OF_STOCK' }),
    ebayTransaction('case1', recent, { buyerKey: 'b3', caseOutcome: 'CLOSED_WITHOUT_SELLER_RESOLUTION' }),
    ebayTransaction('case2', recent, { buyerKey: 'b4', caseOutcome: 'CLOSED_WITHOUT_SELLER_RESOLUTION' }),
    // Not defects: the buyer asked to cancel; a case closed for the seller; a no-fault case.
    ebayTransaction('asked', recent, { cancellation: 'BUYER_REQUESTED' }),
    ebayTransaction('won', recent, { caseOutcome: 'CLOSED_FOR_SELLER' }),
    ebayTransaction('nofault', recent, { caseOutcome: 'NO_FAULT' }),
  ];
  const standards = computeEbaySellerStandards(transactions, { asOf });

  it('uses the 3-month look-back with ≥ 400 transactions in it', () => {
    expect(standards.lookbackMonths).toBe(3);
    expect(standards.transactionDefectRate.windowStart).toBe(at('2025-03-20T00:00:00Z'));
  });

  it('counts 5 defective transactions of 503 from 4 unique buyers: over 0.5 % and 3 buyers, so Top Rated is lost', () => {
    expect(standards.transactionDefectRate).toMatchObject({
      key: 'EBAY_TRANSACTION_DEFECT_RATE',
      numerator: 5,
      denominator: 503,
      defectsFromUniqueBuyers: 4,
      status: 'WARNING',
      redLine: 0.02,
    });
    // 2 % of 503 allows 10 defects: 5 more.
    expect(standards.transactionDefectRate.defectBudget).toBe(5);
  });

  it('counts 2 cases closed without seller resolution: 0.4 % but only 2 cases, so not over the line', () => {
    expect(standards.casesClosedWithoutSellerResolution).toMatchObject({ numerator: 2, status: 'OK', defectBudget: 0 });
  });

  it('rates the seller Above Standard because of the transaction defect rate', () => {
    expect(ebaySellerLevel(standards, { activeSince: asOf - days(400) }, { asOf })).toEqual({
      level: 'ABOVE_STANDARD',
      shortfalls: ['EBAY_TRANSACTION_DEFECT_RATE'],
    });
  });
});

describe('eBay look-back and levels', () => {
  it('falls back to 12 months with 399 transactions in the last 3', () => {
    const transactions = [...clean(399, 80), ebayTransaction('old', asOf - days(200))];
    expect(ebayLookback(transactions, { asOf }).months).toBe(12);
    expect(computeEbaySellerStandards(transactions, { asOf }).transactionDefectRate.denominator).toBe(400);
  });

  it('makes a clean seller with enough US sales and age Top Rated', () => {
    const standards = computeEbaySellerStandards(clean(120, 300), { asOf });
    expect(standards.usTransactions12m).toBe(120);
    expect(standards.usSalesUsd12m).toBe(3000);
    expect(ebaySellerLevel(standards, { activeSince: asOf - days(90) }, { asOf })).toEqual({ level: 'TOP_RATED', shortfalls: [] });
  });

  it('keeps a clean seller short of the Top Rated minimums Above Standard', () => {
    const standards = computeEbaySellerStandards(clean(30, 300), { asOf });
    expect(ebaySellerLevel(standards, { activeSince: asOf - days(89) }, { asOf })).toEqual({
      level: 'ABOVE_STANDARD',
      shortfalls: ['MIN_DAYS_ON_SITE', 'MIN_TXN_COUNT', 'MIN_GMV'],
    });
  });

  it('makes a seller Below Standard at over 2 % with 5 unique buyers, but not with 4', () => {
    const defects = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        ebayTransaction(`d${i}`, asOf - days(10), { buyerKey: `buyer${i}`, cancellation: 'SELLER_OUT_OF_STOCK' }),
      );
    const five = computeEbaySellerStandards([...clean(95, 300), ...defects(5)], { asOf });
    expect(five.transactionDefectRate).toMatchObject({ value: 0.05, status: 'BREACH' });
    expect(ebaySellerLevel(five, { activeSince: 0 }, { asOf }).level).toBe('BELOW_STANDARD');
    const four = computeEbaySellerStandards([...clean(96, 300), ...defects(4)], { asOf });
    expect(four.transactionDefectRate.status).toBe('WARNING');
    expect(ebaySellerLevel(four, { activeSince: 0 }, { asOf }).level).toBe('ABOVE_STANDARD');
  });
});

describe('eBay late shipment and tracking uploaded on time', () => {
  const t0 = asOf - days(30);

  it('is late when delivered after the estimate with no acceptance scan within handling time', () => {
    const late = ebayTransaction('a', t0, { deliveredAt: t0 + days(6), acceptanceScanAt: t0 + days(2) });
    expect(isEbayLateShipment(late, asOf)).toBe(true);
    const scannedInTime = { ...late, acceptanceScanAt: t0 + hours(20) };
    expect(isEbayLateShipment(scannedInTime, asOf)).toBe(false);
  });

  it('is late when the buyer confirms late delivery and there is no tracking', () => {
    const untracked = ebayTransaction('a', t0, { trackingUploadedAt: null, deliveredAt: null, buyerConfirmedLateDelivery: true });
    expect(isEbayLateShipment(untracked, asOf)).toBe(true);
    expect(isEbayLateShipment({ ...untracked, trackingUploadedAt: t0 + hours(3) }, asOf)).toBe(false);
  });

  it('counts tracking uploaded within handling time and validated, for US buyers only', () => {
    const standards = computeEbaySellerStandards(
      [
        ...clean(17, 60),
        ebayTransaction('slow', t0, { trackingUploadedAt: t0 + days(2) }),
        ebayTransaction('invalid', t0, { trackingValidated: false }),
        ebayTransaction('missing', t0, { trackingUploadedAt: null }),
        ebayTransaction('abroad', t0, { usBuyer: false, trackingUploadedAt: null }),
        ebayTransaction('not-due', asOf - hours(2), { trackingUploadedAt: null }),
      ],
      { asOf },
    );
    expect(standards.trackingUploadedOnTimeRate).toMatchObject({
      key: 'EBAY_TRACKING_UPLOADED_ON_TIME_RATE',
      numerator: 17,
      denominator: 20,
      higherIsBetter: true,
      status: 'WARNING',
    });
  });
});

describe('eBay feedback score and Positive Feedback %', () => {
  const monday = at('2025-06-02T17:00:00Z'); // Monday 10:00 PDT
  const fb = (id: string, buyerKey: string, rating: EbayFeedbackFacts['rating'], endedAt: number): EbayFeedbackFacts => ({
    feedbackId: id,
    buyerKey,
    rating,
    transactionEndedAt: endedAt,
    leftAt: endedAt + days(5),
  });

  it('leaves neutral out of the percentage: 8 positive, 2 neutral, 1 negative → 8 ÷ 9', () => {
    const list = [
      ...Array.from({ length: 8 }, (_, i) => fb(`p${i}`, `pos${i}`, 'POSITIVE', monday)),
      fb('n1', 'neu1', 'NEUTRAL', monday),
      fb('n2', 'neu2', 'NEUTRAL', monday),
      fb('x1', 'neg1', 'NEGATIVE', monday),
    ];
    const summary = computeEbayFeedback(list, { asOf });
    expect(summary.positiveFeedbackRate).toMatchObject({ numerator: 8, denominator: 9, higherIsBetter: true });
    expect(summary.positiveFeedbackRate.value).toBeCloseTo(0.8889, 4);
    expect(summary.feedbackScore).toBe(7);
    expect(summary.neutralCount).toBe(2);
  });

  it('counts a repeat buyer once for purchases in the same Pacific week, twice across weeks', () => {
    const sameWeek = [fb('a', 'repeat', 'POSITIVE', monday), fb('b', 'repeat', 'POSITIVE', monday + days(6))];
    expect(computeEbayFeedback(sameWeek, { asOf })).toMatchObject({ feedbackScore: 1, positiveCount: 1 });
    const nextWeek = [fb('a', 'repeat', 'POSITIVE', monday), fb('b', 'repeat', 'POSITIVE', monday + days(7))];
    expect(computeEbayFeedback(nextWeek, { asOf })).toMatchObject({ feedbackScore: 2, positiveCount: 2 });
  });

  it('keeps the latest rating when one buyer rates twice in a week', () => {
    const changed = [fb('a', 'repeat', 'POSITIVE', monday), { ...fb('b', 'repeat', 'NEGATIVE', monday + days(1)) }];
    expect(computeEbayFeedback(changed, { asOf })).toMatchObject({ feedbackScore: -1, negativeCount: 1, positiveCount: 0 });
  });

  it('counts only transactions ended in the last 12 months toward the percentage, all toward the score', () => {
    const list = [fb('old', 'a', 'NEGATIVE', asOf - days(400)), fb('new', 'b', 'POSITIVE', monday)];
    const summary = computeEbayFeedback(list, { asOf });
    expect(summary.positiveFeedbackRate).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    expect(summary.feedbackScore).toBe(0);
  });

  it('drops removed feedback', () => {
    const list = [{ ...fb('x', 'a', 'NEGATIVE', monday), removedAt: monday + days(9) }];
    expect(computeEbayFeedback(list, { asOf })).toMatchObject({ feedbackScore: 0, negativeCount: 0 });
  });
});
