import { effectiveReplyAt } from '../health/amazon-customer-service';
import type { BuyerMessageFacts } from '../health/amazon-facts';
import { inWindow, type TimeWindow } from '../health/time';
import type { Duration, Instant } from './duration';

/**
 * Amazon's "Average Response Time" beside the late response rate (DOMAIN.md §1.3): the mean time from a
 * buyer message received in the window to the seller's first real reply, in calendar time. Messages marked
 * "no response needed" and messages not yet answered by `asOf` are left out; an auto-reply is no answer.
 * null when no message in the window has been answered.
 */
export function averageResponseTime(messages: readonly BuyerMessageFacts[], window: TimeWindow, asOf: Instant): Duration | null {
  let total = 0;
  let answered = 0;
  const seen = new Set<string>();
  for (const message of messages) {
    if (message.noResponseNeeded || seen.has(message.messageId) || !inWindow(message.receivedAt, window)) continue;
    seen.add(message.messageId);
    const reply = effectiveReplyAt(message);
    if (reply === null || reply > asOf) continue;
    total += Math.max(0, reply - message.receivedAt);
    answered++;
  }
  return answered === 0 ? null : total / answered;
}
