import { CreateStoreApiKeyDocument, RevokeStoreApiKeyDocument, StoresDocument, TicketDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';

const DE = 'lk_demo_amazon_de';

describe('POST /api/v1/messages', () => {
  let s: TestServer;
  let admin: string;
  const count = async (table: string) => Number((await s.sql<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
  });
  afterAll(() => s?.close());

  it('turns a German buyer message into a ticket in the German queue, with the order found in the text', async () => {
    const r = await postMessage(s.url, DE, buyerMessage({ subject: 'Bestellung 302-1234567-7654321', from: { address: 'Buyer.One@Marketplace.Amazon.de', name: 'Anna Schmidt' } }));
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ language: 'de', queue: { name: 'Deutsch' }, duplicate: false });
    const t = await gql(s.url, TicketDocument, { id: r.body.ticketId! }, admin);
    expect(t.data?.ticket).toMatchObject({
      marketplaceOrderId: '302-1234567-7654321',
      language: 'de',
      languageSource: 'DETECTED',
      buyerName: 'Anna Schmidt',
      buyerAddress: 'buyer.one@marketplace.amazon.de',
      status: 'NEW',
      channel: 'BUYER_MESSAGE',
      store: { name: 'Amazon DE' },
    });
    expect(t.data?.ticket.timeline.map((e) => e.type)).toEqual(['CREATED', 'LANGUAGE_DETECTED', 'ROUTED', 'ASSIGNED', 'MESSAGE_IN']);
    // Amazon counts 24 calendar hours per buyer message (DOMAIN.md §1.3).
    const received = new Date(t.data!.ticket.messages[0]!.sentAt).getTime();
    expect(new Date(t.data!.ticket.dueAt!).getTime() - received).toBe(24 * 3_600_000);
  });

  it('answers a repeated delivery with the first result and writes nothing', async () => {
    const msg = buyerMessage();
    const first = await postMessage(s.url, DE, msg);
    const before = [await count('messages'), await count('tickets'), await count('ticket_timeline'), await count('outbox_events')];
    const again = await postMessage(s.url, DE, msg);
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, duplicate: true });
    expect([await count('messages'), await count('tickets'), await count('ticket_timeline'), await count('outbox_events')]).toEqual(before);
  });

  it('stores one message when the same delivery arrives ten times at once', async () => {
    const msg = buyerMessage();
    const results = await Promise.all(Array.from({ length: 10 }, () => postMessage(s.url, DE, msg)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.messageId)).size).toBe(1);
    expect(new Set(results.map((r) => r.body.ticketId)).size).toBe(1);
    const rows = await s.sql(`SELECT id FROM messages WHERE external_id = $1`, [msg.externalId]);
    expect(rows).toHaveLength(1);
  });

  it('names every bad field with 400 and stores nothing', async () => {
    const before = [await count('messages'), await count('tickets')];
    const r = await postMessage(s.url, DE, {
      externalId: '',
      from: { address: 'not-an-address' },
      body: '',
      receivedAt: 'yesterday',
      channel: 'FAX',
    });
    expect(r.status).toBe(400);
    expect(r.body.fields?.map((f) => f.field).sort()).toEqual(['body', 'channel', 'externalId', 'from.address', 'receivedAt']);
    expect(r.body.message).toMatch(/nothing was stored/);
    const future = await postMessage(s.url, DE, buyerMessage({ receivedAt: new Date(Date.now() + 86_400_000).toISOString() }));
    expect(future.status).toBe(400);
    expect(future.body.fields).toEqual([{ field: 'receivedAt', message: 'must not be in the future' }]);
    const notJson = await postMessage(s.url, DE, '{"externalId": ');
    expect(notJson.status).toBe(400);
    expect([await count('messages'), await count('tickets')]).toEqual(before);
  });

  it('refuses an oversized body with 413 and stores nothing', async () => {
    const before = await count('messages');
    const r = await postMessage(s.url, DE, buyerMessage({ body: 'x'.repeat(2 * 1024 * 1024) }));
    expect(r.status).toBe(413);
    expect(await count('messages')).toBe(before);
  });

  it('needs a live store API key', async () => {
    expect((await postMessage(s.url, null, buyerMessage())).status).toBe(401);
    expect((await postMessage(s.url, 'lk_made_up_key_123', buyerMessage())).status).toBe(401);
    const stores = await gql(s.url, StoresDocument, {}, admin);
    const uk = stores.data!.stores.find((x) => x.name === 'Amazon UK')!;
    const created = await gql(s.url, CreateStoreApiKeyDocument, { input: { storeId: uk.id, name: 'gateway' } }, admin);
    const key = created.data!.createStoreApiKey.key;
    const ok = await postMessage(s.url, key, buyerMessage({ body: 'Hello, where is my parcel? It has been two weeks since I ordered it.' }));
    expect(ok.status).toBe(201);
    await gql(s.url, RevokeStoreApiKeyDocument, { id: created.data!.createStoreApiKey.apiKey.id }, admin);
    expect((await postMessage(s.url, key, buyerMessage())).status).toBe(401);
  });

  it('adds a follow-up from the same buyer about the same order to the open ticket', async () => {
    const address = 'repeat.buyer@marketplace.amazon.de';
    const first = await postMessage(s.url, DE, buyerMessage({ from: { address }, subject: 'Bestellung 302-0000001-0000001' }));
    const second = await postMessage(
      s.url,
      DE,
      buyerMessage({ from: { address }, subject: 'AW: Bestellung', body: 'Ich warte immer noch auf Antwort zu meiner Bestellung 302-0000001-0000001, bitte melden Sie sich.' }),
    );
    expect(second.status).toBe(201);
    expect(second.body.ticketId).toBe(first.body.ticketId);
    const otherOrder = await postMessage(s.url, DE, buyerMessage({ from: { address }, subject: 'Bestellung 302-0000002-0000002' }));
    expect(otherOrder.body.ticketId).not.toBe(first.body.ticketId);
    const t = await gql(s.url, TicketDocument, { id: first.body.ticketId! }, admin);
    expect(t.data?.ticket.messages).toHaveLength(2);
    expect(t.data?.ticket.otherTicketsForOrder).toEqual([]);
  });
});
