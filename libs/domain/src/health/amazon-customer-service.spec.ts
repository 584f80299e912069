import type { BuyerMessageFacts } from './amazon-facts';
import {
  classifyResponse,
  classifyReturnRequest,
  computeCustomerServiceDissatisfactionRate,
  computeLateResponseRates,
  computeReturnDissatisfactionRate,
} from './amazon-customer-service';
import { at, days, hours, message, returnRequest } from './test-builders';

const asOf = at('2025-06-30T00:00:00Z');

describe('late response rate: 24 calendar hours per buyer message', () => {
  const received = at('2025-06-27T18:00:00Z'); // a Friday evening: weekends count

  it('is on time at exactly 24 hours and late one millisecond after', () => {
    expect(classifyResponse(message('m', received, { firstReplyAt: received + hours(24) }), asOf, 24)).toBe('ON_TIME');
    expect(classifyResponse(message('m', received, { firstReplyAt: received + hours(24) + 1 }), asOf, 24)).toBe('LATE');
  });

  it('counts a weekend reply after 30 hours as late', () => {
    expect(classifyResponse(message('m', received, { firstReplyAt: received + hours(30) }), asOf, 24)).toBe('LATE');
  });

  it('does not accept an auto-reply as a response', () => {
    const auto = message('m', received, { firstReplyAt: received + 60_000, autoReply: true });
    expect(classifyResponse(auto, asOf, 24)).toBe('LATE');
    const thenHuman = { ...auto, firstManualReplyAt: received + hours(20) };
    expect(classifyResponse(thenHuman, asOf, 24)).toBe('ON_TIME');
  });

  it('excludes messages marked "no response needed"', () => {
    expect(classifyResponse(message('m', received, { firstReplyAt: null, noResponseNeeded: true }), asOf, 24)).toBe(
      'EXCLUDED',
    );
  });

  it('counts an unanswered message as late once 24 hours have passed, and leaves it out until then', () => {
    expect(classifyResponse(message('m', asOf - hours(25), { firstReplyAt: null }), asOf, 24)).toBe('LATE');
    expect(classifyResponse(message('m', asOf - hours(3), { firstReplyAt: null }), asOf, 24)).toBe('PENDING');
  });

  it('treats a reply sent after the date being computed as no reply yet', () => {
    expect(classifyResponse(message('m', asOf - hours(30), { firstReplyAt: asOf + 1 }), asOf, 24)).toBe('LATE');
  });

  describe('over 7, 30 and 90 days', () => {
    // 7 days: 20 messages, 1 late. 8–30 days: 40 more, 3 late, plus 2 "no response needed". 31–90 days:
    // 40 more, 6 late. One pending message from an hour ago.
    const messages: BuyerMessageFacts[] = [
      ...Array.from({ length: 20 }, (_, i) => message(`w${i}`, asOf - days(2 + (i % 5)), i === 0 ? { firstReplyAt: null } : {})),
      ...Array.from({ length: 40 }, (_, i) =>
        message(`m${i}`, asOf - days(8 + (i % 22)), i < 3 ? { firstReplyAt: asOf - days(8 + (i % 22)) + hours(26) } : {}),
      ),
      message('nrn1', asOf - days(10), { firstReplyAt: null, noResponseNeeded: true }),
      message('nrn2', asOf - days(12), { firstReplyAt: null, noResponseNeeded: true }),
      ...Array.from({ length: 40 }, (_, i) => message(`q${i}`, asOf - days(31 + (i % 58)), i < 6 ? { autoReply: true } : {})),
      message('pending', asOf - hours(1), { firstReplyAt: null }),
    ];
    const rates = computeLateResponseRates(messages, { asOf });

    it('reads 1 of 20 for 7 days (5 %, OK)', () => {
      expect(rates.lateResponseRate7d).toMatchObject({ key: 'LATE_RESPONSE_RATE_7D', numerator: 1, denominator: 20, status: 'OK' });
    });

    it('reads 4 of 60 for 30 days, without the "no response needed" messages', () => {
      expect(rates.lateResponseRate30d).toMatchObject({ numerator: 4, denominator: 60 });
    });

    it('reads 10 of 100 for 90 days: 10 % still meets "≥ 90 % within 24 h", as a WARNING with no budget left', () => {
      expect(rates.lateResponseRate90d).toMatchObject({ numerator: 10, denominator: 100, status: 'WARNING', defectBudget: 0 });
    });
  });
});

describe('return dissatisfaction rate', () => {
  const requested = asOf - days(10);

  it('marks a request negative for negative return feedback, a late response, or an invalid rejection', () => {
    const cls = (over: Parameters<typeof returnRequest>[2]) =>
      classifyReturnRequest(returnRequest('r', requested, over), asOf, 48);
    expect(cls({})).toBe('POSITIVE');
    expect(cls({ negativeReturnFeedback: true })).toBe('NEGATIVE');
    expect(cls({ firstActionAt: requested + hours(48) })).toBe('POSITIVE');
    expect(cls({ firstActionAt: requested + hours(48) + 1 })).toBe('NEGATIVE');
    expect(cls({ firstActionAt: null })).toBe('NEGATIVE');
    expect(cls({ rejected: true, inPolicy: true })).toBe('NEGATIVE');
    expect(cls({ rejected: true, inPolicy: false })).toBe('POSITIVE');
  });

  it('leaves a request out while its 48 hours are running', () => {
    expect(classifyReturnRequest(returnRequest('r', asOf - hours(5), { firstActionAt: null }), asOf, 48)).toBe('PENDING');
  });

  it('reads 3 negative of 40 requests: 7.5 %, OK, 0 more before 10 %', () => {
    const requests = [
      ...Array.from({ length: 37 }, (_, i) => returnRequest(`ok${i}`, requested)),
      returnRequest('fb', requested, { negativeReturnFeedback: true }),
      returnRequest('slow', requested, { firstActionAt: requested + hours(50) }),
      returnRequest('rejected', requested, { rejected: true }),
      returnRequest('pending', asOf - hours(2), { firstActionAt: null }),
      returnRequest('old', asOf - days(61)),
    ];
    expect(computeReturnDissatisfactionRate(requests, { asOf })).toMatchObject({
      key: 'RETURN_DISSATISFACTION_RATE',
      numerator: 3,
      denominator: 40,
      value: 0.075,
      status: 'OK',
      defectBudget: 0,
    });
  });
});

describe('customer service dissatisfaction rate', () => {
  it('counts the latest vote per order: a "No" changed to "Yes" is a "Yes"', () => {
    const d = asOf - days(5);
    const votes = [
      { orderId: 'a', solved: false, votedAt: d },
      { orderId: 'a', solved: true, votedAt: d + hours(1) },
      { orderId: 'b', solved: true, votedAt: d },
      { orderId: 'b', solved: false, votedAt: d + hours(2) },
      { orderId: 'c', solved: true, votedAt: d },
      { orderId: 'd', solved: true, votedAt: d },
      { orderId: 'e', solved: false, votedAt: asOf + 1 },
    ];
    expect(computeCustomerServiceDissatisfactionRate(votes, { asOf })).toMatchObject({
      numerator: 1,
      denominator: 4,
      value: 0.25,
      status: 'BREACH',
    });
  });
});
