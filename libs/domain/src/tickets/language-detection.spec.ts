import type { LanguageCode } from '../marketplaces';
import { detectLanguage } from './language-detection';

// Buyer messages as they arrive: greetings, order ids, the odd English product name.
const BUYER_MESSAGES: Record<LanguageCode, string[]> = {
  en: [
    'Hi, I ordered the bluetooth speaker two weeks ago and it still has not arrived. Can you please check where my package is?',
    'The charger I received is broken, it does not turn on at all. I would like a replacement or a refund please.',
    'Hello, could you send me an invoice for order 302-1234567-1234567? I need it for my company. Thanks',
    'Wrong size was delivered. I ordered a medium but got a large. How do I return it?',
  ],
  de: [
    'Hallo, ich habe vor zwei Wochen bestellt und das Paket ist immer noch nicht angekommen. Können Sie bitte nachsehen, wo es ist?',
    'Guten Tag, der Artikel ist leider defekt angekommen. Das Display bleibt schwarz. Ich hätte gerne Ersatz oder mein Geld zurück.',
    'Können Sie mir bitte eine Rechnung mit ausgewiesener Mehrwertsteuer für Bestellung 302-1234567-1234567 schicken? Vielen Dank im Voraus.',
    'Die Größe passt nicht, wie kann ich die Hose umtauschen?',
  ],
  es: [
    'Hola, hice un pedido hace dos semanas y todavía no ha llegado. ¿Pueden decirme dónde está mi paquete?',
    'El producto llegó roto, la pantalla no enciende. Quiero que me envíen otro o que me devuelvan el dinero.',
    'Buenas tardes, necesito la factura de mi compra 405-7654321-7654321 para mi empresa. Muchas gracias.',
    'Me han enviado la talla equivocada, ¿cómo puedo hacer la devolución?',
  ],
  fr: [
    "Bonjour, j'ai commandé il y a deux semaines et je n'ai toujours rien reçu. Pouvez-vous me dire où se trouve mon colis ?",
    "Le produit est arrivé cassé, l'écran ne s'allume pas. Je souhaite un remplacement ou un remboursement.",
    'Bonjour, pourriez-vous m’envoyer une facture pour ma commande 171-1234567-1234567 ? Merci beaucoup.',
    "Ce n'est pas la bonne taille, comment puis-je faire un retour ?",
  ],
  it: [
    'Buongiorno, ho ordinato due settimane fa e il pacco non è ancora arrivato. Potete dirmi dove si trova?',
    'Il prodotto è arrivato rotto, lo schermo non si accende. Vorrei una sostituzione oppure il rimborso.',
    'Salve, avrei bisogno della fattura per il mio ordine 404-1234567-1234567. Grazie mille.',
    'La taglia è sbagliata, come posso fare il reso?',
  ],
  ja: [
    '二週間前に注文した商品がまだ届いていません。配送状況を確認していただけますか。',
    '届いた充電器が壊れていて、電源が入りません。交換または返金をお願いします。',
    '注文番号 503-1234567-1234567 の領収書を発行していただけますでしょうか。よろしくお願いいたします。',
    // Mostly kanji: franc alone reads this as Chinese; the kana make it Japanese.
    '注文確認商品未着返金希望の件です',
  ],
  zh: [
    '你好，我两个星期前下的订单到现在还没有收到，请帮我查一下包裹在哪里。',
    '收到的充电器是坏的，完全不能开机。我想要换货或者退款。',
    '您好，请问订单 302-1234567-1234567 可以给我开一张发票吗？谢谢。',
  ],
  nl: [
    'Hallo, ik heb twee weken geleden besteld en mijn pakket is nog steeds niet aangekomen. Kunt u nagaan waar het is?',
    'Het product is kapot aangekomen, het scherm gaat niet aan. Ik wil graag een vervanging of mijn geld terug.',
    'Goedemiddag, kunt u mij een factuur sturen voor bestelling 302-1234567-1234567? Alvast bedankt.',
    'De maat klopt niet, hoe kan ik het terugsturen?',
  ],
  pl: [
    'Dzień dobry, zamówiłem dwa tygodnie temu i paczka nadal nie dotarła. Czy mogą Państwo sprawdzić, gdzie jest?',
    'Produkt przyszedł uszkodzony, ekran się nie włącza. Proszę o wymianę albo zwrot pieniędzy.',
    'Czy mogę prosić o fakturę VAT do zamówienia 302-1234567-1234567? Z góry dziękuję.',
    'Rozmiar się nie zgadza, jak mogę zwrócić ten produkt?',
  ],
  sv: [
    'Hej, jag beställde för två veckor sedan och paketet har fortfarande inte kommit. Kan ni kolla var det är?',
    'Produkten kom trasig, skärmen startar inte. Jag vill ha en ersättning eller pengarna tillbaka.',
    'Hej, kan ni skicka en faktura för min beställning 302-1234567-1234567? Tack på förhand.',
    'Fel storlek skickades, hur gör jag en retur?',
  ],
};

// A store whose default is none of the languages under test would hide a fallback; pick one per case.
const otherThan = (language: LanguageCode): LanguageCode => (language === 'en' ? 'de' : 'en');

