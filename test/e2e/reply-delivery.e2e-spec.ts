import { ReplyToTicketDocument, TicketDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { cleanUkOrder } from '../support/demo-orders';
import { startMailServer, type TestMailServer } from '../support/smtp';
import { startTestServer, type TestServer } from '../support/server';

describe('replies leave by e-mail (SMTP)', () => {
  let mail: TestMailServer;
  let s: TestServer;
  let agent: string;

  beforeAll(async () => {
    mail = await startMailServer();
    s = await startTestServer({
      seedDemo: true,
      env: { SMTP_URL: mail.url, MAIL_FROM: 'Demo Seller Support <support@demo-seller.example>', MAIL_POLL_MS: '100', MAIL_RETRY_BASE_SECONDS: '0' },
    });
    agent = (await login(s.url, 'agent.de@demo.lifeline.test')).token;
  });
  afterAll(async () => {
    await s?.close();
    await mail?.close();
  });

  const ticket = async (id: string) => (await gql(s.url, TicketDocument, { id }, agent)).data!.ticket;
  const until = async <T>(read: () => Promise<T>, ok: (v: T) => boolean, ms = 5000): Promise<T> => {
    const end = Date.now() + ms;
    let v = await read();
    while (!ok(v) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      v = await read();
    }
    return v;
  };

  it("sends the reply to the buyer's relay address, threaded under the buyer's message, and marks it sent", async () => {
    const inbound = buyerMessage({ externalId: '<CAB0001@mail.amazon.de>', from: { address: 'x1y2z3@marketplace.amazon.de', name: 'Lena Vogel' }, subject: 'Wo ist mein Paket?' });
    const r = await postMessage(s.url, 'lk_demo_amazon_de', inbound);
    const t = await ticket(r.body.ticketId!);
    await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'Hallo Frau Vogel,\n\nIhr Paket ist unterwegs.' } }, agent);
    const m = await mail.waitForMail((x) => x.inReplyTo === '<CAB0001@mail.amazon.de>');
    expect(m).toBeDefined();
    expect(m!.to).toMatchObject({ text: 'x1y2z3@marketplace.amazon.de' });
    expect(m!.from?.text).toBe('"Demo Seller Support" <support@demo-seller.example>');
    expect(m!.subject).toBe('Re: Wo ist mein Paket?');
    expect(m!.inReplyTo).toBe('<CAB0001@mail.amazon.de>');
    expect(m!.text?.trim()).toBe('Hallo Frau Vogel,\n\nIhr Paket ist unterwegs.');
    const after = await until(() => ticket(t.id), (x) => x.messages[1]?.deliveryStatus === 'SENT');
    expect(after.messages[1]?.deliveryStatus).toBe('SENT');
    expect(after.timeline.at(-1)).toMatchObject({ type: 'MESSAGE_SENT' });
    expect(m!.messageId).toBe(`<${after.messages[1]!.id}@lifeline>`);
  });

  it('marks a reply FAILED, with the reason on the timeline, when the mail server refuses it for good', async () => {
    mail.refuseWith(550);
    try {
      const r = await postMessage(s.url, 'lk_demo_amazon_de', buyerMessage());
      const t = await ticket(r.body.ticketId!);
      const before = mail.received.length;
      await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'Hallo, das Paket ist unterwegs.' } }, agent);
      const after = await until(() => ticket(t.id), (x) => x.messages[1]?.deliveryStatus === 'FAILED');
      expect(after.messages[1]?.deliveryStatus).toBe('FAILED');
      const failed = after.timeline.find((e) => e.type === 'MESSAGE_FAILED');
      expect(String(failed?.data.error)).toMatch(/^550/);
      expect(mail.received.length).toBe(before);
      const [row] = await s.sql<{ delivery_attempts: number }>(`SELECT delivery_attempts FROM messages WHERE id = $1`, [after.messages[1]!.id]);
      expect(row!.delivery_attempts).toBe(1);
    } finally {
      mail.refuseWith(null);
    }
  });

  it('retries a temporary refusal and delivers once the server accepts', async () => {
    mail.refuseWith(451);
    const r = await postMessage(s.url, 'lk_demo_amazon_de', buyerMessage());
    const t = await ticket(r.body.ticketId!);
    const before = mail.received.length;
    await gql(s.url, ReplyToTicketDocument, { input: { ticketId: t.id, version: t.version, body: 'Zweiter Versuch.' } }, agent);
    const queued = await until(
      async () => (await s.sql<{ delivery_attempts: number; delivery_status: string }>(`SELECT delivery_attempts, delivery_status FROM messages WHERE ticket_id = $1 AND direction = 'OUTBOUND'`, [t.id]))[0],
      (row) => (row?.delivery_attempts ?? 0) >= 2,
    );
    expect(queued).toMatchObject({ delivery_status: expect.stringMatching(/QUEUED|SENDING/) });
    mail.refuseWith(null);
    await mail.waitFor(before + 1);
    const after = await until(() => ticket(t.id), (x) => x.messages[1]?.deliveryStatus === 'SENT');
    expect(after.messages[1]?.deliveryStatus).toBe('SENT');
    expect(mail.received.filter((m) => m.text?.includes('Zweiter Versuch.'))).toHaveLength(1);
  });
  it("e-mails the organisation's admins when a metric crosses its warning line", async () => {
    const order = await cleanUkOrder(s.sql);
    const before = mail.received.length;
    const res = await fetch(`${s.url}/api/v1/claims`, {
      method: 'POST',
      headers: { authorization: 'Bearer lk_demo_amazon_uk', 'content-type': 'application/json' },
      body: JSON.stringify([{ claimId: 'AZ-MAIL-1', kind: 'A_TO_Z', marketplaceOrderId: order, openedAt: new Date().toISOString(), status: 'OPEN' }]),
    });
    expect(res.status).toBeLessThan(300);
    const received = await mail.waitFor(before + 1);
    const alert = received.slice(before).find((m) => m.to && JSON.stringify(m.to).includes('admin@demo.lifeline.test'));
    expect(alert?.subject).toMatch(/Amazon UK/);
    expect(alert?.subject).toMatch(/Order Defect Rate|ODR/i);
    const [row] = await s.sql<{ sent_at: Date | null }>(`SELECT sent_at FROM mail_outbox WHERE "to" = 'admin@demo.lifeline.test' ORDER BY created_at DESC LIMIT 1`);
    expect(row?.sent_at).not.toBeNull();
  });
});
