/**
 * SLA sweeper entries (ARCHITECTURE.md "SLA"): the built API in production mode sweeps the bench database
 * every second, claiming due clocks with FOR UPDATE SKIP LOCKED and running the default escalation (level 2
 * at a breach: supervisors' queue, supervisors notified, timeline, sla_events, outbox events).
 *
 * - lag: 100,000 running clocks loaded by SQL, due times spread evenly over two minutes; the figure is the
 *   p99 of (breached_at − due_at), both on the database clock. Goal: ≤ 5 s.
 * - burst: 10,000 clocks due in the same second; the figure is the time from that second until the last
 *   one fired. Goal: ≤ 10 s.
 * Both work in an organisation of their own ("SLA Bench"), deleted afterwards, so other entries see the
 * demo data unchanged. Ratio = goal ÷ figure, so ≥ 1.00× passes.
 */
import { Client } from 'pg';
import type { BenchContext, BenchEntry, EntryResult } from '../support/types';

const TICKETS = 1_000;

async function withClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'lifeline-bench-sla' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** An organisation with one store, a catch-all and a supervisors' queue, a supervisor and TICKETS open tickets. */
async function createBenchOrganization(c: Client): Promise<{ organizationId: string; ticketIds: string[] }> {
  const { rows: [org] } = await c.query<{ id: string }>(`INSERT INTO organizations (name) VALUES ('SLA Bench ' || gen_random_uuid()) RETURNING id`);
  const organizationId = org!.id;
  const { rows: [store] } = await c.query<{ id: string }>(
    `INSERT INTO stores (organization_id, name, marketplace, region, marketplace_id, time_zone, default_language)
     VALUES ($1, 'Amazon DE', 'AMAZON', 'EU', 'A1PA6795UKMFR9', 'Europe/Berlin', 'de') RETURNING id`,
    [organizationId],
  );
  const { rows: [queue] } = await c.query<{ id: string }>(`INSERT INTO queues (organization_id, name, is_fallback) VALUES ($1, 'General', true) RETURNING id`, [organizationId]);
  await c.query(`INSERT INTO queues (organization_id, name, is_supervisor_queue) VALUES ($1, 'Supervisors', true)`, [organizationId]);
  await c.query(
    `INSERT INTO users (organization_id, email, name, role, password_hash, languages) VALUES ($1, $2, 'Bench Supervisor', 'SUPERVISOR', 'x', '{en}')`,
    [organizationId, `supervisor@${organizationId}.bench`],
  );
  const { rows } = await c.query<{ id: string }>(
    `INSERT INTO tickets (organization_id, store_id, channel, subject, language, language_source, status, queue_id, buyer_address, last_message_at)
     SELECT $1, $2, 'BUYER_MESSAGE', 'bench ' || g, 'de', 'DETECTED', 'OPEN', $3, 'buyer' || g || '@marketplace.amazon.de', now()
       FROM generate_series(1, $4) g RETURNING id`,
    [organizationId, store!.id, queue!.id, TICKETS],
  );
  return { organizationId, ticketIds: rows.map((r) => r.id) };
}

async function dropBenchOrganization(c: Client, organizationId: string): Promise<void> {
  for (const table of ['sla_events', 'sla_clocks', 'ticket_timeline', 'outbox_events', 'tickets', 'queues', 'users', 'stores']) {
    await c.query(`DELETE FROM ${table} WHERE organization_id = $1`, [organizationId]);
  }
  await c.query(`DELETE FROM organizations WHERE id = $1`, [organizationId]);
}

