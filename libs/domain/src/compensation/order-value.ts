/*
 * The value of an order, the base of a percent refund and of a full refund. Each line's `price` is the
 * marketplace's item price for the line, quantity included (Amazon's ItemPrice / the orders report's
 * item-price), in decimal units of its currency.
 */
import { currencyMinorDigits } from './money';

export interface OrderLineValue {
  price: number | null;
  currency: string | null;
}

export interface OrderValue {
  currency: string;
  valueMinor: number;
}

/**
 * The order's total in minor units of its currency (that of its first priced line); lines in another
 * currency or without a price are left out. Null when no line has a price and currency.
 */
export function orderValueOf(lines: readonly OrderLineValue[]): OrderValue | null {
  const first = lines.find((l) => l.price !== null && l.currency);
  if (!first) return null;
  const currency = first.currency!.toUpperCase();
  let digits: number;
  try {
    digits = currencyMinorDigits(currency);
  } catch {
    return null;
  }
  const scale = 10 ** digits;
  let valueMinor = 0;
  for (const l of lines) {
    if (l.price === null || l.currency?.toUpperCase() !== currency) continue;
    // Prices arrive as decimals (14.9): round each line to the minor unit once, then add integers.
    valueMinor += Math.round(l.price * scale);
  }
  return { currency, valueMinor };
}
