import type { Baseline, Baselines, EntryResult } from './types';

const num = (v: number, digits = 0) => v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (v?: number) => (v === undefined ? '' : `${num(v, Number.isInteger(v) || v >= 10 ? 0 : 1)} ms`);
const ratio = (v: number) => `${v.toFixed(2)}×`;

/** A plain-text table with a header rule; numeric-looking columns are right-aligned. */
export function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function baselineTable(b: Baselines): string {
  const list: Baseline[] = [b.fastifyHello, ...(b.fastifyHelloRecheck ? [b.fastifyHelloRecheck] : []), b.pgInsert, ...(b.pgbench ? [b.pgbench] : [])];
  return table(
    ['Baseline', 'Value', 'p50', 'p99', 'Notes'],
    list.map((x) => [x.name, `${num(x.value)} ${x.unit}`, ms(x.latencyP50Ms), ms(x.latencyP99Ms), x.notes]),
    [false, true, true, true, false],
  );
}

export function entryTable(entries: EntryResult[]): string {
  return table(
    ['Entry', 'Value', 'Baseline', 'Ratio', 'Goal', 'Result', 'p50', 'p99'],
    entries.map((e) => [
      e.name,
      Number.isFinite(e.value) ? `${num(e.value)} ${e.unit}` : 'error',
      `${num(e.baseline.value)} ${e.baseline.unit} (${e.baseline.name})`,
      Number.isFinite(e.ratio) ? ratio(e.ratio) : '-',
      `≥ ${ratio(e.goal)}`,
      e.pass ? 'PASS' : 'FAIL',
      ms(e.latencyP50Ms),
      ms(e.latencyP99Ms),
    ]),
    [false, true, true, true, true, false, true, true],
  );
}

/**
 * Ratios as ASCII bars on one scale (1.0× = the baseline), with `|` at each entry's goal:
 *   graphql trivial  ##########|----------------------  0.31×  goal 0.30×  PASS
 */
export function ratioChart(entries: EntryResult[], width = 40): string {
  const scale = Math.max(1, ...entries.map((e) => (Number.isFinite(e.ratio) ? e.ratio : 0)), ...entries.map((e) => e.goal));
  const labelWidth = Math.max(...entries.map((e) => e.name.length));
  const col = (v: number) => Math.min(width, Math.round((v / scale) * width));
  const lines = entries.map((e) => {
    const filled = col(Number.isFinite(e.ratio) ? e.ratio : 0);
    const goal = Math.min(width - 1, col(e.goal));
    const bar = Array.from({ length: width }, (_, i) => (i === goal ? '|' : i < filled ? '#' : '.')).join('');
    const r = Number.isFinite(e.ratio) ? ratio(e.ratio) : 'error';
    return `${e.name.padEnd(labelWidth)}  [${bar}]  ${r.padStart(6)}  goal ${ratio(e.goal)}  ${e.pass ? 'PASS' : 'FAIL  <<<'}`;
  });
  const axis = `${''.padEnd(labelWidth)}   0${''.padEnd(width - 1 - ratio(scale).length)}${ratio(scale)}`;
  return [...lines, axis].join('\n');
}

/** One line on how far fastify hello moved between the start and the end of the run. */
export function driftLine(b: Baselines): string {
  const again = b.fastifyHelloRecheck;
  if (!again) return '';
  const drift = (again.value - b.fastifyHello.value) / b.fastifyHello.value;
  const pct = `${drift >= 0 ? '+' : ''}${(drift * 100).toFixed(0)} %`;
  return Math.abs(drift) > 0.15
    ? `WARNING: fastify hello moved ${pct} during the run; this machine is noisy, read the ratios as ±${Math.abs(drift * 100).toFixed(0)} %`
    : `fastify hello moved ${pct} between the start and the end of the run (ratios use the first figure)`;
}