/** Waits until `count` clocks of the organisation are BREACHED; throws after `timeoutMs`. */
async function waitForBreaches(c: Client, organizationId: string, count: number, timeoutMs: number, ctx: BenchContext): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  for (;;) {
    const { rows: [row] } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM sla_clocks WHERE organization_id = $1 AND status = 'BREACHED'`, [organizationId]);
    if (row!.n >= count) return;
    if (row!.n !== last && Math.floor(row!.n / 10_000) !== Math.floor(last / 10_000)) ctx.progress(`  ${row!.n.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} clocks fired…`);
    last = row!.n;
    if (Date.now() > deadline) throw new Error(`only ${row!.n} of ${count} clocks fired within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function result(name: string, metric: string, valueMs: number, goalMs: number, notes: string, p50Ms?: number): EntryResult {
  const ratio = valueMs > 0 ? goalMs / valueMs : Number.POSITIVE_INFINITY;
  return {
    name,
    metric,
    value: valueMs,
    unit: 'ms',
    baseline: { name: 'goal', value: goalMs, unit: 'ms' },
    ratio,
    goal: 1,
    pass: valueMs <= goalMs,
    latencyP50Ms: p50Ms,
    latencyP99Ms: name.includes('lag') ? valueMs : undefined,
    notes,
  };
}

const LAG_CLOCKS = 100_000;
const LAG_SPREAD_SECONDS = 120;
const LAG_LEAD_SECONDS = 30;

export const slaSweeperLag: BenchEntry = {
  name: 'sla sweeper lag (100k running clocks)',
  async run(ctx): Promise<EntryResult> {
    return withClient(ctx.database.url, async (c) => {
      const { organizationId, ticketIds } = await createBenchOrganization(c);
      try {
        ctx.progress(`loading ${LAG_CLOCKS.toLocaleString('en-US')} running clocks due over ${LAG_SPREAD_SECONDS} s, the first ${LAG_LEAD_SECONDS} s from now…`);
        const loadStarted = Date.now();
        await c.query(
          `INSERT INTO sla_clocks (organization_id, ticket_id, kind, hours, started_at, due_at)
           SELECT $1, ($2::uuid[])[1 + g % $3], 'FIRST_RESPONSE', 'CALENDAR', d - interval '24 hours', d
             FROM (SELECT g, now() + make_interval(secs => $4 + $5 * g::float8 / $6) AS d FROM generate_series(0, $6 - 1) g) s`,
          [organizationId, ticketIds, ticketIds.length, LAG_LEAD_SECONDS, LAG_SPREAD_SECONDS, LAG_CLOCKS],
        );
        ctx.progress(`  loaded in ${((Date.now() - loadStarted) / 1000).toFixed(1)} s; waiting for the sweeper…`);
        await waitForBreaches(c, organizationId, LAG_CLOCKS, (LAG_LEAD_SECONDS + LAG_SPREAD_SECONDS + 120) * 1000, ctx);
        const { rows: [lag] } = await c.query<{ p50: number; p99: number; max: number; early: number }>(
          `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99, max(ms) AS max,
                  count(*) FILTER (WHERE ms < 0)::int AS early
             FROM (SELECT (extract(epoch FROM breached_at - due_at) * 1000)::float8 AS ms FROM sla_clocks WHERE organization_id = $1) x`,
          [organizationId],
        );
        const { rows: [once] } = await c.query<{ events: number; clocks: number }>(
          `SELECT count(*)::int AS events, count(DISTINCT clock_id)::int AS clocks FROM sla_events WHERE organization_id = $1 AND type = 'BREACH'`,
          [organizationId],
        );
        if (lag!.early > 0 || once!.events !== LAG_CLOCKS || once!.clocks !== LAG_CLOCKS) {
          throw new Error(`wrong firing: ${lag!.early} early, ${once!.events} breach events for ${once!.clocks} clocks (expected ${LAG_CLOCKS} each)`);
        }
        return result(
          'sla sweeper lag (100k running clocks)',
          'p99 of breached_at − due_at',
          lag!.p99,
          5_000,
          `${LAG_CLOCKS.toLocaleString('en-US')} clocks on ${TICKETS} tickets, due evenly over ${LAG_SPREAD_SECONDS} s (~${Math.round(LAG_CLOCKS / LAG_SPREAD_SECONDS)}/s); ` +
            `one API process, 1 s sweep, batches of 500, default escalation; p50 ${Math.round(lag!.p50)} ms, max ${Math.round(lag!.max)} ms; each fired once`,
          lag!.p50,
        );
      } finally {
        await dropBenchOrganization(c, organizationId);
      }
    });
  },
};

const BURST_CLOCKS = 10_000;

export const slaSameSecondBurst: BenchEntry = {
  name: 'sla sweeper burst (10k clocks due in one second)',
  async run(ctx): Promise<EntryResult> {
    return withClient(ctx.database.url, async (c) => {
      const { organizationId, ticketIds } = await createBenchOrganization(c);
      try {
        const { rows: [due] } = await c.query<{ at: Date }>(
          `INSERT INTO sla_clocks (organization_id, ticket_id, kind, hours, started_at, due_at)
           SELECT $1, ($2::uuid[])[1 + g % $3], 'FIRST_RESPONSE', 'CALENDAR', d - interval '24 hours', d
             FROM (SELECT g, date_trunc('second', now()) + interval '10 seconds' + (g % 1000) * interval '1 millisecond' AS d FROM generate_series(0, $4 - 1) g) s
           RETURNING date_trunc('second', due_at) AS at`,
          [organizationId, ticketIds, ticketIds.length, BURST_CLOCKS],
        );
        ctx.progress(`  ${BURST_CLOCKS.toLocaleString('en-US')} clocks due in the second starting ${due!.at.toISOString()}; waiting…`);
        await waitForBreaches(c, organizationId, BURST_CLOCKS, 60_000, ctx);
        const { rows: [span] } = await c.query<{ all_fired_ms: number; first_ms: number; events: number }>(
          `SELECT (extract(epoch FROM max(breached_at) - $2::timestamptz) * 1000)::float8 AS all_fired_ms, (extract(epoch FROM min(breached_at) - $2::timestamptz) * 1000)::float8 AS first_ms,
                  (SELECT count(*)::int FROM sla_events WHERE organization_id = $1 AND type = 'BREACH') AS events
             FROM sla_clocks WHERE organization_id = $1`,
          [organizationId, due!.at],
        );
        if (span!.events !== BURST_CLOCKS) throw new Error(`${span!.events} breach events for ${BURST_CLOCKS} clocks`);
        return result(
          'sla sweeper burst (10k clocks due in one second)',
          'time from the due second until the last clock fired',
          span!.all_fired_ms,
          10_000,
          `${BURST_CLOCKS.toLocaleString('en-US')} clocks on ${TICKETS} tickets due within one second; first fired after ${Math.round(span!.first_ms)} ms; ` +
            'one API process, 1 s sweep, batches of 500, default escalation; each fired once',
        );
      } finally {
        await dropBenchOrganization(c, organizationId);
      }
    });
  },
};
