import { io, type Socket } from 'socket.io-client';
import {
  AddTicketNoteDocument,
  AssignTicketDocument,
  MeDocument,
  MergeTicketsDocument,
  QueuesDocument,
  RenderReplyTemplateDocument,
  ReplyTemplatesDocument,
  ReplyToTicketDocument,
  SaveReplyTemplateDocument,
  SetMyAvailabilityDocument,
  SetTicketLanguageDocument,
  SetTicketPriorityDocument,
  SetTicketStatusDocument,
  TicketDocument,
  TicketsDocument,
  type ClientToServerEvents,
  type DomainEvent,
  type PresencePayload,
  type ServerToClientEvents,
} from '@lifeline/api-contract';
import { codes, gql, login } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
const connect = (url: string, token: string): Promise<ClientSocket> =>
  new Promise((resolve, reject) => {
    const socket: ClientSocket = io(url, { auth: { token }, transports: ['websocket'], reconnection: false });
    socket.once('ready', () => resolve(socket));
    socket.once('connect_error', (e: Error) => reject(e));
  });

describe('the agent desk', () => {
  let s: TestServer;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    for (const who of ['admin', 'supervisor', 'agent.en', 'agent.de', 'agent.es']) {
      tokens[who] = (await login(s.url, `${who}@demo.lifeline.test`)).token;
      ids[who] = (await gql(s.url, MeDocument, {}, tokens[who])).data!.me.id;
    }
  });
  afterAll(() => s?.close());

  const ticket = async (id: string, who = 'admin') => (await gql(s.url, TicketDocument, { id }, tokens[who])).data!.ticket;
  const newTicket = async (key: string, overrides: Record<string, unknown>) => {
    const r = await postMessage(s.url, key, buyerMessage(overrides));
    expect(r.status).toBe(201);
    return ticket(r.body.ticketId!);
  };

  describe('routing and assignment', () => {
    it('routes Spanish to the Spanish queue and gives it to the agent who speaks Spanish', async () => {
      const t = await newTicket('lk_demo_amazon_us', {
        subject: 'Pedido incompleto',
        body: 'Hola, recibí mi pedido pero faltaba una pieza. ¿Me pueden enviar la pieza que falta, por favor? Muchas gracias.',
      });
      expect(t.language).toBe('es');
      expect(t.queue.name).toBe('Español');
      expect(t.assignee?.id).toBe(ids['agent.es']);
    });

    it('leaves a Japanese ticket waiting in its queue when nobody online speaks Japanese', async () => {
      const t = await newTicket('lk_demo_amazon_de', { subject: '配送について', body: 'こんにちは。注文した商品がまだ届いていません。配送状況を確認していただけますか。' });
      expect([t.language, t.queue.name, t.assignee]).toEqual(['ja', '日本語', null]);
      expect(t.timeline.find((e) => e.type === 'WAITING_IN_QUEUE')?.data).toMatchObject({ reason: 'NO_AVAILABLE_AGENT', language: 'ja' });
    });

    it("falls back to the store's language for a message too short to detect", async () => {
      const t = await newTicket('lk_demo_amazon_de', { subject: '', body: 'Danke!' });
      expect([t.language, t.languageSource]).toEqual(['de', 'FALLBACK']);
    });

    it('sends claims to the supervisors by routing rule', async () => {
      const t = await newTicket('lk_demo_amazon_us', { channel: 'A_TO_Z_CLAIM', subject: 'A-to-z claim', body: 'The buyer filed an A-to-z Guarantee claim: item not received. Please respond within 48 hours.' });
      expect(t.queue.name).toBe('Supervisors');
      expect(t.timeline.find((e) => e.type === 'ROUTED')?.data).toMatchObject({ routedBy: 'RULE' });
      // The supervisors' queue is theirs: agents get none of it, the (away) supervisor gets it when online.
      expect(t.assignee).toBeNull();
      await gql(s.url, SetMyAvailabilityDocument, { availability: 'ONLINE' }, tokens['supervisor']);
      const next = await newTicket('lk_demo_amazon_us', { channel: 'CHARGEBACK', subject: 'Chargeback', body: 'The cardholder disputed the charge for this order. Please respond within 7 days with proof of delivery.' });
      expect(next.assignee?.id).toBe(ids['supervisor']);
      await gql(s.url, SetMyAvailabilityDocument, { availability: 'AWAY' }, tokens['supervisor']);
    });

    it('gives no new tickets to an agent who is away or at their cap', async () => {
      await gql(s.url, SetMyAvailabilityDocument, { availability: 'AWAY' }, tokens['agent.de']);
      const away = await newTicket('lk_demo_amazon_de', {});
      expect(away.assignee).toBeNull();
      await gql(s.url, SetMyAvailabilityDocument, { availability: 'ONLINE' }, tokens['agent.de']);
      const [{ open }] = await s.sql<{ open: string }>(
        `SELECT count(*) AS open FROM tickets WHERE assignee_id = $1 AND status IN ('NEW','OPEN','WAITING_ON_BUYER')`,
        [ids['agent.de']],
      );
      await s.sql(`UPDATE users SET max_open_tickets = $2 WHERE id = $1`, [ids['agent.de'], Number(open)]);
      const full = await newTicket('lk_demo_amazon_de', {});
      expect(full.assignee).toBeNull();
      await s.sql(`UPDATE users SET max_open_tickets = 20 WHERE id = $1`, [ids['agent.de']]);
      const back = await newTicket('lk_demo_amazon_de', {});
      expect(back.assignee?.id).toBe(ids['agent.de']);
    });

    it('hands waiting tickets in their languages to an agent who comes online, most urgent first', async () => {
      await gql(s.url, SetMyAvailabilityDocument, { availability: 'AWAY' }, tokens['agent.es']);
      const spanish = 'Hola, todavía no he recibido mi pedido. ¿Pueden decirme dónde está el paquete, por favor? Gracias.';
      const waiting = await newTicket('lk_demo_amazon_us', { body: spanish });
      expect(waiting.assignee).toBeNull();
      const r = await gql(s.url, SetMyAvailabilityDocument, { availability: 'ONLINE' }, tokens['agent.es']);
      expect(r.data?.setMyAvailability.availability).toBe('ONLINE');
      const after = await ticket(waiting.id);
      expect(after.assignee?.id).toBe(ids['agent.es']);
      expect(after.timeline.at(-1)).toMatchObject({ type: 'ASSIGNED', data: { reason: 'AGENT_ONLINE' } });
    });

    it('moves a ticket to the right queue and agent when its language is corrected', async () => {
      const t = await newTicket('lk_demo_amazon_de', { subject: '', body: 'Danke!' });
      const r = await gql(s.url, SetTicketLanguageDocument, { input: { ticketId: t.id, version: t.version, language: 'es' } }, tokens['agent.de']);
      expect(r.errors).toBeUndefined();
      expect(r.data?.setTicketLanguage).toMatchObject({ language: 'es', queue: { name: 'Español' }, assignee: { id: ids['agent.es'] } });
    });

    it('counts open tickets per queue and per language', async () => {
      const r = await gql(s.url, QueuesDocument, {}, tokens['agent.en']);
      const german = r.data!.queues.find((q) => q.name === 'Deutsch')!;
      const [{ n }] = await s.sql<{ n: string }>(
        `SELECT count(*) AS n FROM tickets WHERE queue_id = $1 AND status IN ('NEW','OPEN','WAITING_ON_BUYER') AND merged_into_id IS NULL`,
        [german.id],
      );
      expect(german.openCount).toBe(Number(n));
      expect(r.data!.ticketLanguageCounts.find((l) => l.language === 'de')!.openCount).toBeGreaterThanOrEqual(german.openCount);
    });
  });

  describe('replies from templates', () => {
    it("fills a template in the buyer's language with the buyer name and order id", async () => {
      const t = await newTicket('lk_demo_amazon_de', { from: { address: 'tpl.buyer@marketplace.amazon.de', name: 'Petra Weber' }, subject: 'Bestellung 302-5555555-1111111' });
      const templates = (await gql(s.url, ReplyTemplatesDocument, {}, tokens['agent.de'])).data!.replyTemplates;
      const wismo = templates.find((x) => x.name === 'Where is my order')!;
      const r = await gql(s.url, RenderReplyTemplateDocument, { ticketId: t.id, templateId: wismo.id }, tokens['agent.de']);
      expect(r.data?.renderReplyTemplate).toMatchObject({ language: 'de', missing: [] });
      expect(r.data?.renderReplyTemplate.body).toContain('Hallo Petra Weber');
      expect(r.data?.renderReplyTemplate.body).toContain('Ihre Bestellung 302-5555555-1111111 ist unterwegs');
      expect(r.data?.renderReplyTemplate.body).toContain('Dieter Deutsch');
      expect(r.data?.renderReplyTemplate.subject).toBe('Ihre Bestellung 302-5555555-1111111');
    });

    it('falls back to the store language, then English, when the template lacks the buyer language', async () => {
      const t = await newTicket('lk_demo_amazon_de', { subject: '注文について', body: 'こんにちは。注文した商品がまだ届いていません。配送状況を確認していただけますか。' });
      const damaged = (await gql(s.url, ReplyTemplatesDocument, {}, tokens['admin'])).data!.replyTemplates.find((x) => x.name === 'Damaged item')!;
      const r = await gql(s.url, RenderReplyTemplateDocument, { ticketId: t.id, templateId: damaged.id }, tokens['admin']);
      expect(r.data?.renderReplyTemplate.language).toBe('de');
      expect(r.data?.renderReplyTemplate.missing).toEqual(['order_id']);
    });

    it('refuses a template with an unknown variable, naming it', async () => {
      const r = await gql(
        s.url,
        SaveReplyTemplateDocument,
        { input: { name: 'Bad', category: 'GENERAL', translations: [{ language: 'en', subject: 'Hi', body: 'Hello {{buyer_nmae}}' }] } },
        tokens['supervisor'],
      );
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(JSON.stringify(r.errors)).toContain('buyer_nmae');
      expect(codes(await gql(s.url, SaveReplyTemplateDocument, { input: { name: 'x', category: 'GENERAL', translations: [{ language: 'en', subject: '', body: 'x' }] } }, tokens['agent.en']))).toEqual(['FORBIDDEN']);
    });

    it('replies: the ticket waits on the buyer and the reply is queued for sending', async () => {
      const t = await newTicket('lk_demo_amazon_de', {});
      const r = await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'Hallo, das Paket ist unterwegs.' } }, tokens['agent.de']);
      expect(r.errors).toBeUndefined();
      expect(r.data?.replyToTicket).toMatchObject({ status: 'WAITING_ON_BUYER', version: t.version + 1, dueAt: null });
      const after = await ticket(t.id);
      expect(after.messages.map((m) => [m.direction, m.deliveryStatus])).toEqual([
        ['INBOUND', null],
        ['OUTBOUND', 'QUEUED'],
      ]);
      expect(after.messages[1]).toMatchObject({ language: 'de', author: { id: ids['agent.de'] }, subject: `Re: ${t.subject}` });
      expect(after.timeline.map((e) => e.type).slice(-2)).toEqual(['MESSAGE_OUT', 'STATUS_CHANGED']);
    });

    it('refuses a stale version with CONFLICT and sends nothing', async () => {
      const t = await newTicket('lk_demo_amazon_de', {});
      await gql(s.url, SetTicketPriorityDocument, { input: { ticketId: t.id, version: t.version, priority: 'HIGH' } }, tokens['supervisor']);
      const stale = await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'late answer' } }, tokens['agent.de']);
      expect(codes(stale)).toEqual(['CONFLICT']);
      expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(t.version + 1);
      const after = await ticket(t.id);
      expect(after.messages).toHaveLength(1);
      expect(after.status).toBe('NEW');
      const note = await gql(s.url, AddTicketNoteDocument, { input: { ticketId: t.id, version: t.version, body: 'stale note' } }, tokens['agent.de']);
      expect(codes(note)).toEqual(['CONFLICT']);
      expect((await ticket(t.id)).notes).toEqual([]);
    });

    it('moves a waiting ticket back to OPEN when the buyer writes again', async () => {
      const address = 'writes.again@marketplace.amazon.de';
      const t = await newTicket('lk_demo_amazon_de', { from: { address } });
      await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'Wir prüfen das.' } }, tokens['agent.de']);
      await postMessage(s.url, 'lk_demo_amazon_de', buyerMessage({ from: { address }, body: 'Danke, aber ich habe immer noch nichts erhalten. Bitte prüfen Sie das noch einmal.' }));
      const after = await ticket(t.id);
      expect(after.status).toBe('OPEN');
      expect(after.timeline.at(-1)).toMatchObject({ type: 'STATUS_CHANGED', data: { from: 'WAITING_ON_BUYER', to: 'OPEN', reason: 'BUYER_REPLIED' } });
    });
  });

  describe('status, assignment, notes and merge', () => {
    it('lets agents take a ticket for themselves but only supervisors assign others', async () => {
      const t = await newTicket('lk_demo_amazon_de', { subject: '配送', body: 'こんにちは。注文した商品がまだ届いていません。配送状況を確認していただけますか。' });
      const other = await gql(s.url, AssignTicketDocument, { input: { ticketId: t.id, version: t.version, assigneeId: ids['agent.en'] } }, tokens['agent.de']);
      expect(codes(other)).toEqual(['FORBIDDEN']);
      const take = await gql(s.url, AssignTicketDocument, { input: { ticketId: t.id, version: t.version, assigneeId: ids['agent.de'] } }, tokens['agent.de']);
      expect(take.data?.assignTicket.assignee?.id).toBe(ids['agent.de']);
      const give = await gql(s.url, AssignTicketDocument, { input: { ticketId: t.id, version: t.version + 1, assigneeId: ids['agent.en'] } }, tokens['supervisor']);
      expect(give.data?.assignTicket.assignee?.id).toBe(ids['agent.en']);
      const timeline = (await ticket(t.id)).timeline.filter((e) => e.type === 'ASSIGNED');
      expect(timeline.map((e) => e.actor?.id)).toEqual([ids['agent.de'], ids['supervisor']]);
    });

    it('refuses a status change the lifecycle does not allow', async () => {
      const t = await newTicket('lk_demo_amazon_de', {});
      const closed = await gql(s.url, SetTicketStatusDocument, { input: { ticketId: t.id, version: t.version, status: 'CLOSED' } }, tokens['agent.de']);
      expect(closed.data?.setTicketStatus.status).toBe('CLOSED');
      const bad = await gql(s.url, SetTicketStatusDocument, { input: { ticketId: t.id, version: t.version + 1, status: 'WAITING_ON_BUYER' } }, tokens['agent.de']);
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    });

    it('keeps internal notes on the ticket with their author', async () => {
      const t = await newTicket('lk_demo_amazon_de', {});
      await gql(s.url, AddTicketNoteDocument, { input: { ticketId: t.id, version: t.version, body: 'Carrier says: lost in transit.' } }, tokens['agent.de']);
      const after = await ticket(t.id);
      expect(after.notes.map((n) => [n.body, n.author.name])).toEqual([['Carrier says: lost in transit.', 'Dieter Deutsch']]);
      expect(after.version).toBe(t.version + 1);
    });

    it('merges two tickets of the same buyer; the merged one points to the survivor', async () => {
      const address = 'merge.me@marketplace.amazon.de';
      const a = await newTicket('lk_demo_amazon_de', { from: { address }, subject: 'Bestellung 302-1000000-0000001' });
      const b = await newTicket('lk_demo_amazon_de', { from: { address }, subject: 'Bestellung 302-1000000-0000002' });
      const r = await gql(s.url, MergeTicketsDocument, { input: { sourceTicketId: b.id, sourceVersion: b.version, targetTicketId: a.id, targetVersion: a.version } }, tokens['agent.de']);
      expect(r.errors).toBeUndefined();
      const survivor = await ticket(a.id);
      const merged = await ticket(b.id);
      expect(survivor.messages).toHaveLength(2);
      expect(survivor.timeline.some((e) => e.type === 'MERGED' && e.data.fromTicketId === b.id)).toBe(true);
      expect(merged).toMatchObject({ status: 'CLOSED', mergedIntoId: a.id, messages: [] });
      const again = await gql(s.url, ReplyToTicketDocument, { input: { ticketId: b.id, version: merged.version, body: 'x' } }, tokens['agent.de']);
      expect(codes(again)).toEqual(['CONFLICT']);
    });

    it('refuses to merge tickets of different buyers and changes nothing', async () => {
      const a = await newTicket('lk_demo_amazon_de', {});
      const b = await newTicket('lk_demo_amazon_de', {});
      const r = await gql(s.url, MergeTicketsDocument, { input: { sourceTicketId: b.id, sourceVersion: b.version, targetTicketId: a.id, targetVersion: a.version } }, tokens['agent.de']);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).toContain('DIFFERENT_BUYER');
      expect((await ticket(b.id)).mergedIntoId).toBeNull();
    });
  });

  describe('lists', () => {
    it('pages through tickets in urgency order without repeats: priority first, then the nearest deadline', async () => {
      const seen: { id: string; priority: string; dueAt: string | null }[] = [];
      let after: string | null | undefined;
      do {
        const page = await gql(s.url, TicketsDocument, { first: 7, after, filter: { statuses: ['NEW', 'OPEN', 'WAITING_ON_BUYER'] } }, tokens['admin']);
        seen.push(...page.data!.tickets.edges.map((e) => ({ id: e.node.id, priority: e.node.priority, dueAt: e.node.dueAt })));
        after = page.data!.tickets.pageInfo.hasNextPage ? page.data!.tickets.pageInfo.endCursor : undefined;
      } while (after);
      const [{ n }] = await s.sql<{ n: string }>(`SELECT count(*) AS n FROM tickets WHERE status IN ('NEW','OPEN','WAITING_ON_BUYER') AND merged_into_id IS NULL`);
      expect(seen).toHaveLength(Number(n));
      expect(new Set(seen.map((x) => x.id)).size).toBe(seen.length);
      const rank = { URGENT: 4, HIGH: 3, NORMAL: 2, LOW: 1 } as Record<string, number>;
      for (let i = 1; i < seen.length; i++) {
        const [p, c] = [seen[i - 1]!, seen[i]!];
        expect(rank[p.priority]! >= rank[c.priority]!).toBe(true);
        if (p.priority === c.priority && p.dueAt && c.dueAt) expect(p.dueAt <= c.dueAt).toBe(true);
        if (p.priority === c.priority && !p.dueAt) expect(c.dueAt).toBeNull();
      }
    });

    it("filters to the caller's own tickets and to unassigned ones", async () => {
      const mine = await gql(s.url, TicketsDocument, { first: 100, filter: { mine: true } }, tokens['agent.es']);
      expect(mine.data!.tickets.edges.every((e) => e.node.assignee?.id === ids['agent.es'])).toBe(true);
      const unassigned = await gql(s.url, TicketsDocument, { first: 100, filter: { unassigned: true } }, tokens['agent.es']);
      expect(unassigned.data!.tickets.edges.every((e) => e.node.assignee === null)).toBe(true);
    });
  });

  describe('live', () => {
    it('tells every console of the organisation about a new ticket, its messages and changes', async () => {
      const socket = await connect(s.url, tokens['agent.en']);
      const events: DomainEvent[] = [];
      socket.on('event', (e) => events.push(e));
      try {
        const r = await postMessage(s.url, 'lk_demo_amazon_uk', buyerMessage({ body: 'Hello, my parcel has not arrived yet. Could you check where it is please? Thanks.' }));
        const waitFor = async (pred: () => boolean) => {
          for (let i = 0; i < 50 && !pred(); i++) await new Promise((res) => setTimeout(res, 20));
        };
        await waitFor(() => events.some((e) => e.type === 'message.created'));
        expect(events.map((e) => e.type)).toEqual(['ticket.created', 'message.created']);
        expect(events[0]!.payload).toMatchObject({ ticketId: r.body.ticketId, status: 'NEW', language: 'en' });
        const t = await ticket(r.body.ticketId!);
        await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'It is on its way.' } }, tokens['agent.en']);
        await waitFor(() => events.some((e) => e.type === 'ticket.updated'));
        expect(events.slice(2).map((e) => e.type)).toEqual(['message.created', 'ticket.updated']);
        expect(events[3]!.payload).toMatchObject({ ticketId: t.id, status: 'WAITING_ON_BUYER', version: t.version + 1 });
      } finally {
        socket.disconnect();
      }
    });

    it('shows who is viewing and typing on a ticket, so two agents do not answer the same buyer', async () => {
      const t = await newTicket('lk_demo_amazon_de', {});
      const de = await connect(s.url, tokens['agent.de']);
      const sup = await connect(s.url, tokens['supervisor']);
      try {
        const first = (await de.timeout(2000).emitWithAck('ticket.view', { ticketId: t.id })) as PresencePayload;
        expect(first.viewers.map((v) => v.name)).toEqual(['Dieter Deutsch']);
        const seenByDe = new Promise<PresencePayload>((resolve) => de.once('presence', resolve));
        await sup.timeout(2000).emitWithAck('ticket.view', { ticketId: t.id });
        expect((await seenByDe).viewers.map((v) => v.name)).toEqual(['Dieter Deutsch', 'Sam Supervisor']);
        const typing = new Promise<PresencePayload>((resolve) => sup.once('presence', resolve));
        de.emit('ticket.typing', { ticketId: t.id, typing: true });
        expect((await typing).viewers).toEqual([
          { userId: ids['agent.de'], name: 'Dieter Deutsch', typing: true },
          { userId: ids['supervisor'], name: 'Sam Supervisor', typing: false },
        ]);
        const left = new Promise<PresencePayload>((resolve) => sup.once('presence', resolve));
        de.disconnect();
        expect((await left).viewers.map((v) => v.name)).toEqual(['Sam Supervisor']);
        expect(await sup.timeout(2000).emitWithAck('ticket.view', { ticketId: '00000000-0000-0000-0000-000000000000' })).toEqual({ error: 'NOT_FOUND' });
      } finally {
        de.disconnect();
        sup.disconnect();
      }
    });
  });
});
