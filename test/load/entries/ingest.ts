/**
 * Entry: message ingest end to end — `POST /api/v1/messages` with the demo store key, every request a new
 * buyer message (unique externalId, its own buyer address, German or English text, receivedAt now-ish),
 * so each one opens a ticket: language detection, routing, auto-assignment, message, timeline, outbox.
 *   1. max throughput (messages/s) with the usual connections → ratio to the single-row INSERT baseline
 *      (goal ≥ 0.25);
 *   2. a fixed rate of half that (autocannon overallRate) → p99 latency (goal ≤ 100 ms);
 *   3. messages stored for this run = 201 answers counted by the load generator (no silent loss).
 */
import { randomBytes, randomInt } from 'node:crypto';
import type autocannon from 'autocannon';
import { Client } from 'pg';
import { loadProblems, percentile, runHttpLoad } from '../support/autocannon';
import type { BenchContext, BenchEntry, EntryResult, HttpLoadResult } from '../support/types';

const NAME = 'ingest POST /api/v1/messages';
const STORE_KEY = 'lk_demo_amazon_de';
const GOAL_RATIO = 0.25;
const GOAL_P99_MS = 100;

const FIRST = ['Anna', 'Jonas', 'Lena', 'Lukas', 'Marie', 'Felix', 'Sophie', 'Paul', 'Emily', 'James', 'Olivia', 'Jack', 'Hannah', 'Max'];
const LAST = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Smith', 'Jones', 'Taylor', 'Brown', 'Becker', 'Hoffmann'];

/** Subject/body pairs as buyers write them; {order} becomes an Amazon 3-7-7 order id. */
const TEXTS: { subject: string; body: string }[] = [
  {
    subject: 'Frage zu meiner Bestellung {order}',
    body: 'Hallo, meine Bestellung {order} ist noch nicht angekommen. Können Sie bitte nachsehen, wo das Paket gerade ist? Laut Sendungsverfolgung liegt es seit drei Tagen im Verteilzentrum. Vielen Dank.',
  },
  {
    subject: 'Artikel beschädigt angekommen',
    body: 'Guten Tag, leider ist der Artikel aus Bestellung {order} beschädigt bei mir angekommen, die Verpackung war eingedrückt und das Glas ist gesprungen. Ich hätte gern einen Ersatz oder eine Erstattung. Fotos kann ich Ihnen gerne schicken. Mit freundlichen Grüßen',
  },
  {
    subject: 'Rücksendung',
    body: 'Hallo, ich möchte die Bestellung {order} zurückschicken, weil die Größe nicht passt. Wie funktioniert die Rücksendung und bekomme ich ein Rücksendeetikett? Danke für Ihre Hilfe.',
  },
  {
    subject: 'Rechnung benötigt',
    body: 'Sehr geehrte Damen und Herren, für meine Bestellung {order} benötige ich eine Rechnung mit ausgewiesener Mehrwertsteuer für meine Firma. Können Sie mir diese bitte per E-Mail zusenden? Vielen Dank im Voraus.',
  },
  {
    subject: 'Where is my order {order}?',
    body: 'Hello, I ordered this two weeks ago (order {order}) and it still has not arrived. The tracking has not been updated since last Monday. Could you please check with the carrier and let me know? Thanks.',
  },
  {
    subject: 'Wrong item received',
    body: 'Hi, I received the wrong item for order {order}: I ordered the black version but got a white one. Please send the correct colour or tell me how to return this one. Kind regards',
  },
  {
    subject: 'Question before I leave feedback',
    body: 'Hello, the product from order {order} stopped working after one week. It does not charge any more. Is there a warranty, and can you replace it? I would rather sort this out with you first.',
  },
];

function orderId(): string {
  return `${randomInt(100, 1000)}-${randomInt(1_000_000, 10_000_000)}-${randomInt(1_000_000, 10_000_000)}`;
}

/** One new buyer message; `run` keeps this run's externalIds apart from anything else in the database. */
export function ingestBody(run: string, seq: number): string {
  const text = TEXTS[randomInt(TEXTS.length)]!;
  const order = orderId();
  const first = FIRST[randomInt(FIRST.length)]!;
  const last = LAST[randomInt(LAST.length)]!;
  const token = randomBytes(6).toString('hex');
  return JSON.stringify({
    externalId: `<bench-${run}-${seq}-${token}@marketplace.amazon.de>`,
    from: { address: `${token}${seq.toString(36)}@marketplace.amazon.de`, name: `${first} ${last}` },
    subject: text.subject.replace('{order}', order),
    body: text.body.replace('{order}', order),
    receivedAt: new Date(Date.now() - randomInt(0, 120_000)).toISOString(),
  });
}

function count201(...runs: HttpLoadResult[]): number {
  return runs.reduce((n, r) => n + (r.statusCodes['201'] ?? 0), 0);
}

