/**
 * Entry: the agents' ticket list with 1M tickets (BENCH_TICKETS) in the database, 10 % of them open.
 *   load  — INSERT … SELECT generate_series for the demo organisation across its stores, queues and
 *           agents (tickets only, no messages), then ANALYZE tickets;
 *   (a) DB — the exact SQL the built API's TicketsRepository.page issues (captured from TypeORM), first
 *           page and a deep keyset page of a queue's open tickets, ~500 runs each through `pg` with random
 *           queues and cursors: p50/p95, goal p95 ≤ 10 ms; EXPLAIN (ANALYZE, BUFFERS) into the report;
 *   (b) GraphQL — 50 agents (autocannon connections, demo logins) asking for the first 50 open tickets of
 *           a random queue with assignee/store/queue names: p95, goal ≤ 50 ms.
 * The entry's ratio is the headroom to the tighter goal: min(10 ms / DB p95, 50 ms / GraphQL p95), ≥ 1 passes.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type autocannon from 'autocannon';
import { Client } from 'pg';
import type { DataSource, Logger } from 'typeorm';
import { loadProblems, percentile, runHttpLoad } from '../support/autocannon';
import type { BenchContext, BenchEntry, EntryResult } from '../support/types';

const NAME = 'ticket list (1M tickets)';
const GOAL_DB_P95_MS = 10;
const GOAL_GRAPHQL_P95_MS = 50;
const OPEN = ['NEW', 'OPEN', 'WAITING_ON_BUYER'];
const DB_RUNS = 500;
const AGENTS = ['agent.en', 'agent.de', 'agent.es', 'supervisor', 'admin'].map((u) => `${u}@demo.lifeline.test`);
const NO_DEADLINE = '9999-12-31 00:00:00+00';

const QUERY = `query List($queueId: ID!) {
  tickets(filter: { queueId: $queueId, statuses: [NEW, OPEN, WAITING_ON_BUYER] }, first: 50) {
    edges { node { id subject status priority dueAt language assignee { name } store { name } queue { name } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

function ticketCount(): number {
  const raw = process.env.BENCH_TICKETS;
  if (raw === undefined || raw === '') return 1_000_000;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1000) throw new Error(`BENCH_TICKETS must be an integer ≥ 1000, got "${raw}"`);
  return n;
}

interface Org {
  organizationId: string;
  stores: string[];
  /** Queues in load order (busiest first) with their language. */
  queues: { id: string; name: string; language: string | null }[];
  users: string[];
}

