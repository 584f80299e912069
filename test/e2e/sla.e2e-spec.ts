import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BusinessCalendarsDocument,
  LateResponseRateDocument,
  MarkMessageNoResponseNeededDocument,
  ReplyToTicketDocument,
  SaveBusinessCalendarDocument,
  SaveSlaPolicyDocument,
  SetTicketStatusDocument,
  SlaPoliciesDocument,
  StoresDocument,
  TicketSlaClocksDocument,
} from '@lifeline/api-contract';
import { dueAt as businessDueAt, hours } from '@lifeline/domain';
import { startLifeline, type RunningLifeline } from '../../apps/api/src/bootstrap';
import { createTestDatabase } from '../support/database';
import { codes, gql, login } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, TEST_JWT_SECRET, type TestServer } from '../support/server';

const HOUR = 3_600_000;
const DE = 'lk_demo_amazon_de';

/** Another API process on the same database, as a second replica behind the load balancer would be. */
async function startReplica(databaseUrl: string, seed = false): Promise<RunningLifeline> {
  return startLifeline(
    {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: '0',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: seed ? 'true' : 'false',
      CONSOLE_DIR: join(tmpdir(), 'lifeline-no-console'),
      LIFELINE_DATA_DIR: await mkdtemp(join(tmpdir(), 'lifeline-test-data-')),
      DATABASE_POOL_SIZE: '5',
    },
    { logger: false },
  );
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface ClockRow {
  id: string;
  kind: string;
  status: string;
  due_at: Date;
  warned_at: Date | null;
  breached_at: Date | null;
  met_at: Date | null;
}

describe('SLA clocks', () => {
  let s: TestServer;
  let replica: RunningLifeline;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    replica = await startReplica(s.databaseUrl);
    for (const who of ['admin', 'supervisor', 'agent.en', 'agent.de']) tokens[who] = (await login(s.url, `${who}@demo.lifeline.test`)).token;
  });
  afterAll(async () => {
    await replica?.close();
    await s?.close();
  });

  const clocks = (ticketId: string) => s.sql<ClockRow>(`SELECT id, kind, status, due_at, warned_at, breached_at, met_at FROM sla_clocks WHERE ticket_id = $1 ORDER BY created_at, kind`, [ticketId]);
  const ticketClocks = async (id: string, who = 'agent.de') => (await gql(s.url, TicketSlaClocksDocument, { id }, tokens[who])).data!.ticket;
  const ingest = async (overrides: Record<string, unknown>, key = DE) => {
    const r = await postMessage(s.url, key, buyerMessage(overrides));
    expect(r.status).toBe(201);
    return r.body as { ticketId: string; messageId: string };
  };

  describe('with two API processes sweeping one database', () => {
    it('breaches a message received just under 24 h ago within seconds, exactly once', async () => {
      const { ticketId } = await ingest({ receivedAt: new Date(Date.now() - 24 * HOUR + 3_000).toISOString() });
      const [clock] = (await clocks(ticketId)).filter((c) => c.kind === 'FIRST_RESPONSE');
      expect(clock!.status).toBe('RUNNING');

      const breached = await until('the breach', async () => (await clocks(ticketId)).find((c) => c.id === clock!.id && c.status === 'BREACHED'));
      // Fired on the database clock within the sweep interval of its due time.
      expect(breached.breached_at!.getTime() - breached.due_at.getTime()).toBeGreaterThanOrEqual(0);
      expect(breached.breached_at!.getTime() - breached.due_at.getTime()).toBeLessThan(2_500);
      await new Promise((r) => setTimeout(r, 2_500)); // both processes sweep again meanwhile
      // Its warning point (75 %) had passed on arrival: the warning fired at once, then the breach; each once.
      expect(await s.sql(`SELECT type FROM sla_events WHERE clock_id = $1 ORDER BY id`, [clock!.id])).toEqual([{ type: 'WARNING' }, { type: 'BREACH' }]);
      expect(await s.sql(`SELECT 1 FROM outbox_events WHERE type = 'sla.breached' AND payload->>'clockId' = $1`, [clock!.id])).toHaveLength(1);
      expect(await s.sql(`SELECT 1 FROM ticket_timeline WHERE ticket_id = $1 AND type = 'SLA_BREACHED'`, [ticketId])).toHaveLength(1);

      // Level 2 by default: the supervisors' queue takes it and the supervisors are told.
      const t = await ticketClocks(ticketId, 'supervisor');
      expect(t.queue.name).toBe('Supervisors');
      expect(t.slaClocks.find((c) => c.kind === 'FIRST_RESPONSE')).toMatchObject({ status: 'BREACHED', escalationLevel: 2, metAt: null });
      const [event] = await s.sql<{ payload: { notifyUserIds: string[]; level: number } }>(`SELECT payload FROM outbox_events WHERE type = 'sla.breached' AND payload->>'clockId' = $1`, [clock!.id]);
      const supervisors = await s.sql<{ id: string }>(`SELECT u.id FROM users u JOIN organizations o ON o.id = u.organization_id WHERE o.name = 'Demo Seller' AND u.role IN ('SUPERVISOR', 'ADMIN')`);
      expect(event!.payload.level).toBe(2);
      expect([...event!.payload.notifyUserIds].sort()).toEqual(supervisors.map((u) => u.id).sort());
    });

    it('fires each of 300 clocks due in the same second once, between the two processes', async () => {
      const due = Date.now() + 4_000;
      const tickets = await Promise.all(
        Array.from({ length: 30 }, () => ingest({ receivedAt: new Date(due - 24 * HOUR).toISOString() })),
      );
      // 270 more clocks on those tickets, due in the same second (as a burst of follow-ups would be).
      await s.sql(
        `INSERT INTO sla_clocks (organization_id, ticket_id, kind, hours, started_at, due_at)
         SELECT t.organization_id, t.id, 'NEXT_RESPONSE', 'CALENDAR', to_timestamp($2 / 1000.0) - interval '24 hours', to_timestamp($2 / 1000.0)
           FROM tickets t, generate_series(1, 9) WHERE t.id = ANY($1)`,
        [tickets.map((t) => t.ticketId), due],
      );
      const ids = tickets.map((t) => t.ticketId);
      await until('300 breaches', async () => {
        const [row] = await s.sql<{ n: number }>(`SELECT count(*)::int AS n FROM sla_clocks WHERE ticket_id = ANY($1) AND status = 'BREACHED'`, [ids]);
        return row!.n === 300;
      });
      await new Promise((r) => setTimeout(r, 2_000));
      const [events] = await s.sql<{ n: number; distinct: number }>(
        `SELECT count(*)::int AS n, count(DISTINCT clock_id)::int AS distinct FROM sla_events WHERE ticket_id = ANY($1) AND type = 'BREACH'`,
        [ids],
      );
      expect(events).toEqual({ n: 300, distinct: 300 });
      const [outbox] = await s.sql<{ n: number }>(`SELECT count(*)::int AS n FROM outbox_events WHERE type = 'sla.breached' AND payload->>'ticketId' = ANY($1)`, [ids]);
      expect(outbox!.n).toBe(300);
    }, 60_000);
  });

  it('warns at 75 % elapsed: raises the priority and tells the assignee', async () => {
    const { ticketId } = await ingest({ receivedAt: new Date(Date.now() - 18 * HOUR + 2_000).toISOString() });
    const [agent] = await s.sql<{ id: string }>(`SELECT id FROM users WHERE email = 'agent.de@demo.lifeline.test'`);
    await s.sql(`UPDATE tickets SET assignee_id = $2 WHERE id = $1`, [ticketId, agent!.id]);
    const before = await ticketClocks(ticketId);
    expect(before.priority).toBe('NORMAL');
    await until('the warning', async () => (await clocks(ticketId)).find((c) => c.kind === 'FIRST_RESPONSE' && c.warned_at));
    const after = await until('the escalation', async () => {
      const t = await ticketClocks(ticketId);
      return t.priority === 'HIGH' && t;
    });
    expect(after.slaClocks.find((c) => c.kind === 'FIRST_RESPONSE')).toMatchObject({ status: 'RUNNING', escalationLevel: 1 });
    const events = await s.sql<{ payload: { notifyUserIds: string[] } }>(`SELECT payload FROM outbox_events WHERE type = 'sla.warning' AND payload->>'ticketId' = $1`, [ticketId]);
    expect(events.map((e) => e.payload.notifyUserIds)).toEqual([[agent!.id]]);
  });

  it('meets the response clock with a reply before the due time, pauses resolution while waiting on the buyer, and restarts on the next message', async () => {
    const buyer = `${Math.random().toString(36).slice(2, 12)}@marketplace.amazon.de`;
    const received = Date.now() - 10 * HOUR; // before its warning point, so no escalation races the reply
    const { ticketId } = await ingest({ from: { address: buyer }, receivedAt: new Date(received).toISOString() });
    const opened = await ticketClocks(ticketId);
    expect(opened.slaClocks.map((c) => [c.kind, c.status])).toEqual([
      ['FIRST_RESPONSE', 'RUNNING'],
      ['RESOLUTION', 'RUNNING'],
    ]);
    // Queue urgency follows the nearest running clock: Amazon's 24 hours from the message.
    expect(new Date(opened.dueAt!).getTime()).toBe(received + 24 * HOUR);

    const replied = await gql(s.url, ReplyToTicketDocument, { input: { ticketId, version: opened.version, body: 'Your parcel is on its way.' } }, tokens['agent.de']);
    expect(replied.errors).toBeUndefined();
    const waiting = await ticketClocks(ticketId);
    expect(waiting.status).toBe('WAITING_ON_BUYER');
    const first = waiting.slaClocks.find((c) => c.kind === 'FIRST_RESPONSE')!;
    expect(first.status).toBe('MET');
    expect(new Date(first.metAt!).getTime()).toBeLessThan(new Date(first.dueAt).getTime());
    expect(waiting.slaClocks.find((c) => c.kind === 'RESOLUTION')!.status).toBe('PAUSED');
    expect(waiting.dueAt).toBeNull();

    await new Promise((r) => setTimeout(r, 1_100));
    const followUp = Date.now() - 60_000;
    await ingest({ from: { address: buyer }, receivedAt: new Date(followUp).toISOString() });
    const reopened = await ticketClocks(ticketId);
    expect(reopened.status).toBe('OPEN');
    expect(reopened.slaClocks.map((c) => [c.kind, c.status])).toEqual([
      ['FIRST_RESPONSE', 'MET'],
      ['RESOLUTION', 'RUNNING'],
      ['NEXT_RESPONSE', 'RUNNING'],
    ]);
    const resolution = reopened.slaClocks.find((c) => c.kind === 'RESOLUTION')!;
    expect(resolution.pausedSeconds).toBeGreaterThanOrEqual(1);
    // The paused time is added to the resolution target.
    expect(new Date(resolution.dueAt).getTime() - (received + 5 * 24 * HOUR)).toBeGreaterThanOrEqual(1_000);
    expect(new Date(reopened.dueAt!).getTime()).toBe(followUp + 24 * HOUR);

    const resolved = await gql(s.url, SetTicketStatusDocument, { input: { ticketId, version: reopened.version, status: 'RESOLVED' } }, tokens['agent.de']);
    expect(resolved.errors).toBeUndefined();
    const done = await ticketClocks(ticketId);
    expect(done.slaClocks.map((c) => [c.kind, c.status])).toEqual([
      ['FIRST_RESPONSE', 'MET'],
      ['RESOLUTION', 'MET'],
      ['NEXT_RESPONSE', 'CANCELLED'],
    ]);
    expect(done.dueAt).toBeNull();
  });

  it('starts no clock for a message that arrives marked no response needed', async () => {
    const { ticketId } = await ingest({ noResponseNeeded: true });
    expect(await clocks(ticketId)).toEqual([]);
    expect((await ticketClocks(ticketId)).dueAt).toBeNull();
  });

  it("cancels a message's response clock when an agent marks it no response needed, with the reason on the timeline", async () => {
    const { ticketId, messageId } = await ingest({ subject: 'Danke', body: 'Vielen Dank, alles angekommen. Schönes Wochenende!' });
    const t = await ticketClocks(ticketId);
    const r = await gql(s.url, MarkMessageNoResponseNeededDocument, { input: { messageId, ticketVersion: t.version, reason: 'Thank-you note' } }, tokens['agent.de']);
    expect(r.errors).toBeUndefined();
    const after = r.data!.markMessageNoResponseNeeded;
    expect(after.messages.find((m) => m.id === messageId)?.noResponseNeeded).toBe(true);
    expect(after.slaClocks.map((c) => [c.kind, c.status])).toEqual([
      ['FIRST_RESPONSE', 'CANCELLED'],
      ['RESOLUTION', 'RUNNING'],
    ]);
    expect(new Date(after.dueAt!).getTime()).toBe(new Date(after.slaClocks[1]!.dueAt).getTime());
    const [event] = await s.sql<{ data: Record<string, unknown> }>(`SELECT data FROM ticket_timeline WHERE ticket_id = $1 AND type = 'NO_RESPONSE_NEEDED'`, [ticketId]);
    expect(event!.data).toMatchObject({ messageId, reason: 'Thank-you note', clocksCancelled: 1 });
    const stale = await gql(s.url, MarkMessageNoResponseNeededDocument, { input: { messageId, ticketVersion: t.version, reason: 'again' } }, tokens['agent.de']);
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  it('runs the claim deadline on an A-to-z claim: 48 calendar hours from Amazon’s message', async () => {
    const received = Date.now() - HOUR;
    const { ticketId } = await ingest({ channel: 'A_TO_Z_CLAIM', subject: 'A-to-z claim', body: 'The buyer filed an A-to-z Guarantee claim.', receivedAt: new Date(received).toISOString() });
    const t = await ticketClocks(ticketId, 'supervisor');
    const claim = t.slaClocks.find((c) => c.kind === 'A_TO_Z_INFORMATION_REQUEST')!;
    expect(new Date(claim.dueAt).getTime()).toBe(received + 48 * HOUR);
    expect(t.slaClocks.some((c) => c.kind === 'FIRST_RESPONSE')).toBe(false);
  });

  describe('policies', () => {
    it('lets an admin set business-hours targets per store and channel, and new clocks follow them', async () => {
      const stores = (await gql(s.url, StoresDocument, {}, tokens.admin)).data!.stores;
      const de = stores.find((x) => x.name === 'Amazon DE')!;
      const input = {
        name: 'Amazon DE buyer messages',
        storeId: de.id,
        channel: 'BUYER_MESSAGE' as const,
        targets: [
          {
            kind: 'FIRST_RESPONSE' as const,
            enabled: true,
            targetMinutes: 8 * 60,
            hours: 'BUSINESS' as const,
            warning: { minutesBeforeDue: 120 },
            escalation: [{ level: 1, on: 'BREACH' as const, actions: ['NOTIFY_SUPERVISORS' as const] }],
          },
        ],
      };
      expect(codes(await gql(s.url, SaveSlaPolicyDocument, { input }, tokens['agent.de']))).toEqual(['FORBIDDEN']);
      const saved = await gql(s.url, SaveSlaPolicyDocument, { input }, tokens.admin);
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveSlaPolicy.targets.find((x) => x.kind === 'FIRST_RESPONSE')).toMatchObject({ targetMinutes: 480, hours: 'BUSINESS', warning: { minutesBeforeDue: 120, elapsedPercent: null } });
      // Kinds not given keep the defaults.
      expect(saved.data!.saveSlaPolicy.targets.find((x) => x.kind === 'NEXT_RESPONSE')).toMatchObject({ targetMinutes: 1440, hours: 'CALENDAR', warning: { elapsedPercent: 75 } });
      expect(codes(await gql(s.url, SaveSlaPolicyDocument, { input }, tokens.admin))).toEqual(['BAD_USER_INPUT']); // one policy per scope

      const badCalendar = await gql(s.url, SaveBusinessCalendarDocument, { input: { name: 'Berlin', storeId: de.id, calendar: { kind: 'business', timeZone: 'Europe/Atlantis', weekly: {} } } }, tokens.admin);
      expect(codes(badCalendar)).toEqual(['BAD_USER_INPUT']);
      const berlin = { kind: 'business', timeZone: 'Europe/Berlin', weekly: { mon: [{ start: '08:00', end: '18:00' }], tue: [{ start: '08:00', end: '18:00' }], wed: [{ start: '08:00', end: '18:00' }], thu: [{ start: '08:00', end: '18:00' }], fri: [{ start: '08:00', end: '18:00' }] } };
      const calendar = await gql(s.url, SaveBusinessCalendarDocument, { input: { name: 'Berlin office', storeId: de.id, calendar: berlin } }, tokens.admin);
      expect(calendar.errors).toBeUndefined();
      expect((await gql(s.url, BusinessCalendarsDocument, {}, tokens.supervisor)).data!.businessCalendars.map((c) => c.name)).toEqual(['Berlin office']);

      const received = Date.now() - 60_000;
      const { ticketId } = await ingest({ receivedAt: new Date(received).toISOString() });
      const first = (await ticketClocks(ticketId)).slaClocks.find((c) => c.kind === 'FIRST_RESPONSE')!;
      expect(first.hours).toBe('BUSINESS');
      const expectedDue = businessDueAt(berlin as never, received, hours(8));
      expect(new Date(first.dueAt).getTime()).toBe(expectedDue);
      expect(new Date(first.warnAt!).getTime()).toBe(businessDueAt(berlin as never, received, hours(6)));
      // Another store keeps the defaults.
      const { ticketId: uk } = await ingest({}, 'lk_demo_amazon_uk');
      expect((await ticketClocks(uk, 'admin')).slaClocks.find((c) => c.kind === 'FIRST_RESPONSE')!.hours).toBe('CALENDAR');
      const listed = (await gql(s.url, SlaPoliciesDocument, {}, tokens.supervisor)).data!;
      expect(listed.slaPolicies.map((p) => p.name)).toEqual(['Amazon DE buyer messages']);
      expect(listed.defaultSlaTargets.find((x) => x.kind === 'CHARGEBACK_RESPONSE')).toMatchObject({ targetMinutes: 7 * 24 * 60, hours: 'CALENDAR' });
    });
  });

  describe("Amazon's late response rate", () => {
    it('counts per message in calendar hours, leaving out no-response-needed and pending messages; an auto-reply is no answer', async () => {
      const other = (await login(s.url, 'admin@other.lifeline.test')).token;
      const fr = (await gql(s.url, StoresDocument, {}, other)).data!.stores[0]!;
      const now = Date.now();
      const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
      const message = async (receivedHoursAgo: number, reply: { afterHours: number; auto?: boolean } | null, extra: Record<string, unknown> = {}) => {
        const r = await ingest({ receivedAt: at(receivedHoursAgo), body: "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous vérifier ?", ...extra }, 'lk_other_amazon_fr');
        if (reply) {
          await s.sql(
            `INSERT INTO messages (organization_id, ticket_id, store_id, direction, subject, body, language, sent_at, is_auto_reply)
             SELECT organization_id, ticket_id, store_id, 'OUTBOUND', 'Re', 'Bonjour', 'fr', sent_at + $2 * interval '1 hour', $3 FROM messages WHERE id = $1`,
            [r.messageId, reply.afterHours, reply.auto ?? false],
          );
        }
      };
      await message(10 * 24, { afterHours: 2 }); // 30 days only: on time
      await message(5 * 24, { afterHours: 30 }); // late
      await message(3 * 24, null); // no response after 24 h: late
      await message(2 * 24, { afterHours: 0.01, auto: true }); // only an auto-reply: late
      await message(6 * 24, { afterHours: 1 }); // on time
      await message(4 * 24, null, { noResponseNeeded: true }); // excluded
      await message(2, null); // its 24 hours are still running: not counted yet

      const r = await gql(s.url, LateResponseRateDocument, { storeId: fr.id }, other);
      expect(r.errors).toBeUndefined();
      const rate = r.data!.lateResponseRate;
      expect(rate.responseHours).toBe(24);
      expect(rate.last7Days).toMatchObject({ days: 7, lateCount: 3, messageCount: 4, rate: 0.75, status: 'BREACH' });
      expect(rate.last7Days.averageResponseSeconds).toBeCloseTo((30 + 1) / 2 * 3600, 0);
      expect(rate.last30Days).toMatchObject({ days: 30, lateCount: 3, messageCount: 5, rate: 0.6 });
      expect(rate.last30Days.averageResponseSeconds).toBeCloseTo((2 + 30 + 1) / 3 * 3600, 0);
      expect(rate.last90Days).toMatchObject({ days: 90, lateCount: 3, messageCount: 5 });

      expect(codes(await gql(s.url, LateResponseRateDocument, { storeId: fr.id }, tokens.admin))).toEqual(['NOT_FOUND']);
    });
  });
});

