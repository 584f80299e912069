import { buyerTextForLanguageDetection, stripQuotedReplies } from './buyer-message-text';

describe('stripQuotedReplies', () => {
  it('keeps an inline answer between quoted lines', () => {
    const body = ['On Mon, 3 Mar 2025, Acme <a@b.c> wrote:', '> Which colour did you order?', 'Blau, bitte.', '> And which size?', 'Größe M.'].join('\n');
    expect(stripQuotedReplies(body)).toBe('Blau, bitte.\nGröße M.');
  });

  it('drops everything below an unmarked quote', () => {
    expect(stripQuotedReplies('Merci !\r\n\r\nLe 3 mars 2025 à 10:15, Acme a écrit :\r\nDear customer, …')).toBe('Merci !');
  });

  it.each([
    ['an Outlook header block', 'Grazie.\nDa: Acme Store\nInviato: lunedì 3 marzo 2025\nOggetto: Re: ordine\nDear customer'],
    ['a localised separator', 'Grazie.\n----- Messaggio originale -----\nDear customer'],
    ['a signature separator', 'Grazie.\n--\nMario Rossi'],
    ['a Japanese attribution line', 'Grazie.\n2025年3月3日(月) 10:15 Acme Store <a@b.c>:\nDear customer'],
  ])('drops %s and what follows', (_label, body) => {
    expect(stripQuotedReplies(body)).toBe('Grazie.');
  });
});

describe('buyerTextForLanguageDetection', () => {
  it('removes URLs, e-mail addresses, order ids, tracking numbers and prices', () => {
    const body = 'Bestellung 302-1234567-1234567 (49,99 €), Sendung 1Z999AA10123456784, siehe https://track.example/x?id=1 oder www.example.com, Mail an max@example.de';
    expect(buyerTextForLanguageDetection(body)).toBe('Bestellung €), Sendung siehe oder Mail an');
  });
});
