import { createTransport } from 'nodemailer';
import { StoresDocument, TicketDocument, UpdateStoreDocument } from '@lifeline/api-contract';
import { findFreePort } from '../../apps/api/src/database/embedded-postgres';
import { codes, gql, login } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

describe('buyer e-mail in (SMTP listener)', () => {
  let s: TestServer;
  let admin: string;
  let port: number;
  const send = (mail: Record<string, unknown>) =>
    createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true }).sendMail({ from: 'k7x9@marketplace.amazon.de', ...mail });

  beforeAll(async () => {
    port = await findFreePort();
    s = await startTestServer({ seedDemo: true, env: { SMTP_LISTEN_PORT: String(port) } });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
  });
  afterAll(() => s?.close());

  const ticketsOf = (messageId: string) =>
    s.sql<{ ticket_id: string; store: string }>(
      `SELECT m.ticket_id, st.name AS store FROM messages m JOIN stores st ON st.id = m.store_id WHERE m.external_id = $1`,
      [messageId],
    );

  it("turns a forwarded Amazon buyer e-mail into a ticket of the store whose address received it", async () => {
    await send({
      from: '"Marie Dubois" <q4w5e6r7t8@marketplace.amazon.de>',
      to: 'amazon-de@inbound.demo-seller.example',
      subject: 'Commande 302-2222222-3333333',
      text: "Bonjour, je n'ai toujours pas reçu ma commande 302-2222222-3333333. Pouvez-vous vérifier où se trouve mon colis ? Merci.",
      messageId: '<mail-1@marketplace.amazon.de>',
      attachments: [{ filename: 'photo.jpg', content: Buffer.alloc(2048), contentType: 'image/jpeg' }],
    });
    const [row] = await ticketsOf('<mail-1@marketplace.amazon.de>');
    expect(row?.store).toBe('Amazon DE');
    const t = (await gql(s.url, TicketDocument, { id: row!.ticket_id }, admin)).data!.ticket;
    expect(t).toMatchObject({ language: 'fr', buyerName: 'Marie Dubois', buyerAddress: 'q4w5e6r7t8@marketplace.amazon.de', marketplaceOrderId: '302-2222222-3333333' });
    expect(t.queue.name).toBe('Français');
    expect(t.messages[0]!.attachments).toEqual([{ filename: 'photo.jpg', contentType: 'image/jpeg', sizeBytes: 2048 }]);
  });

  it('writes nothing twice when the same mail is delivered again', async () => {
    const mail = { to: 'amazon-de@inbound.demo-seller.example', subject: 'Wo bleibt mein Paket?', text: 'Hallo, mein Paket ist immer noch nicht da. Bitte prüfen Sie das.', messageId: '<mail-2@marketplace.amazon.de>' };
    await send(mail);
    await send(mail);
    expect(await ticketsOf('<mail-2@marketplace.amazon.de>')).toHaveLength(1);
  });

  it('refuses mail for an address no store uses, before taking the message', async () => {
    await expect(send({ to: 'nobody@inbound.demo-seller.example', subject: 'x', text: 'x', messageId: '<mail-3@x>' })).rejects.toMatchObject({ responseCode: 550 });
    expect(await ticketsOf('<mail-3@x>')).toEqual([]);
  });

  it('drops out-of-office replies instead of opening tickets', async () => {
    await send({
      to: 'amazon-uk@inbound.demo-seller.example',
      subject: 'Out of office',
      text: 'I am away until Monday and will reply when I am back.',
      messageId: '<mail-4@x>',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    expect(await ticketsOf('<mail-4@x>')).toEqual([]);
  });

  it('lets an admin change where a store receives mail, one store per address', async () => {
    const stores = (await gql(s.url, StoresDocument, {}, admin)).data!.stores;
    const uk = stores.find((x) => x.name === 'Amazon UK')!;
    const taken = await gql(s.url, UpdateStoreDocument, { input: { id: uk.id, version: uk.version, inboundAddress: 'amazon-de@inbound.demo-seller.example' } }, admin);
    expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
    const moved = await gql(s.url, UpdateStoreDocument, { input: { id: uk.id, version: uk.version, inboundAddress: 'UK-Buyers@Inbound.Demo-Seller.example' } }, admin);
    expect(moved.errors).toBeUndefined();
    await send({ to: 'uk-buyers@inbound.demo-seller.example', subject: 'Parcel', text: 'Hello, where is my parcel? It has not arrived yet.', messageId: '<mail-5@x>' });
    expect((await ticketsOf('<mail-5@x>'))[0]?.store).toBe('Amazon UK');
    await expect(send({ to: 'amazon-uk@inbound.demo-seller.example', subject: 'x', text: 'x', messageId: '<mail-6@x>' })).rejects.toMatchObject({ responseCode: 550 });
  });
});
