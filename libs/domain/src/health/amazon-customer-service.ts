// Customer-service metrics: late response rate (7/30/90 days), return dissatisfaction rate, customer service
// dissatisfaction rate (DOMAIN.md §1.3, §6).
import type { BuyerMessageFacts, ReturnRequestFacts, ServiceSurveyVoteFacts } from './amazon-facts';
import { happened, thresholdsOf, type HealthContext } from './context';
import { HOUR_MS, type EpochMs, type MetricKey, type MetricResult } from './metric';
import { buildMetricResult } from './status';
import { inWindow, policyWindow, type TimeWindow } from './time';

/** The reply that counts: an auto-responder is not a response (DOMAIN.md §1.3). */
export function effectiveReplyAt(message: BuyerMessageFacts): EpochMs | null {
  if (!message.autoReply) return message.firstReplyAt;
  return message.firstManualReplyAt ?? null;
}

export type ResponseOutcome = 'EXCLUDED' | 'PENDING' | 'ON_TIME' | 'LATE';

/**
 * Per buyer message, in calendar hours, weekends and holidays included (DOMAIN.md §1.3, §6). EXCLUDED: marked
 * "no response needed". PENDING: unanswered but its 24 hours have not run out; it stays out of the metric
 * until they do. LATE: answered after 24 h, or still unanswered 24 h after it arrived ("No response").
 */
export function classifyResponse(message: BuyerMessageFacts, asOf: EpochMs, responseHours: number): ResponseOutcome {
  if (message.noResponseNeeded) return 'EXCLUDED';
  const deadline = message.receivedAt + responseHours * HOUR_MS;
  const reply = effectiveReplyAt(message);
  if (happened(reply, asOf)) return reply <= deadline ? 'ON_TIME' : 'LATE';
  return asOf > deadline ? 'LATE' : 'PENDING';
}

export interface LateResponseRates {
  lateResponseRate7d: MetricResult;
  lateResponseRate30d: MetricResult;
  lateResponseRate90d: MetricResult;
}

/** Late Response Rate = late messages ÷ messages due, by the date received (DOMAIN.md §1.3). */
export function computeLateResponseRates(messages: readonly BuyerMessageFacts[], ctx: HealthContext): LateResponseRates {
  const thresholds = thresholdsOf(ctx);
  const keys = ['LATE_RESPONSE_RATE_7D', 'LATE_RESPONSE_RATE_30D', 'LATE_RESPONSE_RATE_90D'] as const;
  const windows = keys.map((key) => policyWindow(ctx.asOf, thresholds.metrics[key]));
  const numerators = [0, 0, 0];
  const denominators = [0, 0, 0];
  const seen = new Set<string>();
  for (const message of messages) {
    if (message.receivedAt > ctx.asOf || seen.has(message.messageId)) continue;
    seen.add(message.messageId);
    let outcome: ResponseOutcome | undefined;
    for (let w = 0; w < windows.length; w++) {
      if (!inWindow(message.receivedAt, windows[w])) continue;
      outcome ??= classifyResponse(message, ctx.asOf, thresholds.amazon.responseHours);
      if (outcome === 'EXCLUDED' || outcome === 'PENDING') break;
      denominators[w]++;
      if (outcome === 'LATE') numerators[w]++;
    }
  }
  const result = (w: number): MetricResult =>
    buildMetricResult({
      key: keys[w],
      marketplace: 'AMAZON',
      fulfillmentChannel: null,
      numerator: numerators[w],
      denominator: denominators[w],
      window: windows[w],
      policy: thresholds.metrics[keys[w]],
    });
  return { lateResponseRate7d: result(0), lateResponseRate30d: result(1), lateResponseRate90d: result(2) };
}

export type ReturnOutcome = 'PENDING' | 'POSITIVE' | 'NEGATIVE';

/**
 * Negative if any of: Negative Return Feedback; no authorise / refund / close within 48 hours; in-policy
 * request rejected (DOMAIN.md §1.3 RDR). A request with none of these whose 48 hours are still running is
 * PENDING and stays out of the metric until decided.
 */
export function classifyReturnRequest(request: ReturnRequestFacts, asOf: EpochMs, responseHours: number): ReturnOutcome {
  if (request.negativeReturnFeedback) return 'NEGATIVE';
  if (request.rejected && request.inPolicy) return 'NEGATIVE';
  const deadline = request.requestedAt + responseHours * HOUR_MS;
  if (happened(request.firstActionAt, asOf)) return request.firstActionAt <= deadline ? 'POSITIVE' : 'NEGATIVE';
  return asOf > deadline ? 'NEGATIVE' : 'PENDING';
}

function windowFor(key: MetricKey, ctx: HealthContext): TimeWindow {
  return policyWindow(ctx.asOf, thresholdsOf(ctx).metrics[key]);
}

/** RDR = negative return requests ÷ return requests, by request date (DOMAIN.md §1.3). */
export function computeReturnDissatisfactionRate(
  requests: readonly ReturnRequestFacts[],
  ctx: HealthContext,
): MetricResult {
  const thresholds = thresholdsOf(ctx);
  const window = windowFor('RETURN_DISSATISFACTION_RATE', ctx);
  let negative = 0;
  let total = 0;
  const seen = new Set<string>();
  for (const request of requests) {
    if (!inWindow(request.requestedAt, window) || request.requestedAt > ctx.asOf || seen.has(request.returnId)) {
      continue;
    }
    seen.add(request.returnId);
    const outcome = classifyReturnRequest(request, ctx.asOf, thresholds.amazon.returnResponseHours);
    if (outcome === 'PENDING') continue;
    total++;
    if (outcome === 'NEGATIVE') negative++;
  }
  return buildMetricResult({
    key: 'RETURN_DISSATISFACTION_RATE',
    marketplace: 'AMAZON',
    fulfillmentChannel: null,
    numerator: negative,
    denominator: total,
    window,
    policy: thresholds.metrics.RETURN_DISSATISFACTION_RATE,
  });
}

/**
 * CSDR = "No" votes ÷ survey responses, the latest vote per order counting (DOMAIN.md §1.3). An order is in
 * the window by the date of its latest vote (window [U]; default in thresholds).
 */
export function computeCustomerServiceDissatisfactionRate(
  votes: readonly ServiceSurveyVoteFacts[],
  ctx: HealthContext,
): MetricResult {
  const thresholds = thresholdsOf(ctx);
  const window = windowFor('CUSTOMER_SERVICE_DISSATISFACTION_RATE', ctx);
  const latest = new Map<string, ServiceSurveyVoteFacts>();
  for (const vote of votes) {
    if (vote.votedAt > ctx.asOf) continue;
    const prev = latest.get(vote.orderId);
    if (!prev || vote.votedAt >= prev.votedAt) latest.set(vote.orderId, vote);
  }
  let no = 0;
  let total = 0;
  for (const vote of latest.values()) {
    if (!inWindow(vote.votedAt, window)) continue;
    total++;
    if (!vote.solved) no++;
  }
  return buildMetricResult({
    key: 'CUSTOMER_SERVICE_DISSATISFACTION_RATE',
    marketplace: 'AMAZON',
    fulfillmentChannel: null,
    numerator: no,
    denominator: total,
    window,
    policy: thresholds.metrics.CUSTOMER_SERVICE_DISSATISFACTION_RATE,
  });
}
