/**
 * Baselines measured on this machine in this run; every entry is reported as a ratio to one of them, so
 * the figures compare across machines (a laptop and CI differ in absolute numbers, not in ratios).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { findFreePort } from '../../apps/api/src/database/embedded-postgres';
import { loadProblems, runHttpLoad } from './support/autocannon';
import { startChildServer } from './support/child-process';
import { progress } from './support/progress';
import type { Baseline, Baselines, BenchConfig, BenchDatabaseInfo } from './support/types';

const run = promisify(execFile);

/** Baseline A: bare Fastify hello in a child process, hit by autocannon with the entries' connection count. */
export async function measureFastifyHello(config: BenchConfig, label = 'fastify hello'): Promise<Baseline> {
  const port = await findFreePort();
  progress('starting the bare Fastify hello server…');
  const server = await startChildServer({
    label: 'Fastify hello server',
    args: ['--import', 'tsx', join(__dirname, 'support', 'hello-server.ts')],
    url: `http://127.0.0.1:${port}`,
    healthPath: '/',
    env: { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    timeoutMs: 30_000,
  });
  try {
    const target = { url: `${server.url}/`, connections: config.connections };
    progress(`warming up ${label} (${config.warmupSeconds} s)…`);
    await runHttpLoad({ ...target, seconds: config.warmupSeconds });
    progress(`measuring ${label} (${config.seconds} s, ${config.connections} connections)…`);
    const r = await runHttpLoad({ ...target, seconds: config.seconds });
    const problems = loadProblems(r);
    return {
      name: label,
      metric: 'GET / {"hello":"world"}',
      value: r.requestsPerSecond,
      unit: 'req/s',
      latencyP50Ms: r.latencyP50Ms,
      latencyP99Ms: r.latencyP99Ms,
      notes: `bare Fastify ${fastifyVersion()}, no logger, child process; ${config.connections} connections` + (problems ? `; ${problems}` : ''),
    };
  } finally {
    await server.stop();
  }
}

function fastifyVersion(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('fastify/package.json') as { version: string }).version;
}

export const INSERT_TABLE_DDL = `CREATE TABLE IF NOT EXISTS bench_insert (
  id bigserial PRIMARY KEY,
  organization_id uuid NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Baseline B, pgbench-style: K clients, each sending single-row autocommit INSERTs (parameterised, the
 * way pg/TypeORM send them) back to back for the duration. Rows per second over all clients.
 */
export async function measurePgInsert(config: BenchConfig, db: BenchDatabaseInfo): Promise<Baseline> {
  const setup = new Client({ connectionString: db.url });
  await setup.connect();
  try {
    await setup.query(INSERT_TABLE_DDL);
  } finally {
    await setup.end();
  }
  const clients = await Promise.all(
    Array.from({ length: config.pgClients }, async () => {
      const c = new Client({ connectionString: db.url });
      await c.connect();
      return c;
    }),
  );
  try {
    const insertFor = async (seconds: number): Promise<number> => {
      const end = Date.now() + seconds * 1000;
      const counts = await Promise.all(
        clients.map(async (c) => {
          const organizationId = randomUUID();
          let n = 0;
          while (Date.now() < end) {
            await c.query('INSERT INTO bench_insert (organization_id, payload) VALUES ($1, $2)', [
              organizationId,
              JSON.stringify({ kind: 'bench', n, body: 'Hello, where is my order?' }),
            ]);
            n++;
          }
          return n;
        }),
      );
      return counts.reduce((a, b) => a + b, 0);
    };
    progress(`warming up single-row INSERT (${config.warmupSeconds} s)…`);
    await insertFor(config.warmupSeconds);
    progress(`measuring single-row INSERT (${config.seconds} s, ${config.pgClients} clients)…`);
    const started = process.hrtime.bigint();
    const rows = await insertFor(config.seconds);
    const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
    return {
      name: 'pg single-row INSERT',
      metric: 'INSERT INTO bench_insert … autocommit',
      value: rows / elapsed,
      unit: 'rows/s',
      notes: `node-postgres, ${config.pgClients} clients (like pgbench -c ${config.pgClients}), parameterised, one row per transaction`,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  }
}

/** The pgbench binary on the same table and statement, for reference; undefined when not installed. */
export async function measurePgbench(config: BenchConfig, db: BenchDatabaseInfo): Promise<Baseline | undefined> {
  if (!config.pgbench) return undefined;
  let binary: string;
  try {
    binary = (await run('which', ['pgbench'])).stdout.trim();
  } catch {
    return undefined;
  }
  if (!binary) return undefined;
  const dir = await mkdtemp(join(tmpdir(), 'lifeline-bench-pgbench-'));
  try {
    const script = join(dir, 'insert.sql');
    await writeFile(script, `INSERT INTO bench_insert (organization_id, payload) VALUES (gen_random_uuid(), '{"kind":"pgbench","body":"Hello, where is my order?"}');\n`);
    const jobs = Math.max(1, Math.min(config.pgClients, cpus().length));
    progress(`measuring pgbench for reference (${config.seconds} s, -c ${config.pgClients} -j ${jobs})…`);
    const { stdout } = await run(binary, ['-n', '-M', 'simple', '-c', String(config.pgClients), '-j', String(jobs), '-T', String(config.seconds), '-f', script, db.url], {
      timeout: (config.seconds + 30) * 1000,
    });
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout) ?? /tps = ([\d.]+)/.exec(stdout);
    if (!tps) {
      progress(`pgbench printed no tps line; skipped:\n${stdout}`);
      return undefined;
    }
    const version = (await run(binary, ['--version'])).stdout.trim();
    return {
      name: 'pgbench INSERT (reference)',
      metric: 'same INSERT, pgbench -M simple',
      value: Number(tps[1]),
      unit: 'rows/s',
      notes: `${version}, -c ${config.pgClients} -j ${jobs}; reference only, ratios use the node-postgres loop`,
    };
  } catch (e) {
    progress(`pgbench failed, skipped: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function measureBaselines(config: BenchConfig, db: BenchDatabaseInfo): Promise<Baselines> {
  const fastifyHello = await measureFastifyHello(config);
  const pgInsert = await measurePgInsert(config, db);
  const pgbench = await measurePgbench(config, db);
  return { fastifyHello, pgInsert, ...(pgbench ? { pgbench } : {}) };
}
