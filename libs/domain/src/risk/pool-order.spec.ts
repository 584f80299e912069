import { buildRiskPool, compareRiskPoolEntries, riskPoolKey, type RiskPoolEntry } from './pool-order';

const entry = (orderId: string, score: number, nextDeadline: number | null, orderValueMinor = 1_000): RiskPoolEntry => ({
  orderId,
  score,
  nextDeadline,
  orderValueMinor,
});

describe('high-risk pool order', () => {
  it('sorts by score, then nearest deadline (none last), then value, then id', () => {
    const entries = [
      entry('e', 70, null),
      entry('d', 70, 5_000, 500),
      entry('c', 70, 5_000, 9_000),
      entry('b', 90, 9_000),
      entry('a', 70, 1_000),
      entry('f', 70, 5_000, 9_000),
    ];
    expect([...entries].sort(compareRiskPoolEntries).map((e) => e.orderId)).toEqual(['b', 'a', 'c', 'f', 'd', 'e']);
  });

  it('is consistent with the key tuple', () => {
    expect(riskPoolKey(entry('x', 80, null, 2_000))).toEqual([-80, Number.POSITIVE_INFINITY, -2_000, 'x']);
    expect(compareRiskPoolEntries(entry('x', 80, 1, 1), entry('x', 80, 1, 1))).toBe(0);
  });

  it('compares ids by code unit, not by locale', () => {
    expect([entry('b', 1, null), entry('B', 1, null), entry('a', 1, null)].sort(compareRiskPoolEntries).map((e) => e.orderId)).toEqual([
      'B',
      'a',
      'b',
    ]);
  });

  it('keeps only entries in the pool', () => {
    const pool = buildRiskPool([
      { ...entry('in-low', 61, null), inPool: true },
      { ...entry('resolved', 95, 1), inPool: false },
      { ...entry('in-high', 88, null), inPool: true },
    ]);
    expect(pool.map((e) => e.orderId)).toEqual(['in-high', 'in-low']);
  });
});
