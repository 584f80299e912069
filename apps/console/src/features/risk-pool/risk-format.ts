import type { RiskReason } from '../../api/risk.api';

/**
 * A reason as the console says it: a translation key under `risk.reason` and the values for it, from the
 * reason's code and params (the API's English `detail` is for logs only).
 */
export function reasonMessage(reason: Pick<RiskReason, 'code' | 'params'>, displayLanguage: string): { key: string; values: Record<string, string | number> } {
  const p = (reason.params ?? {}) as Record<string, unknown>;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p)) {
    // Lexicon terms may end in a wildcard ("kaputt*"): agents read the stem.
    if (Array.isArray(value)) values[name] = value.map((v) => String(v).replace(/\*/g, '')).join(', ');
    else if (typeof value === 'number' || typeof value === 'string') values[name] = value;
  }
  if (typeof p.tone === 'number') values.tone = Math.round(p.tone * 100);
  if (typeof p.amountMinor === 'number' && typeof p.currency === 'string') values.amount = formatMinor(p.amountMinor, p.currency, displayLanguage);
  const variant = reason.code === 'LATE_SHIPMENT' && p.shipped === false ? '_notShipped' : '';
  return { key: `risk.reason.${reason.code}${variant}`, values };
}

/** Minor units as money in the reader's language ("€129.90" / "€129.90" in zh-CN with its own grouping). */
export function formatMinor(amountMinor: number, currency: string, displayLanguage: string): string {
  try {
    const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat(displayLanguage, { style: 'currency', currency }).format(amountMinor / 10 ** digits);
  } catch {
    return `${amountMinor} ${currency}`;
  }
}

/** A decimal string ("129.90") in its currency, or the plain number when the currency is unknown. */
export function formatAmount(amount: string, currency: string | null, displayLanguage: string): string {
  if (!currency) return amount;
  try {
    return new Intl.NumberFormat(displayLanguage, { style: 'currency', currency }).format(Number(amount));
  } catch {
    return `${amount} ${currency}`;
  }
}

export type ScoreLevel = 'critical' | 'high' | 'elevated' | 'low';

/** Colour band of a score: at or above the pool threshold is high, far above it critical. */
export function scoreLevel(score: number, threshold = 60): ScoreLevel {
  if (score >= Math.max(threshold + 20, 80)) return 'critical';
  if (score >= threshold) return 'high';
  if (score >= threshold / 2) return 'elevated';
  return 'low';
}
