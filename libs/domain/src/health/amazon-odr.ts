// Order Defect Rate and its three components, overall and per channel (DOMAIN.md §1.1, §1.5–§1.7, §6).
import type { ClaimFacts, FeedbackFacts, OrderFacts } from './amazon-facts';
import { happened, thresholdsOf, type HealthContext } from './context';
import type { ChannelScope, EpochMs, MetricKey, MetricResult } from './metric';
import { buildMetricResult } from './status';
import type { AmazonRules } from './thresholds';
import { inWindow, policyWindow, type TimeWindow } from './time';

export interface OdrInput {
  orders: readonly OrderFacts[];
  feedback: readonly FeedbackFacts[];
  claims: readonly ClaimFacts[];
}

export interface OdrBreakdown {
  orderDefectRate: MetricResult;
  negativeFeedbackRate: MetricResult;
  aToZClaimRate: MetricResult;
  chargebackRate: MetricResult;
}

export interface OdrReport {
  all: OdrBreakdown;
  mfn: OdrBreakdown;
  afn: OdrBreakdown;
}

/** Negative (1–2★), already left, and neither removed nor struck through by `asOf` (DOMAIN.md §1.5). */
export function isNegativeFeedbackDefect(feedback: FeedbackFacts, asOf: EpochMs, rules: AmazonRules): boolean {
  if (!happened(feedback.leftAt, asOf)) return false;
  if (feedback.rating > rules.negativeFeedbackMaxStars) return false;
  if (feedback.struckThrough || happened(feedback.removedAt, asOf)) return false;
  return true;
}

/**
 * A claim counts unless denied / decided for the seller or withdrawn by the buyer; refunded by the seller after
 * filing still counts (DOMAIN.md "Lifeline's decisions", §1.6). Lifeline applies the same rule to chargebacks
 * won in representment; fraud chargebacks are Amazon's and never count (§1.1 "service chargeback", §1.7).
 */
export function isClaimDefect(claim: ClaimFacts, asOf: EpochMs): boolean {
  if (!happened(claim.openedAt, asOf)) return false;
  if (claim.kind === 'CHARGEBACK' && claim.chargebackType === 'FRAUD') return false;
  if (claim.kind === 'A_TO_Z' && claim.buyShippingProtected) return false;
  const decisionKnown = claim.decidedAt === null || claim.decidedAt === undefined || claim.decidedAt <= asOf;
  if (decisionKnown && (claim.decision === 'DECIDED_FOR_SELLER' || claim.decision === 'WITHDRAWN')) return false;
  return true;
}

const NEGATIVE_FEEDBACK = 1;
const A_TO_Z = 2;
const CHARGEBACK = 4;

interface OrderDefectScan {
  /** Orders in the window, by purchase date, once each. */
  count: number;
  orderIds: string[];
  purchasedAt: Float64Array;
  isAfn: Uint8Array;
  /** Bit set of NEGATIVE_FEEDBACK | A_TO_Z | CHARGEBACK. */
  flags: Uint8Array;
  /** Earliest qualifying defect per order, NaN when none. */
  firstDefectAt: Float64Array;
}

/** One pass over each list; orders keyed by id so feedback and claims land on them in O(1). */
function scanOrderDefects(input: OdrInput, window: TimeWindow, asOf: EpochMs, rules: AmazonRules): OrderDefectScan {
  const index = new Map<string, number>();
  const orderIds: string[] = [];
  const purchased: number[] = [];
  const afn: number[] = [];
  for (const order of input.orders) {
    // DOMAIN.md §1.1: the order's purchase date, not the defect's date, puts it in the window.
    if (!inWindow(order.purchasedAt, window) || order.purchasedAt > asOf || index.has(order.orderId)) continue;
    index.set(order.orderId, orderIds.length);
    orderIds.push(order.orderId);
    purchased.push(order.purchasedAt);
    afn.push(order.fulfillmentChannel === 'AFN' ? 1 : 0);
  }
  const count = orderIds.length;
  const flags = new Uint8Array(count);
  const firstDefectAt = new Float64Array(count).fill(Number.NaN);
  const mark = (i: number, flag: number, at: EpochMs): void => {
    flags[i] |= flag;
    const prev = firstDefectAt[i];
    if (Number.isNaN(prev) || at < prev) firstDefectAt[i] = at;
  };
  for (const fb of input.feedback) {
    const i = index.get(fb.orderId);
    if (i !== undefined && isNegativeFeedbackDefect(fb, asOf, rules)) mark(i, NEGATIVE_FEEDBACK, fb.leftAt);
  }
  for (const claim of input.claims) {
    const i = index.get(claim.orderId);
    if (i !== undefined && isClaimDefect(claim, asOf)) {
      mark(i, claim.kind === 'A_TO_Z' ? A_TO_Z : CHARGEBACK, claim.openedAt);
    }
  }
  return {
    count,
    orderIds,
    purchasedAt: Float64Array.from(purchased),
    isAfn: Uint8Array.from(afn),
    flags,
    firstDefectAt,
  };
}

