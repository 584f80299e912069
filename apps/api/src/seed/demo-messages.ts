import type { InboundMessage } from '../tickets/message-ingest.service';
import { DEMO_RISK_MESSAGES } from './demo-risk';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

/**
 * Buyer messages the demo starts with, by store API key: several languages, follow-ups, a claim and a
 * message marked "no response needed"; some close to Amazon's 24-hour line.
 */
export const DEMO_MESSAGES: { storeKey: string; message: InboundMessage }[] = [
  {
    storeKey: 'lk_demo_amazon_de',
    message: {
      externalId: '<demo-1@marketplace.amazon.de>',
      from: { address: 'k8x2m4p9q1w7@marketplace.amazon.de', name: 'Katrin Müller' },
      subject: 'Frage zur Bestellung 302-4567890-1234567',
      body: 'Hallo, ich habe meine Bestellung 302-4567890-1234567 vor zehn Tagen aufgegeben und sie ist immer noch nicht angekommen. Die Sendungsverfolgung zeigt seit Tagen keinen neuen Stand. Können Sie mir bitte sagen, wo mein Paket ist?',
      receivedAt: hoursAgo(20),
    },
  },
  {
    storeKey: 'lk_demo_amazon_de',
    message: {
      externalId: '<demo-2@marketplace.amazon.de>',
      from: { address: 'r5t7y9u1i3o5@marketplace.amazon.de', name: 'Jonas Becker' },
      subject: 'Artikel beschädigt angekommen',
      body: 'Guten Tag, die Lampe aus Bestellung 302-1111111-2222222 ist mit einem Sprung im Glas angekommen. Ich hätte gerne einen Ersatz oder mein Geld zurück. Fotos kann ich gerne schicken.',
      receivedAt: hoursAgo(3),
    },
  },
  {
    storeKey: 'lk_demo_amazon_de',
    message: {
      externalId: '<demo-3@marketplace.amazon.de>',
      from: { address: 'z1x3c5v7b9n2@marketplace.amazon.de', name: 'Giulia Rossi' },
      subject: 'Ordine 302-7777777-8888888',
      body: 'Buongiorno, ho ricevuto il pacco ma manca il cavo di alimentazione indicato nella descrizione. Potete spedirmelo per favore? Grazie mille.',
      receivedAt: hoursAgo(22.5),
    },
  },
  {
    storeKey: 'lk_demo_amazon_uk',
    message: {
      externalId: '<demo-4@marketplace.amazon.co.uk>',
      from: { address: 'a2s4d6f8g0h1@marketplace.amazon.co.uk', name: 'Oliver Smith' },
      subject: 'Where is my parcel? Order 205-3333333-4444444',
      body: 'Hi, my order 205-3333333-4444444 was due on Monday and it still has not arrived. The tracking link does not work. I need it for a birthday this weekend, can you help please?',
      receivedAt: hoursAgo(23.2),
    },
  },
  {
    storeKey: 'lk_demo_amazon_uk',
    message: {
      externalId: '<demo-5@marketplace.amazon.co.uk>',
      from: { address: 'q9w8e7r6t5y4@marketplace.amazon.co.uk', name: 'Amelia Jones' },
      subject: 'Thank you!',
      body: 'Just wanted to say the replacement arrived today and works perfectly. Thanks for sorting it out so quickly, great service.',
      receivedAt: hoursAgo(5),
      noResponseNeeded: true,
    },
  },
  {
    storeKey: 'lk_demo_amazon_us',
    message: {
      externalId: '<demo-6@marketplace.amazon.com>',
      from: { address: 'm1n2b3v4c5x6@marketplace.amazon.com', name: 'Carlos Hernández' },
      subject: 'Pedido 111-5555555-6666666 incompleto',
      body: 'Hola, recibí mi pedido 111-5555555-6666666 pero solo venía una de las dos piezas que compré. ¿Me pueden enviar la que falta o hacer el reembolso? Gracias.',
      receivedAt: hoursAgo(9),
    },
  },
  {
    storeKey: 'lk_demo_amazon_us',
    message: {
      externalId: '<demo-7@marketplace.amazon.com>',
      from: { address: 'p0o9i8u7y6t5@marketplace.amazon.com', name: 'Emily Johnson' },
      subject: 'Return request for order 111-9999999-0000000',
      body: 'Hello, the jacket from order 111-9999999-0000000 is too small. I would like to return it for a refund. How do I get a return label?',
      receivedAt: hoursAgo(1),
    },
  },
  {
    storeKey: 'lk_demo_amazon_us',
    message: {
      externalId: '<demo-8@marketplace.amazon.com>',
      from: { address: 'l1k2j3h4g5f6@marketplace.amazon.com', name: 'Wei Zhang' },
      subject: '订单 111-2468024-6802468 物流问题',
      body: '您好，我的订单 111-2468024-6802468 已经两个星期了还没有收到，物流信息一直没有更新。请帮我查一下包裹现在在哪里，谢谢。',
      receivedAt: hoursAgo(14),
    },
  },
  {
    storeKey: 'lk_demo_amazon_us',
    message: {
      externalId: '<demo-9@marketplace.amazon.com>',
      from: { address: 'claims@amazon.com', name: 'Amazon A-to-z Guarantee' },
      subject: 'A-to-z Guarantee claim for order 111-1357913-5791357',
      body: 'The buyer has filed an A-to-z Guarantee claim for order 111-1357913-5791357 (reason: item not received). Please respond with tracking information within 48 hours.',
      receivedAt: hoursAgo(30),
      channel: 'A_TO_Z_CLAIM',
    },
  },
  {
    storeKey: 'lk_demo_ebay_us',
    message: {
      externalId: 'ebay-msg-10001',
      from: { address: 'buyer.sarah_k@members.ebay.com', name: 'Sarah K.' },
      subject: 'Question about item condition',
      body: 'Hi there, is the watch you sent me supposed to have scratches on the back? The listing said new. Please let me know what you can do about it.',
      receivedAt: hoursAgo(7),
    },
  },
  {
    storeKey: 'lk_demo_amazon_de',
    message: {
      externalId: '<demo-11@marketplace.amazon.de>',
      from: { address: 'e4r5t6y7u8i9@marketplace.amazon.de', name: 'Hiroshi Tanaka' },
      subject: '注文 302-1212121-3434343 について',
      body: 'こんにちは。注文した商品がまだ届いていません。配送状況を確認していただけますか。よろしくお願いいたします。',
      receivedAt: hoursAgo(11),
    },
  },
  {
    storeKey: 'lk_demo_amazon_de',
    message: {
      externalId: '<demo-12@marketplace.amazon.de>',
      from: { address: 'k8x2m4p9q1w7@marketplace.amazon.de', name: 'Katrin Müller' },
      subject: 'AW: Frage zur Bestellung 302-4567890-1234567',
      body: 'Hallo nochmal, ich warte immer noch auf eine Antwort. Wenn das Paket nicht bis Freitag da ist, muss ich leider einen A-bis-z-Antrag stellen.',
      receivedAt: hoursAgo(2),
    },
  },
  // SLA clocks in every state while the demo runs (seed/demo-sla.ts answers and marks some of these):
  {
    storeKey: 'lk_demo_amazon_uk',
    message: {
      externalId: '<demo-13@marketplace.amazon.co.uk>',
      from: { address: 'h7j8k9l0z1x2@marketplace.amazon.co.uk', name: 'Harry Wilson' },
      subject: 'Wrong size delivered, order 205-8642086-4208642',
      body: 'Hello, I ordered the jacket in size M but received an XL. Can you send the right size? I need it before my trip next week.',
      receivedAt: hoursAgo(23.9), // breaches about six minutes after the demo starts
    },
  },
  {
    storeKey: 'lk_demo_amazon_us',
    message: {
      externalId: '<demo-14@marketplace.amazon.com>',
      from: { address: 'c3v4b5n6m7q8@marketplace.amazon.com', name: 'Olivia Brown' },
      subject: 'Missing manual for order 111-3141592-6535897',
      body: 'Hi, the coffee grinder arrived without the instruction manual. Is there a PDF version you could send me? Thanks a lot.',
      receivedAt: hoursAgo(23.75), // breaches about fifteen minutes in
    },
  },
  {
    storeKey: 'lk_demo_amazon_de',
    message: {
      externalId: '<demo-15@marketplace.amazon.de>',
      from: { address: 'w2e3r4t5z6u7@marketplace.amazon.de', name: 'Lukas Schneider' },
      subject: 'Rechnung für Bestellung 302-2718281-8284590',
      body: 'Guten Tag, ich benötige für meine Bestellung 302-2718281-8284590 eine Rechnung mit ausgewiesener Mehrwertsteuer für meine Firma. Vielen Dank.',
      receivedAt: hoursAgo(17.9), // its warning (75 %) fires about six minutes in
    },
  },
  {
    storeKey: 'lk_demo_amazon_uk',
    message: {
      externalId: '<demo-16@marketplace.amazon.co.uk>',
      from: { address: 'n4m5b6v7c8x9@marketplace.amazon.co.uk', name: 'Sophie Taylor' },
      subject: 'Still no refund for order 205-1123581-3213455',
      body: 'Hello, I returned the headphones two weeks ago and the tracking shows you received them, but I still have not had my refund. Please look into this.',
      receivedAt: hoursAgo(26), // already late: breached by the first sweep after start
    },
  },
  {
    storeKey: 'lk_demo_amazon_us',
    message: {
      externalId: '<demo-17@marketplace.amazon.com>',
      from: { address: 't6y7u8i9o0p1@marketplace.amazon.com', name: 'Daniel Miller' },
      subject: 'Re: Your order 111-4444444-5555555',
      body: 'Great, thanks for letting me know. Have a nice day!',
      receivedAt: hoursAgo(4),
    },
  },
  // Risky orders' follow-ups (demo-risk.ts).
  ...DEMO_RISK_MESSAGES,
];

/** Sends the demo messages through the real ingest path (detection, routing, assignment, timeline). */
export async function ingestDemoMessages(
  authenticate: (key: string) => Promise<{ organizationId: string; storeId: string; apiKeyId: string } | null>,
  ingest: (caller: { organizationId: string; storeId: string; apiKeyId: string }, message: InboundMessage) => Promise<unknown>,
): Promise<number> {
  let count = 0;
  for (const { storeKey, message } of DEMO_MESSAGES) {
    const caller = await authenticate(storeKey);
    if (!caller) continue;
    await ingest(caller, message);
    count++;
  }
  return count;
}
