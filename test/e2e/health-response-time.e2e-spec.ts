import { AccountHealthDocument, ReplyToTicketDocument, StoresDocument, TicketDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';

describe('account health counts buyer messages answered late (DOMAIN.md §1.3)', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
  });
  afterAll(() => s?.close());

  it('shows the late response rate from the tickets: an unanswered message older than 24 h is late, a prompt reply is not', async () => {
    const us = (await gql(s.url, StoresDocument, {}, admin)).data!.stores.find((x) => x.name === 'Amazon US')!;
    const rate = async () =>
      (await gql(s.url, AccountHealthDocument, { storeId: us.id }, admin)).data!.accountHealth.metrics.find((m) => m.key === 'LATE_RESPONSE_RATE_7D')!;
    const before = await rate();
    expect(before.denominator).toBeGreaterThan(0);

    const english = 'Hello, my order has not arrived yet and the tracking has not changed for days. Can you check please?';
    await postMessage(s.url, 'lk_demo_amazon_us', buyerMessage({ body: english, receivedAt: new Date(Date.now() - 30 * 3_600_000).toISOString() }));
    const prompt = await postMessage(s.url, 'lk_demo_amazon_us', buyerMessage({ body: english, receivedAt: new Date(Date.now() - 2 * 3_600_000).toISOString() }));
    const t = (await gql(s.url, TicketDocument, { id: prompt.body.ticketId! }, admin)).data!.ticket;
    await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'It is on its way.' } }, admin);

    const after = await rate();
    expect(after.denominator).toBe(before.denominator + 2);
    expect(after.numerator).toBe(before.numerator + 1);
  });
});