describe('SLA sweeper after a restart', () => {
  it('catches up on every warning and breach that came due while no API process ran, firing each once', async () => {
    const db = await createTestDatabase();
    let first: RunningLifeline | undefined = await startReplica(db.url, true);
    let again: RunningLifeline[] = [];
    try {
      const url = first.url;
      const ids: string[] = [];
      for (let i = 0; i < 20; i++) {
        const r = await postMessage(url, DE, buyerMessage({ receivedAt: new Date(Date.now() - HOUR).toISOString() }));
        ids.push(r.body.ticketId!);
      }
      await first.close();
      first = undefined;
      // While every process is down, time passes: ten clocks' warnings and the other ten's due times come and go.
      const sql = (await import('pg')).Client;
      const client = new sql({ connectionString: db.url });
      await client.connect();
      try {
        await client.query(`UPDATE sla_clocks SET warn_at = now() - interval '1 minute', due_at = now() + interval '1 hour' WHERE ticket_id = ANY($1) AND kind = 'FIRST_RESPONSE'`, [ids.slice(0, 10)]);
        await client.query(`UPDATE sla_clocks SET warn_at = now() - interval '2 hours', due_at = now() - interval '1 hour' WHERE ticket_id = ANY($1) AND kind = 'FIRST_RESPONSE'`, [ids.slice(10)]);
        again = [await startReplica(db.url), await startReplica(db.url)];
        const deadline = Date.now() + 15_000;
        let counts: { type: string; n: number }[] = [];
        while (Date.now() < deadline) {
          counts = (await client.query(`SELECT type, count(*)::int AS n FROM sla_events WHERE ticket_id = ANY($1) GROUP BY type ORDER BY type`, [ids])).rows;
          if (counts.length === 2 && counts.every((c) => c.n === 10)) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await new Promise((r) => setTimeout(r, 2_000));
        counts = (await client.query(`SELECT type, count(*)::int AS n FROM sla_events WHERE ticket_id = ANY($1) GROUP BY type ORDER BY type`, [ids])).rows;
        // Warnings for the ten still running, breaches for the ten overdue (whose warning is moot by now).
        expect(counts).toEqual([
          { type: 'BREACH', n: 10 },
          { type: 'WARNING', n: 10 },
        ]);
        const { rows } = await client.query(`SELECT count(*)::int AS n FROM sla_clocks WHERE ticket_id = ANY($1) AND kind = 'FIRST_RESPONSE' AND status = 'BREACHED'`, [ids.slice(10)]);
        expect(rows[0].n).toBe(10);
      } finally {
        await client.end();
      }
    } finally {
      await first?.close();
      for (const r of again) await r.close();
      await db.drop();
    }
  }, 90_000);
});