export const ingest: BenchEntry = {
  name: NAME,
  async run(ctx: BenchContext): Promise<EntryResult> {
    const { config, baselines } = ctx;
    const run = randomBytes(4).toString('hex');
    let seq = 0;
    const target = {
      url: `${ctx.api.url}/api/v1/messages`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${STORE_KEY}` },
      connections: config.connections,
      requests: [
        {
          setupRequest: (req: autocannon.Request) => ({ ...req, body: ingestBody(run, seq++) }),
        },
      ],
    };

    // One request by hand first: a 201 with a ticket, or the entry cannot measure anything.
    const probe = await fetch(target.url, { method: 'POST', headers: target.headers, body: ingestBody(run, seq++) });
    const probeBody = await probe.text();
    if (probe.status !== 201) throw new Error(`POST /api/v1/messages answered ${probe.status}: ${probeBody}`);
    const probes = 1;

    ctx.progress(`warming up ingest (${config.warmupSeconds} s)…`);
    const warm = await runHttpLoad({ ...target, seconds: config.warmupSeconds });
    ctx.progress(`measuring max ingest throughput (${config.seconds} s, ${config.connections} connections)…`);
    const max = await runHttpLoad({ ...target, seconds: config.seconds, collectLatencies: true });
    if (max.requests === 0) {
      throw new Error(
        `not one of ${config.connections} concurrent ingest requests was answered in ${config.seconds} s (the API stopped answering; ` +
          `statuses ${JSON.stringify(max.statusCodes)}, ${max.errors} errors, ${max.timeouts} timeouts)`,
      );
    }
    const rate = Math.max(1, Math.round(max.requestsPerSecond / 2));
    ctx.progress(`measuring ingest latency at a fixed ${rate} messages/s (half the max; ${config.seconds} s)…`);
    const half = await runHttpLoad({ ...target, seconds: config.seconds, overallRate: rate, collectLatencies: true });

    // No silent loss: every 201 is a stored message, and nothing stored without a 201 (timeouts aside).
    const db = new Client({ connectionString: ctx.database.url });
    await db.connect();
    let stored: number;
    let tickets: number;
    try {
      const { rows } = await db.query<{ messages: string; tickets: string }>(
        `SELECT count(*) AS messages, count(DISTINCT ticket_id) AS tickets FROM messages WHERE external_id LIKE $1`,
        [`<bench-${run}-%`],
      );
      stored = Number(rows[0]!.messages);
      tickets = Number(rows[0]!.tickets);
    } finally {
      await db.end();
    }
    const created = count201(warm, max, half) + probes;
    // autocannon stops at the deadline with up to one request per connection unanswered; those may
    // still be stored. Loss = a 201 without its row; extras beyond the unanswered ones = a bug too.
    const unanswered = [warm, max, half].reduce((n, r) => n + Math.max(0, r.sent - r.requests), 0);
    const lossFree = stored >= created && stored - created <= unanswered;

    const base = baselines.pgInsert;
    const ratio = max.requestsPerSecond / base.value;
    const p99 = percentile(half.latenciesMs ?? [], 99);
    const p50 = percentile(half.latenciesMs ?? [], 50);
    const problems = [loadProblems(max) && `max run: ${loadProblems(max)}`, loadProblems(half) && `fixed-rate run: ${loadProblems(half)}`]
      .filter(Boolean)
      .join('; ');
    const achieved = half.requestsPerSecond;
    const pass = ratio >= GOAL_RATIO && p99 <= GOAL_P99_MS && lossFree && !problems;
    return {
      name: NAME,
      metric: 'new buyer messages/s, each opening a ticket (max), p50/p99 at half the max rate',
      value: max.requestsPerSecond,
      unit: 'msg/s',
      baseline: { name: base.name, value: base.value, unit: base.unit },
      ratio,
      goal: GOAL_RATIO,
      pass,
      latencyP50Ms: p50,
      latencyP99Ms: p99,
      notes:
        `max ${Math.round(max.requestsPerSecond)} msg/s with ${config.connections} connections (p50 ${fmt(percentile(max.latenciesMs ?? [], 50))} ms, p99 ${fmt(percentile(max.latenciesMs ?? [], 99))} ms); ` +
        `at ${rate}/s target (${Math.round(achieved)}/s achieved): p50 ${fmt(p50)} ms, p99 ${fmt(p99)} ms (goal ≤ ${GOAL_P99_MS} ms) ${p99 <= GOAL_P99_MS ? 'PASS' : 'FAIL'}; ` +
        `stored ${stored} messages on ${tickets} tickets for ${created} answers 201 + ${stored - created} of ${unanswered} requests still in flight when autocannon stopped ${lossFree ? '(no loss)' : '(MISMATCH)'}; ` +
        `unique externalId and buyer per request, German/English bodies, key ${STORE_KEY}` +
        (problems ? `; ${problems}` : ''),
      details: {
        maxRun: summary(max),
        fixedRateRun: { targetRate: rate, ...summary(half) },
        warmupRun: summary(warm),
        stored,
        ticketsCreated: tickets,
        answered201: created,
        unansweredAtStop: unanswered,
        lossFree,
        goals: { ratio: GOAL_RATIO, p99Ms: GOAL_P99_MS },
      },
    };
  },
};

function fmt(v: number): string {
  return Number.isFinite(v) ? (v >= 10 ? v.toFixed(0) : v.toFixed(1)) : '-';
}

function summary(r: HttpLoadResult): Record<string, unknown> {
  const l = r.latenciesMs ?? [];
  return {
    requestsPerSecond: Math.round(r.requestsPerSecond * 10) / 10,
    requests: r.requests,
    statusCodes: r.statusCodes,
    errors: r.errors,
    timeouts: r.timeouts,
    ...(l.length ? { p50Ms: percentile(l, 50), p95Ms: percentile(l, 95), p99Ms: percentile(l, 99), maxMs: percentile(l, 100) } : {}),
  };
}
