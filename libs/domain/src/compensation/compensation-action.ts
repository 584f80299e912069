/*
 * Compensation an agent offers a buyer to head off a defect, and what each costs the seller. Amounts are
 * integer minor units (see money.ts).
 */
import { currencyMinorDigits } from './money';

export const COMPENSATION_KINDS = [
  'PARTIAL_REFUND',
  'FULL_REFUND',
  'RESHIPMENT',
  'REPLACEMENT',
  'COUPON',
  'PREPAID_RETURN_LABEL',
] as const;
export type CompensationKind = (typeof COMPENSATION_KINDS)[number];

/** What is offered; the cost inputs differ by kind. */
export type CompensationOffer =
  | { kind: 'PARTIAL_REFUND'; amountMinor: number; percent?: undefined }
  | { kind: 'PARTIAL_REFUND'; percent: number; amountMinor?: undefined }
  | { kind: 'FULL_REFUND' }
  | { kind: 'RESHIPMENT' | 'REPLACEMENT'; itemCostMinor: number; shippingCostMinor: number }
  | { kind: 'COUPON'; couponValueMinor: number }
  | { kind: 'PREPAID_RETURN_LABEL'; labelCostMinor: number };

/** An offer on one order, in the order's currency. */
export type CompensationCostInput = CompensationOffer & {
  currency: string;
  /** Order total in minor units: the base of percent refunds and the full refund. */
  orderValueMinor: number;
};

/**
 * Cost to the seller in minor units of `currency`:
 *   PARTIAL_REFUND — the amount, or the percent of the order value rounded half up to the minor unit
 *                    (whole cents; whole yen for JPY, which has no minor unit);
 *   FULL_REFUND    — the order value;
 *   RESHIPMENT / REPLACEMENT — item cost + shipping as entered;
 *   COUPON         — the coupon's value;
 *   PREPAID_RETURN_LABEL — the label's cost.
 * Percent maths is integer maths on basis points, so 33.33 % of 1000 is 333, never 333.29999….
 */
export function costOf(action: CompensationCostInput): number {
  currencyMinorDigits(action.currency); // rejects a malformed currency early
  switch (action.kind) {
    case 'PARTIAL_REFUND':
      if (action.amountMinor !== undefined) return action.amountMinor;
      return percentOfMinor(action.orderValueMinor, action.percent);
    case 'FULL_REFUND':
      return action.orderValueMinor;
    case 'RESHIPMENT':
    case 'REPLACEMENT':
      return action.itemCostMinor + action.shippingCostMinor;
    case 'COUPON':
      return action.couponValueMinor;
    case 'PREPAID_RETURN_LABEL':
      return action.labelCostMinor;
  }
}

/** `percent` (up to two decimals) of an amount in minor units, rounded half up to a whole minor unit. */
export function percentOfMinor(amountMinor: number, percent: number): number {
  const basisPoints = Math.round(percent * 100);
  return Math.floor((amountMinor * basisPoints + 5_000) / 10_000);
}

export type CompensationOfferError =
  | 'NOT_WHOLE_MINOR_UNITS'
  | 'NOT_POSITIVE'
  | 'PERCENT_OUT_OF_RANGE'
  | 'EXCEEDS_ORDER_VALUE'
  | 'UNKNOWN_CURRENCY';

/**
 * Problems with an offer, empty when it can be requested: whole, positive minor units; a percent above 0
 * and at most 100 with at most two decimals; a partial refund no larger than the order.
 */
export function validateCompensationOffer(action: CompensationCostInput): CompensationOfferError[] {
  const errors = new Set<CompensationOfferError>();
  try {
    currencyMinorDigits(action.currency);
  } catch {
    return ['UNKNOWN_CURRENCY'];
  }
  const amounts: number[] = [action.orderValueMinor];
  switch (action.kind) {
    case 'PARTIAL_REFUND':
      if (action.amountMinor !== undefined) amounts.push(action.amountMinor);
      else if (!(action.percent > 0 && action.percent <= 100 && Math.abs(action.percent * 100 - Math.round(action.percent * 100)) < 1e-6)) {
        errors.add('PERCENT_OUT_OF_RANGE');
      }
      break;
    case 'RESHIPMENT':
    case 'REPLACEMENT':
      amounts.push(action.itemCostMinor, action.shippingCostMinor);
      break;
    case 'COUPON':
      amounts.push(action.couponValueMinor);
      break;
    case 'PREPAID_RETURN_LABEL':
      amounts.push(action.labelCostMinor);
      break;
    case 'FULL_REFUND':
      break;
  }
  for (const a of amounts) if (!Number.isSafeInteger(a)) errors.add('NOT_WHOLE_MINOR_UNITS');
  if (errors.has('NOT_WHOLE_MINOR_UNITS') || errors.has('PERCENT_OUT_OF_RANGE')) return [...errors];
  if (action.orderValueMinor < 0) errors.add('NOT_POSITIVE');
  // Shipping on a reshipment may be 0 (free); the total must still cost something.
  if (costOf(action) <= 0) errors.add('NOT_POSITIVE');
  if (action.kind === 'RESHIPMENT' || action.kind === 'REPLACEMENT') {
    if (action.itemCostMinor < 0 || action.shippingCostMinor < 0) errors.add('NOT_POSITIVE');
  }
  if (action.kind === 'PARTIAL_REFUND' && costOf(action) > action.orderValueMinor) errors.add('EXCEEDS_ORDER_VALUE');
  return [...errors];
}
