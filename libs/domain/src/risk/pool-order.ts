import type { EpochMs } from '../health/metric';

/** One order in the high-risk pool, as the pool list sorts it. */
export interface RiskPoolEntry {
  orderId: string;
  score: number;
  /** Nearest deadline (epoch ms), null when none: sorts after any deadline. */
  nextDeadline: EpochMs | null;
  /**
   * Order value in minor units of ONE currency for the whole list (the organisation's reporting currency):
   * 100 EUR cents and 100 yen are not comparable, so the caller converts before sorting.
   */
  orderValueMinor: number;
}

/**
 * A tuple that sorts ascending, element by element, in pool order:
 *   [−score, next deadline (none → +Infinity), −order value, order id]
 * SQL with the same order: `ORDER BY risk_score DESC, next_deadline ASC NULLS LAST, order_value_minor DESC,
 * order_id ASC` — the id last, as keyset pagination needs.
 */
export type RiskPoolKey = readonly [negatedScore: number, nextDeadline: number, negatedOrderValue: number, orderId: string];

export function riskPoolKey(entry: RiskPoolEntry): RiskPoolKey {
  return [-entry.score, entry.nextDeadline ?? Number.POSITIVE_INFINITY, -entry.orderValueMinor, entry.orderId];
}

/** Comparator for the pool: score desc, nearest deadline, order value desc, id (negative: `a` first). */
export function compareRiskPoolEntries(a: RiskPoolEntry, b: RiskPoolEntry): number {
  const ka = riskPoolKey(a);
  const kb = riskPoolKey(b);
  for (let i = 0; i < ka.length; i++) {
    // Code-unit order for ids (not locale order), like PostgreSQL's "C" collation on the id column.
    if (ka[i] !== kb[i]) return (ka[i] as number | string) < (kb[i] as number | string) ? -1 : 1;
  }
  return 0;
}

/** The pool: entries in it (score ≥ threshold and not resolved, see `scoreOrder`'s `inPool`), sorted. */
export function buildRiskPool<T extends RiskPoolEntry & { inPool: boolean }>(entries: readonly T[]): T[] {
  return entries.filter((e) => e.inPool).sort(compareRiskPoolEntries);
}
