/*
 * Money is held as an integer count of the currency's minor unit — cents for EUR/USD/GBP, yen for JPY (no
 * minor unit) — never as a float: 0.1 + 0.2 ≠ 0.3, and a limit check on floats can let 20.000000001 EUR
 * through or stop 20 EUR. Amounts cross the API as integers (or decimal strings parsed here), and only the
 * console formats them.
 */

/** Decimal digits of the minor unit (ISO 4217) for the currencies sellers use most. */
export const CURRENCY_MINOR_DIGITS: Readonly<Record<string, number>> = {
  EUR: 2, USD: 2, GBP: 2, CAD: 2, AUD: 2, CHF: 2, SEK: 2, PLN: 2, MXN: 2, BRL: 2, CNY: 2, INR: 2, SGD: 2,
  AED: 2, SAR: 2, TRY: 2, EGP: 2, ZAR: 2, JPY: 0, KRW: 0,
};

export function isCurrencyCode(currency: string): boolean {
  return /^[A-Z]{3}$/.test(currency);
}

/** Minor-unit digits of a currency; ISO codes not in the table are asked of Intl, which knows ISO 4217. */
export function currencyMinorDigits(currency: string): number {
  const known = CURRENCY_MINOR_DIGITS[currency];
  if (known !== undefined) return known;
  if (!isCurrencyCode(currency)) throw new RangeError(`Not an ISO 4217 currency code: ${currency}`);
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * "12.34" EUR → 1234, "1500" JPY → 1500. Exact (string arithmetic, no float); rejects more decimals than the
 * currency has ("12.345" EUR, "12.5" JPY) rather than rounding someone's money silently.
 */
export function parseMoneyToMinor(amount: string, currency: string): number {
  const digits = currencyMinorDigits(currency);
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) throw new RangeError(`Not an amount: "${amount}"`);
  const whole = match[1] as string;
  const fraction = match[2] ?? '';
  if (fraction.length > digits) throw new RangeError(`${currency} has ${digits} decimal(s): "${amount}"`);
  const minor = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Amount too large: "${amount}"`);
  return minor;
}

/** 1234 EUR → "12.34", 1500 JPY → "1500" (for logs and CSV; the console formats with Intl). */
export function formatMinorAsDecimal(minor: number, currency: string): string {
  const digits = currencyMinorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor));
  if (digits === 0) return sign + abs;
  const padded = abs.padStart(digits + 1, '0');
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

/** An ISO 4217 code in use (the table above, or Intl's list): "ZZZ" is shaped like a code but is none. */
export function isKnownCurrency(currency: string): boolean {
  if (CURRENCY_MINOR_DIGITS[currency] !== undefined) return true;
  return isCurrencyCode(currency) && Intl.supportedValuesOf('currency').includes(currency);
}
