/**
 * `npm run bench`: measures the baselines and every entry on this machine in one run, prints a table
 * and a ratio chart, and writes bench/results.json. Exit code 0 even when a goal is missed (a
 * benchmark, not a test); 1 only when the harness itself could not run.
 *
 * Environment (all optional):
 *   BENCH_SECONDS=8            measured seconds per figure
 *   BENCH_WARMUP_SECONDS=2     warm-up seconds before each figure
 *   BENCH_CONNECTIONS=50       HTTP connections (autocannon)
 *   BENCH_PG_CLIENTS=8         PostgreSQL clients in the INSERT baseline (pgbench -c)
 *   BENCH_PGBENCH=1            0 skips the pgbench reference figure
 *   BENCH_RECHECK=1            0 skips re-measuring fastify hello after the entries (drift check)
 *   BENCH_OUTPUT=bench/results.json
 *   BENCH_DATABASE_URL, TEST_DATABASE_URL   a PostgreSQL server to use instead of an embedded one
 *   BENCH_ONLY=graphql         comma-separated substrings of the entry names to run
 *   BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof"   node flags for the API child
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { measureBaselines, measureFastifyHello } from './baselines';
import { entries } from './entries';
import { startApi } from './support/api';
import { cleanupOnSignals, runCleanup } from './support/cleanup';
import { createBenchDatabase } from './support/database';
import { progress } from './support/progress';
import { baselineTable, driftLine, entryTable, ratioChart } from './support/report';
import type { BenchConfig, BenchContext, EntryResult } from './support/types';

const REPO_ROOT = resolve(__dirname, '..', '..');

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return v;
}

function flag(name: string): boolean {
  return !['0', 'false', 'no', 'off'].includes((process.env[name] ?? '1').toLowerCase());
}

function readConfig(): BenchConfig {
  return {
    seconds: Math.round(positive('BENCH_SECONDS', 8)),
    warmupSeconds: Math.round(positive('BENCH_WARMUP_SECONDS', 2)),
    connections: Math.round(positive('BENCH_CONNECTIONS', 50)),
    pgClients: Math.round(positive('BENCH_PG_CLIENTS', 8)),
    pgbench: flag('BENCH_PGBENCH'),
    recheck: flag('BENCH_RECHECK'),
    output: resolve(REPO_ROOT, process.env.BENCH_OUTPUT ?? 'bench/results.json'),
  };
}

async function main(): Promise<void> {
  cleanupOnSignals();
  const config = readConfig();
  const only = (process.env.BENCH_ONLY ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const selected = only.length ? entries.filter((e) => only.some((o) => e.name.toLowerCase().includes(o))) : entries;
  const startedAt = new Date();
  progress(`${selected.length} entries, ${config.seconds} s each after ${config.warmupSeconds} s warm-up, ${config.connections} HTTP connections, ${config.pgClients} PostgreSQL clients`);

  try {
    const database = await createBenchDatabase();
    progress(`bench database ${database.name} on PostgreSQL ${database.serverVersion} (${database.source})`);
    const baselines = await measureBaselines(config, database);

    progress('starting the built API (production mode, demo data seeded)…');
    const api = await startApi(database.url);
    progress(`API ready at ${api.url}`);
    const ctx: BenchContext = { config, api, database, baselines, progress };

    const results: EntryResult[] = [];
    for (const entry of selected) {
      progress(`entry: ${entry.name}`);
      try {
        results.push(await entry.run(ctx));
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        progress(`entry "${entry.name}" failed: ${message}`);
        progress(`last API output:\n${api.child.output().split('\n').slice(-20).join('\n')}`);
        results.push({
          name: entry.name,
          metric: '',
          value: Number.NaN,
          unit: '',
          baseline: { name: '', value: Number.NaN, unit: '' },
          ratio: Number.NaN,
          goal: Number.NaN,
          pass: false,
          notes: `error: ${message}`,
        });
      }
    }
    await api.child.stop();
    if (config.recheck) baselines.fastifyHelloRecheck = await measureFastifyHello(config, 'fastify hello (again, after entries)');
    progress('done measuring; dropping the bench database…');
    await runCleanup();

    const cpuList = cpus();
    const report = {
      timestamp: startedAt.toISOString(),
      durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
      machine: {
        platform: platform(),
        release: release(),
        arch: arch(),
        cpus: cpuList.length,
        cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
        totalMemoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
        node: process.version,
        postgres: database.serverVersion,
        postgresSource: database.source,
      },
      config: { ...config, output: relative(REPO_ROOT, config.output) },
      baselines,
      entries: results.map((r) => ({ ...r, ratio: round(r.ratio, 4), value: round(r.value, 1) })),
      summary: { passed: results.filter((r) => r.pass).length, failed: results.filter((r) => !r.pass).length },
    };
    await mkdir(dirname(config.output), { recursive: true });
    await writeFile(config.output, JSON.stringify(report, null, 2) + '\n');

    const out = [
      '',
      `Lifeline benchmark — ${report.timestamp}`,
      `${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.totalMemoryGiB} GiB, Node ${report.machine.node}, PostgreSQL ${report.machine.postgres} (${report.machine.postgresSource})`,
      `${config.seconds} s per figure after ${config.warmupSeconds} s warm-up; load generator and servers share this machine`,
      '',
      baselineTable(baselines),
      ...(driftLine(baselines) ? [driftLine(baselines)] : []),
      '',
      entryTable(results),
      '',
      'Ratio to baseline (| = goal):',
      ratioChart(results),
      '',
      ...results.filter((r) => r.notes).map((r) => `${r.pass ? '' : 'FAIL '}${r.name}: ${r.notes}`),
      '',
      report.summary.failed
        ? `FAIL: ${report.summary.failed} of ${results.length} entries missed their goal (exit code stays 0: a benchmark, not a test)`
        : `PASS: all ${results.length} entries met their goal`,
      `wrote ${relative(process.cwd(), config.output) || config.output}`,
      '',
    ];
    process.stdout.write(out.join('\n'));
  } finally {
    await runCleanup();
  }
}

function round(v: number, digits: number): number | null {
  return Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : null;
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(`bench could not run: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