describe('detectLanguage', () => {
  describe.each(Object.entries(BUYER_MESSAGES) as [LanguageCode, string[]][])('buyer messages in %s', (language, messages) => {
    it.each(messages)('detects %s', (message) => {
      expect(detectLanguage(message, { fallback: otherThan(language) })).toMatchObject({ language, source: 'detected' });
    });
  });

  it('is sure of itself on a long, clear message', () => {
    expect(detectLanguage(BUYER_MESSAGES.de[0], { fallback: 'en' })).toEqual({ language: 'de', confidence: 'high', source: 'detected' });
  });

  describe('falls back to the store default', () => {
    it.each(['Danke!', 'ok', 'Thanks a lot', 'merci beaucoup', 'Gracias por todo', '谢谢', '谢谢你们', 'はい', '', '   ', '302-1234567-1234567'])(
      'on the short text %j',
      (text) => {
        expect(detectLanguage(text, { fallback: 'fr' })).toEqual({ language: 'fr', confidence: 'low', source: 'fallback' });
      },
    );

    it.each([
      'Hello, ich habe eine Frage about my order, it is not angekommen yet',
      'Hi! Mein Paket ist nicht da. Where is my package? Please help me.',
      'Bonjour, my parcel est arrivé broken, je veux a refund please',
      'Hola, the product llegó roto y quiero un refund',
    ])('on the mixed text %j', (text) => {
      expect(detectLanguage(text, { fallback: 'it' })).toEqual({ language: 'it', confidence: 'low', source: 'fallback' });
    });

    it('when only a URL, an e-mail address and numbers are left after the greeting', () => {
      const text = 'Hi https://www.amazon.de/gp/your-account/order-details?orderID=302-1234567-1234567 buyer@example.com 49,99 € DHL 00340434161234567890';
      expect(detectLanguage(text, { fallback: 'de' })).toMatchObject({ language: 'de', source: 'fallback' });
    });

    it('when the detected language is not one of the candidates', () => {
      expect(detectLanguage(BUYER_MESSAGES.nl[0], { fallback: 'de', candidates: ['de', 'en'] })).toEqual({
        language: 'de',
        confidence: 'low',
        source: 'fallback',
      });
    });
  });

  it('reads a German message naming an English product as German', () => {
    const body = 'Sehr geehrte Damen und Herren, die Anker PowerCore Wireless Charging Station funktioniert nicht mehr.';
    expect(detectLanguage(body, { fallback: 'en' })).toMatchObject({ language: 'de', source: 'detected' });
  });

  it('takes a few kana as Japanese, with low confidence: no other language we route writes kana', () => {
    expect(detectLanguage('ありがとう', { fallback: 'de' })).toEqual({ language: 'ja', confidence: 'low', source: 'detected' });
  });

  it('keeps a detected candidate', () => {
    expect(detectLanguage(BUYER_MESSAGES.nl[0], { fallback: 'de', candidates: ['de', 'nl'] })).toMatchObject({ language: 'nl', source: 'detected' });
  });

  describe('reads only what the buyer wrote', () => {
    const sellerReply = [
      'Dear customer, thank you for your message. We have shipped your order today with DHL and you will',
      'receive the tracking number by email shortly. Please let us know if there is anything else we can do.',
      'Kind regards, the Acme Store team',
    ];

    it('a German reply above a quoted English answer ("Am … schrieb:", > lines) is German', () => {
      const body = [
        'Hallo, das Paket ist immer noch nicht da. Was ist los?',
        '',
        'Am 03.03.2025 um 10:15 schrieb Acme Store <acme@marketplace.amazon.de>:',
        ...sellerReply.map((line) => `> ${line}`),
      ].join('\n');
      expect(detectLanguage(body, { fallback: 'en' })).toMatchObject({ language: 'de', source: 'detected' });
    });

    it('a German reply above an unmarked English quote ("-----Original Message-----") is German', () => {
      const body = ['Danke, aber ich habe immer noch keine Sendungsnummer bekommen.', '', '-----Original Message-----', ...sellerReply].join('\n');
      expect(detectLanguage(body, { fallback: 'en' })).toMatchObject({ language: 'de', source: 'detected' });
    });

    it('a wrapped "On … wrote:" attribution with an unmarked quote below', () => {
      const body = [
        'Bonjour, je n’ai toujours pas reçu le numéro de suivi, pouvez-vous vérifier ?',
        '',
        'On Mon, 3 Mar 2025 at 10:15, Acme Store via Amazon',
        '<acme@marketplace.amazon.fr> wrote:',
        ...sellerReply,
      ].join('\n');
      expect(detectLanguage(body, { fallback: 'en' })).toMatchObject({ language: 'fr', source: 'detected' });
    });

    it('a short German line quoting a long English answer falls back rather than reading the quote', () => {
      const body = ['Danke!', '', 'Le 3 mars 2025 à 10:15, Acme Store a écrit :', ...sellerReply.map((line) => `> ${line}`)].join('\n');
      expect(detectLanguage(body, { fallback: 'de' })).toEqual({ language: 'de', confidence: 'low', source: 'fallback' });
    });

    it('ignores an English signature and a "sent from my iPhone" line', () => {
      const body = [
        'Hej, paketet har fortfarande inte kommit. Kan ni kolla var det är?',
        '-- ',
        'John Smith, Senior Purchasing Manager at the Northern Trading Company of London',
      ].join('\n');
      expect(detectLanguage(body, { fallback: 'en' })).toMatchObject({ language: 'sv', source: 'detected' });
      expect(detectLanguage('Hola, el paquete todavía no ha llegado, ¿dónde está?\nSent from my iPhone and some more English words', { fallback: 'en' })).toMatchObject({
        language: 'es',
        source: 'detected',
      });
    });
  });
});