async function demoOrganization(db: Client): Promise<Org> {
  const org = await db.query<{ organization_id: string }>(`SELECT organization_id FROM users WHERE email = $1`, [AGENTS[0]]);
  const organizationId = org.rows[0]?.organization_id;
  if (!organizationId) throw new Error(`the demo user ${AGENTS[0]} is missing: was the API started with SEED_DEMO=true?`);
  const stores = (await db.query<{ id: string }>(`SELECT id FROM stores WHERE organization_id = $1 ORDER BY name`, [organizationId])).rows.map((r) => r.id);
  // Busiest first: the language queues of a European seller, then the catch-all and the rare ones.
  const order = ['English', 'Deutsch', 'Español', 'Français', 'Italiano', 'General', 'Supervisors', '日本語', '中文'];
  const queues = (
    await db.query<{ id: string; name: string; language: string | null }>(`SELECT id, name, language FROM queues WHERE organization_id = $1`, [organizationId])
  ).rows.sort((a, b) => (order.indexOf(a.name) + 1 || 99) - (order.indexOf(b.name) + 1 || 99));
  const users = (await db.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND is_active ORDER BY email`, [organizationId])).rows.map((r) => r.id);
  if (!stores.length || !queues.length || !users.length) throw new Error(`the demo organisation has ${stores.length} stores, ${queues.length} queues, ${users.length} users`);
  return { organizationId, stores, queues, users };
}

/**
 * One INSERT … SELECT over generate_series(lo, hi). Random choices come from random(); queue choice is
 * skewed to the busy queues (power 2 of a uniform draw), priorities LOW 15 / NORMAL 65 / HIGH 15 /
 * URGENT 5 %, open tickets: NEW 35 / OPEN 45 / WAITING_ON_BUYER 20 %, due within −12 h … +36 h (waiting:
 * no deadline), created within 14 days, 70 % assigned; closed: RESOLVED 40 / CLOSED 60 %, created
 * within a year, no deadline, assigned.
 */
const INSERT_SQL = (open: boolean) => `
INSERT INTO tickets (organization_id, store_id, channel, subject, language, language_source, status, priority, priority_rank,
                     due_at, queue_id, assignee_id, marketplace_order_id, buyer_address, buyer_name, last_message_at,
                     version, created_at, updated_at)
SELECT $1::uuid, s.store_id, s.channel, s.subject, coalesce(s.queue_language, 'en'), 'DETECTED', s.status,
       CASE s.rank WHEN 40 THEN 'URGENT' WHEN 30 THEN 'HIGH' WHEN 20 THEN 'NORMAL' ELSE 'LOW' END, s.rank,
       CASE WHEN s.status IN ('NEW', 'OPEN') THEN date_trunc('milliseconds', now() + (random() * 48 - 12) * interval '1 hour')
            ELSE '${NO_DEADLINE}'::timestamptz END,
       s.queue_id, s.assignee_id, s.order_id, s.buyer, 'Buyer ' || s.g, s.created_at + interval '5 minutes',
       1, s.created_at, s.created_at + interval '1 hour'
  FROM (
    SELECT r.g,
           ($2::uuid[])[1 + floor(random() * array_length($2::uuid[], 1))::int] AS store_id,
           q.queue_id, q.queue_language,
           ${open ? `CASE WHEN random() < 0.7 THEN ($5::uuid[])[1 + floor(random() * array_length($5::uuid[], 1))::int] END`
                  : `($5::uuid[])[1 + floor(random() * array_length($5::uuid[], 1))::int]`} AS assignee_id,
           ${open ? `CASE WHEN r.s < 0.35 THEN 'NEW' WHEN r.s < 0.80 THEN 'OPEN' ELSE 'WAITING_ON_BUYER' END`
                  : `CASE WHEN r.s < 0.40 THEN 'RESOLVED' ELSE 'CLOSED' END`} AS status,
           CASE WHEN r.p < 0.05 THEN 40 WHEN r.p < 0.20 THEN 30 WHEN r.p < 0.85 THEN 20 ELSE 10 END::smallint AS rank,
           CASE WHEN r.c < 0.85 THEN 'BUYER_MESSAGE' WHEN r.c < 0.92 THEN 'RETURN_REQUEST' WHEN r.c < 0.97 THEN 'NEGATIVE_FEEDBACK' ELSE 'A_TO_Z_CLAIM' END AS channel,
           (ARRAY['Where is my order?', 'Frage zu meiner Bestellung', 'Artikel beschädigt angekommen', 'Wrong item received',
                  'Rücksendung', '¿Dónde está mi pedido?', 'Remboursement', 'Reso articolo', 'Invoice request'])[1 + (r.g % 9)] AS subject,
           lpad((r.g % 900 + 100)::text, 3, '0') || '-' || lpad((r.g % 9999991)::text, 7, '0') || '-' || lpad(((r.g::bigint * 7919) % 9999991)::text, 7, '0') AS order_id,
           substr(md5(r.g::text), 1, 16) || '@marketplace.amazon.de' AS buyer,
           date_trunc('milliseconds', now() - random() * interval '${open ? '14 days' : '365 days'}') AS created_at
      FROM (SELECT g, random() AS s, random() AS p, random() AS c, random() AS q FROM generate_series($6::int, $7::int) AS g) AS r
     CROSS JOIN LATERAL (
       SELECT ($3::uuid[])[i] AS queue_id, ($4::text[])[i] AS queue_language
         FROM (SELECT 1 + floor(power(r.q, 2) * array_length($3::uuid[], 1))::int AS i) AS pick
     ) AS q
  ) AS s`;

async function loadTickets(ctx: BenchContext, db: Client, org: Org, total: number): Promise<{ seconds: number; open: number; total: number }> {
  const started = Date.now();
  const open = Math.round(total / 10);
  const chunk = 250_000;
  const params = (lo: number, hi: number) => [
    org.organizationId,
    org.stores,
    org.queues.map((q) => q.id),
    org.queues.map((q) => q.language),
    org.users,
    lo,
    hi,
  ];
  const parts: { open: boolean; lo: number; hi: number }[] = [{ open: true, lo: 1, hi: open }];
  for (let lo = open + 1; lo <= total; lo += chunk) parts.push({ open: false, lo, hi: Math.min(total, lo + chunk - 1) });
  let done = 0;
  for (const p of parts) {
    await db.query(INSERT_SQL(p.open), params(p.lo, p.hi));
    done += p.hi - p.lo + 1;
    ctx.progress(`  loaded ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} tickets (${p.open ? 'open' : 'resolved/closed'}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await db.query('ANALYZE tickets');
  ctx.progress(`  ANALYZE tickets done, ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { seconds: (Date.now() - started) / 1000, open, total };
}

/** The SQL and parameters TicketsRepository.page sends, captured from the built API's TypeORM code. */
interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

async function captureApiQueries(
  databaseUrl: string,
  organizationId: string,
  queueId: string,
  cursor: { priorityRank: number; dueAt: string; createdAt: string; id: string },
): Promise<{ first: CapturedQuery; deep: CapturedQuery }> {
  const distRoot = resolve(__dirname, '..', '..', '..', 'dist', 'api', 'apps', 'api', 'src');
  const req = createRequire(join(distRoot, 'main.js'));
  const { createDataSource } = req('./database/data-source') as { createDataSource(url: string, o?: { poolSize?: number }): DataSource };
  const { TicketsRepository } = req('./tickets/tickets.repository') as {
    TicketsRepository: new (ds: DataSource) => { page(org: string, filter: object, first: number, after?: object): Promise<unknown[]> };
  };
  const captured: CapturedQuery[] = [];
  const logger: Logger = {
    logQuery: (sql, parameters) => void captured.push({ sql, parameters: Array.isArray(parameters) ? parameters : [] }),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  };
  const ds = createDataSource(databaseUrl, { poolSize: 1 });
  ds.setOptions({ logging: ['query'], logger });
  await ds.initialize();
  try {
    const repo = new TicketsRepository(ds);
    const filter = { queueId, statuses: OPEN };
    captured.length = 0;
    await repo.page(organizationId, filter, 50);
    const first = captured.find((c) => /FROM "tickets"/.test(c.sql));
    captured.length = 0;
    await repo.page(organizationId, filter, 50, cursor);
    const deep = captured.find((c) => /FROM "tickets"/.test(c.sql));
    if (!first || !deep) throw new Error('could not capture the ticket page SQL from TypeORM');
    return { first, deep };
  } finally {
    await ds.destroy();
  }
}

/** Replaces the sample's values in captured parameters with another queue's / cursor's. */
function rebind(q: CapturedQuery, from: Record<string, unknown>, to: Record<string, unknown>): unknown[] {
  return q.parameters.map((v) => {
    for (const k of Object.keys(from)) if (v === from[k]) return to[k];
    return v;
  });
}

interface Cursor {
  queueId: string;
  priorityRank: number;
  dueAt: string;
  createdAt: string;
  id: string;
}

async function timeQueries(db: Client, q: CapturedQuery, bindings: unknown[][]): Promise<number[]> {
  const times: number[] = [];
  for (const params of bindings) {
    const t0 = process.hrtime.bigint();
    await db.query(q.sql, params);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return times;
}

/**
 * What the API's PostgreSQL sessions do while the GraphQL load runs (pg_stat_activity every 100 ms):
 * how many are active, idle or idle in a transaction, and the statements seen most.
 */
function sampleApiSessions(url: string): { stop(): Promise<Record<string, unknown>> } {
  const states = new Map<string, number>();
  const statements = new Map<string, number>();
  let samples = 0;
  let running = true;
  const done = (async () => {
    const c = new Client({ connectionString: url });
    await c.connect();
    try {
      while (running) {
        const { rows } = await c.query<{ state: string; wait: string | null; query: string }>(
          `SELECT state, wait_event_type || ':' || wait_event AS wait, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) AS query
             FROM pg_stat_activity WHERE application_name = 'lifeline' AND datname = current_database()`,
        );
        samples++;
        for (const r of rows) {
          const k = `${r.state}${r.wait ? ` (${r.wait})` : ''}`;
          states.set(k, (states.get(k) ?? 0) + 1);
          if (r.state !== 'idle') statements.set(r.query, (statements.get(r.query) ?? 0) + 1);
        }
        await new Promise((res) => setTimeout(res, 100));
      }
    } finally {
      await c.end();
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      const avg = (m: Map<string, number>) =>
        Object.fromEntries([...m].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => [k, Math.round((v / Math.max(1, samples)) * 10) / 10]));
      return { samples, averageSessionsByState: avg(states), averageBusySessionsByStatement: avg(statements) };
    },
  };
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export const ticketList: BenchEntry = {
  name: NAME,
  async run(ctx): Promise<EntryResult> {
    const { config } = ctx;
    const total = ticketCount();
    const db = new Client({ connectionString: ctx.database.url });
    await db.connect();
    try {
      const org = await demoOrganization(db);
      const before = (await db.query<{ n: string }>(`SELECT count(*) AS n FROM tickets WHERE organization_id = $1`, [org.organizationId])).rows[0]!.n;
      ctx.progress(`loading ${total.toLocaleString('en-US')} tickets (${(total / 10).toLocaleString('en-US')} open) for the demo organisation: ${org.stores.length} stores, ${org.queues.length} queues, ${org.users.length} users…`);
      const load = await loadTickets(ctx, db, org, total);
      const perQueue = (
        await db.query<{ queue_id: string; n: string }>(
          `SELECT queue_id, count(*) AS n FROM tickets WHERE organization_id = $1 AND status = ANY($2) GROUP BY queue_id ORDER BY count(*) DESC`,
          [org.organizationId, OPEN],
        )
      ).rows.map((r) => ({ queueId: r.queue_id, name: org.queues.find((q) => q.id === r.queue_id)?.name ?? r.queue_id, open: Number(r.n) }));
      const tableSize = (await db.query<{ s: string }>(`SELECT pg_size_pretty(pg_total_relation_size('tickets')) AS s`)).rows[0]!.s;

      // (a) DB: the API's own SQL, first page and deep keyset pages.
      const cursors = (
        await db.query<{ queue_id: string; priority_rank: number; due_at: Date; created_at: Date; id: string }>(
          `SELECT queue_id, priority_rank, due_at, created_at, id FROM tickets
            WHERE organization_id = $1 AND status = ANY($2) AND merged_into_id IS NULL ORDER BY random() LIMIT $3`,
          [org.organizationId, OPEN, DB_RUNS],
        )
      ).rows.map<Cursor>((r) => ({ queueId: r.queue_id, priorityRank: r.priority_rank, dueAt: r.due_at.toISOString(), createdAt: r.created_at.toISOString(), id: r.id }));
      const sample = cursors[0]!;
      const captured = await captureApiQueries(ctx.database.url, org.organizationId, sample.queueId, sample);
      const from = { queueId: sample.queueId, rank: sample.priorityRank, dueAt: sample.dueAt, createdAt: sample.createdAt, id: sample.id };
      const queueIds = perQueue.map((q) => q.queueId);
      const firstBindings = Array.from({ length: DB_RUNS }, (_, i) => rebind(captured.first, from, { queueId: queueIds[i % queueIds.length] }));
      const deepBindings = cursors.map((c) => rebind(captured.deep, from, { queueId: c.queueId, rank: c.priorityRank, dueAt: c.dueAt, createdAt: c.createdAt, id: c.id }));
      ctx.progress(`timing the API's ticket page SQL: ${DB_RUNS} first pages and ${cursors.length} deep keyset pages over ${queueIds.length} queues…`);
      await timeQueries(db, captured.first, firstBindings.slice(0, 50));
      await timeQueries(db, captured.deep, deepBindings.slice(0, 50));
      const firstTimes = await timeQueries(db, captured.first, firstBindings);
      const deepTimes = await timeQueries(db, captured.deep, deepBindings);
      const busiest = perQueue[0]!.queueId;
      const deepOfBusiest = cursors.find((c) => c.queueId === busiest) ?? sample;
      const explain = async (q: CapturedQuery, params: unknown[]) =>
        (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, params)).rows.map((r) => r['QUERY PLAN']);
      const explainFirst = await explain(captured.first, rebind(captured.first, from, { queueId: busiest }));
      const explainDeep = await explain(
        captured.deep,
        rebind(captured.deep, from, { queueId: busiest, rank: deepOfBusiest.priorityRank, dueAt: deepOfBusiest.dueAt, createdAt: deepOfBusiest.createdAt, id: deepOfBusiest.id }),
      );
      const db95 = Math.max(percentile(firstTimes, 95), percentile(deepTimes, 95));

      // (b) GraphQL: 50 agents on the first page of a random queue.
      const tokens = await Promise.all(AGENTS.map((e) => ctx.api.login(e)));
      const check = await fetch(`${ctx.api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[0]}` },
        body: JSON.stringify({ query: QUERY, variables: { queueId: busiest } }),
      });
      const checked = (await check.json()) as { data?: { tickets: { edges: unknown[] } }; errors?: unknown[] };
      if (check.status !== 200 || checked.errors || checked.data?.tickets.edges.length !== 50) {
        throw new Error(`tickets query did not answer 50 tickets: HTTP ${check.status} ${JSON.stringify(checked.errors ?? checked.data)?.slice(0, 500)}`);
      }
      let n = 0;
      let graphqlErrors = 0;
      const connections = 50;
      const target = {
        url: `${ctx.api.url}/graphql`,
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        connections,
        requests: [
          {
            setupRequest: (req: autocannon.Request): autocannon.Request => {
              const i = n++;
              return {
                ...req,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i % tokens.length]}` },
                body: JSON.stringify({ query: QUERY, variables: { queueId: queueIds[Math.floor(Math.random() * queueIds.length)] } }),
              };
            },
            onResponse: (status: number, body: string) => {
              if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors++;
            },
          },
        ],
      };
      ctx.progress(`warming up the GraphQL ticket list (${config.warmupSeconds} s)…`);
      await runHttpLoad({ ...target, seconds: config.warmupSeconds });
      graphqlErrors = 0;
      ctx.progress(`measuring the GraphQL ticket list (${config.seconds} s, ${connections} agents)…`);
      const sampler = sampleApiSessions(ctx.database.url);
      const gql = await runHttpLoad({ ...target, seconds: config.seconds, collectLatencies: true });
      const sessions = await sampler.stop();
      const lat = gql.latenciesMs ?? [];
      const g50 = percentile(lat, 50);
      const g95 = percentile(lat, 95);
      const g99 = percentile(lat, 99);
      const problems = [loadProblems(gql), graphqlErrors ? `${graphqlErrors} GraphQL error answers` : ''].filter(Boolean).join(', ');

      const ratio = Math.min(GOAL_DB_P95_MS / db95, GOAL_GRAPHQL_P95_MS / g95);
      const dbPass = db95 <= GOAL_DB_P95_MS;
      const gqlPass = g95 <= GOAL_GRAPHQL_P95_MS;
      const fmt = (v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(1));
      return {
        name: NAME,
        metric: `GraphQL p95, ${connections} agents, first 50 open tickets of a queue (ratio: headroom min(10 ms/DB p95, 50 ms/GraphQL p95))`,
        value: g95,
        unit: 'ms p95',
        baseline: { name: 'goal', value: GOAL_GRAPHQL_P95_MS, unit: 'ms' },
        ratio,
        goal: 1,
        pass: dbPass && gqlPass && !problems,
        latencyP50Ms: g50,
        latencyP99Ms: g99,
        notes:
          `${load.total.toLocaleString('en-US')} tickets (${load.open.toLocaleString('en-US')} open) loaded in ${load.seconds.toFixed(1)} s (+${before} from seed/ingest), tickets ${tableSize}; ` +
          `DB first page p50 ${fmt(percentile(firstTimes, 50))} / p95 ${fmt(percentile(firstTimes, 95))} ms, deep keyset page p50 ${fmt(percentile(deepTimes, 50))} / p95 ${fmt(percentile(deepTimes, 95))} ms ` +
          `(goal p95 ≤ ${GOAL_DB_P95_MS} ms) ${dbPass ? 'PASS' : 'FAIL'}; ` +
          `GraphQL ${Math.round(gql.requestsPerSecond)} req/s, p50 ${fmt(g50)} / p95 ${fmt(g95)} / p99 ${fmt(g99)} ms (goal p95 ≤ ${GOAL_GRAPHQL_P95_MS} ms) ${gqlPass ? 'PASS' : 'FAIL'}` +
          (problems ? `; ${problems}` : ''),
        details: {
          load: { ...load, ticketsBefore: Number(before), tableSize, openPerQueue: perQueue.map((q) => ({ name: q.name, open: q.open })) },
          db: {
            runs: { first: firstTimes.length, deep: deepTimes.length },
            firstPage: { p50Ms: r1(percentile(firstTimes, 50)), p95Ms: r1(percentile(firstTimes, 95)), p99Ms: r1(percentile(firstTimes, 99)), maxMs: r1(percentile(firstTimes, 100)) },
            deepPage: { p50Ms: r1(percentile(deepTimes, 50)), p95Ms: r1(percentile(deepTimes, 95)), p99Ms: r1(percentile(deepTimes, 99)), maxMs: r1(percentile(deepTimes, 100)) },
            goalP95Ms: GOAL_DB_P95_MS,
            sqlFirstPage: captured.first.sql,
            sqlDeepPage: captured.deep.sql,
            explainFirstPage: explainFirst,
            explainDeepPage: explainDeep,
          },
          graphql: {
            connections,
            requestsPerSecond: r1(gql.requestsPerSecond),
            requests: gql.requests,
            statusCodes: gql.statusCodes,
            graphqlErrors,
            p50Ms: g50,
            p95Ms: g95,
            p99Ms: g99,
            goalP95Ms: GOAL_GRAPHQL_P95_MS,
            apiSessions: sessions,
          },
        },
      };
    } finally {
      await db.end();
    }
  },
};
