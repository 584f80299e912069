import type { BuyerMessageFacts } from '../health/amazon-facts';
import { hours } from './duration';
import { averageResponseTime } from './response-time';

const t0 = Date.parse('2026-03-01T00:00:00Z');
const message = (id: string, receivedH: number, replyH: number | null, change: Partial<BuyerMessageFacts> = {}): BuyerMessageFacts => ({
  messageId: id,
  receivedAt: t0 + hours(receivedH),
  firstReplyAt: replyH === null ? null : t0 + hours(replyH),
  autoReply: false,
  noResponseNeeded: false,
  ...change,
});

describe('averageResponseTime', () => {
  const window = { start: t0, end: t0 + hours(100) };

  it('averages the answered messages received in the window, leaving out unanswered and no-response-needed ones', () => {
    const messages = [message('a', 0, 2), message('b', 10, 14), message('c', 20, null), message('d', 30, 60, { noResponseNeeded: true }), message('e', 200, 201)];
    expect(averageResponseTime(messages, window, t0 + hours(150))).toBe(hours(3));
  });

  it('measures to the first reply by a person when the first reply was an auto-responder', () => {
    expect(averageResponseTime([message('a', 0, 0.01, { autoReply: true, firstManualReplyAt: t0 + hours(5) })], window, t0 + hours(150))).toBe(hours(5));
  });

  it('is null when nothing was answered yet', () => {
    expect(averageResponseTime([message('a', 0, null)], window, t0 + hours(1))).toBeNull();
  });
});