interface Tally {
  orders: number;
  defective: number;
  negativeFeedback: number;
  aToZ: number;
  chargeback: number;
}

/**
 * ODR = distinct orders with one or more defects ÷ orders purchased in the window, for MFN, AFN and both.
 * Components share the denominator and may sum to more than the ODR numerator (DOMAIN.md §1.1).
 */
export function computeOrderDefectRate(input: OdrInput, ctx: HealthContext): OdrReport {
  const thresholds = thresholdsOf(ctx);
  const odrPolicy = thresholds.metrics.ORDER_DEFECT_RATE;
  const window = policyWindow(ctx.asOf, odrPolicy);
  const scan = scanOrderDefects(input, window, ctx.asOf, thresholds.amazon);

  const tallies: [Tally, Tally] = [emptyTally(), emptyTally()];
  for (let i = 0; i < scan.count; i++) {
    const t = tallies[scan.isAfn[i]];
    const f = scan.flags[i];
    t.orders++;
    if (f !== 0) t.defective++;
    if (f & NEGATIVE_FEEDBACK) t.negativeFeedback++;
    if (f & A_TO_Z) t.aToZ++;
    if (f & CHARGEBACK) t.chargeback++;
  }
  const [mfn, afn] = tallies;
  const all: Tally = {
    orders: mfn.orders + afn.orders,
    defective: mfn.defective + afn.defective,
    negativeFeedback: mfn.negativeFeedback + afn.negativeFeedback,
    aToZ: mfn.aToZ + afn.aToZ,
    chargeback: mfn.chargeback + afn.chargeback,
  };

  const breakdown = (channel: ChannelScope, t: Tally): OdrBreakdown => {
    // Components use ODR's window: they share its denominator (DOMAIN.md §1.1).
    const metric = (key: MetricKey, numerator: number): MetricResult =>
      buildMetricResult({
        key,
        marketplace: 'AMAZON',
        fulfillmentChannel: channel,
        numerator,
        denominator: t.orders,
        window,
        policy: thresholds.metrics[key],
      });
    return {
      orderDefectRate: metric('ORDER_DEFECT_RATE', t.defective),
      negativeFeedbackRate: metric('NEGATIVE_FEEDBACK_RATE', t.negativeFeedback),
      aToZClaimRate: metric('A_TO_Z_CLAIM_RATE', t.aToZ),
      chargebackRate: metric('CHARGEBACK_RATE', t.chargeback),
    };
  };
  return { all: breakdown('ALL', all), mfn: breakdown('MFN', mfn), afn: breakdown('AFN', afn) };
}

function emptyTally(): Tally {
  return { orders: 0, defective: 0, negativeFeedback: 0, aToZ: 0, chargeback: 0 };
}

/** Per order in [start, end): purchase date and its first qualifying defect, for forecasts and drill-down. */
export interface OrderDefectTimeline {
  orderId: string;
  at: EpochMs;
  defectAt: EpochMs | null;
}

export function orderDefectTimeline(
  input: OdrInput,
  window: TimeWindow,
  ctx: HealthContext,
  channel: ChannelScope = 'ALL',
): OrderDefectTimeline[] {
  const scan = scanOrderDefects(input, window, ctx.asOf, thresholdsOf(ctx).amazon);
  const out: OrderDefectTimeline[] = [];
  for (let i = 0; i < scan.count; i++) {
    if (channel !== 'ALL' && (scan.isAfn[i] === 1) !== (channel === 'AFN')) continue;
    const d = scan.firstDefectAt[i];
    out.push({ orderId: scan.orderIds[i], at: scan.purchasedAt[i], defectAt: Number.isNaN(d) ? null : d });
  }
  return out;
}
