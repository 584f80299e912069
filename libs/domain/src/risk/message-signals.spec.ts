import type { BuyerIntent } from './lexicon';
import { analyseBuyerText, negativeToneFromWeight } from './message-signals';

const intentsOf = (text: string, language: string): BuyerIntent[] => analyseBuyerText(text, language).intents.map((i) => i.intent);

/** Realistic buyer messages and the intents each carries (exactly, in BUYER_INTENTS order). */
const MESSAGES: { language: string; text: string; intents: BuyerIntent[]; negative: boolean }[] = [
  // English
  {
    language: 'en',
    text: "Hi, I still haven't received my order and it was due last week. If I don't get a refund by Friday I will open an A-to-z claim and leave negative feedback.",
    intents: ['REFUND', 'A_TO_Z', 'NEGATIVE_FEEDBACK_THREAT'],
    negative: true,
  },
  {
    language: 'en',
    text: 'The kettle arrived broken. I want to return it — please send me a prepaid return label.',
    intents: ['RETURN'],
    negative: true,
  },
  {
    language: 'en',
    text: 'This is unacceptable. Third message with no reply. I have contacted my bank to dispute the charge.',
    intents: ['COMPLAINT', 'CHARGEBACK'],
    negative: true,
  },
  {
    language: 'en',
    text: 'You sold me a counterfeit. My solicitor will be in touch and I am reporting you to trading standards.',
    intents: ['ESCALATION'],
    negative: true,
  },
  {
    language: 'en',
    text: 'No problem at all, thanks for the quick update! Looking forward to it.',
    intents: [],
    negative: false,
  },
  // German
  {
    language: 'de',
    text: 'Ich bin mit der Ware überhaupt nicht zufrieden, das Gerät funktioniert nicht. Ich möchte eine Rückerstattung, sonst beantrage ich die A-bis-z-Garantie.',
    intents: ['REFUND', 'A_TO_Z'],
    negative: true,
  },
  {
    language: 'de',
    text: 'Das Paket ist bis heute nicht angekommen. Geben Sie mir mein Geld zurück oder ich veranlasse eine Rückbuchung über meine Bank.',
    intents: ['REFUND', 'CHARGEBACK'],
    negative: true,
  },
  {
    language: 'de',
    text: 'Die Jacke ist zu klein. Wie funktioniert die Rücksendung? Ich brauche ein Rücksendeetikett.',
    intents: ['RETURN'],
    negative: false,
  },
  {
    language: 'de',
    text: 'Eine Frechheit! Ich werde eine negative Bewertung abgeben und die Verbraucherzentrale einschalten, mein Anwalt ist informiert.',
    intents: ['COMPLAINT', 'NEGATIVE_FEEDBACK_THREAT', 'ESCALATION'],
    negative: true,
  },
  {
    language: 'de',
    text: 'Kein Problem, vielen Dank für die schnelle Antwort!',
    intents: [],
    negative: false,
  },
  // Spanish
  {
    language: 'es',
    text: 'El paquete no ha llegado todavía. Quiero un reembolso o abriré una reclamación A-to-z.',
    intents: ['REFUND', 'COMPLAINT', 'A_TO_Z'],
    negative: true,
  },
  {
    language: 'es',
    text: 'El producto llegó roto. Quiero hacer la devolución, ¿me envían la etiqueta de devolución?',
    intents: ['RETURN'],
    negative: true,
  },
  {
    language: 'es',
    text: 'Es una vergüenza, nadie responde. He abierto una disputa con mi banco por el cargo de la tarjeta de crédito.',
    intents: ['COMPLAINT', 'CHARGEBACK'],
    negative: true,
  },
  {
    language: 'es',
    text: 'Si no me solucionan esto dejaré una valoración negativa y lo denunciaré en la oficina de consumo.',
    intents: ['NEGATIVE_FEEDBACK_THREAT', 'ESCALATION'],
    negative: false,
  },
  // French
  {
    language: 'fr',
    text: "Je n'ai jamais reçu ma commande. Je demande le remboursement, sinon je lance une rétrofacturation auprès de ma banque.",
    intents: ['REFUND', 'CHARGEBACK'],
    negative: true,
  },
  {
    language: 'fr',
    text: 'Ça marche pas. Je veux faire un retour, merci de m’envoyer une étiquette de retour.',
    intents: ['RETURN'],
    negative: true,
  },
  {
    language: 'fr',
    text: "C'est scandaleux, je vais ouvrir une réclamation garantie A à Z et laisser un avis négatif.",
    intents: ['COMPLAINT', 'A_TO_Z', 'NEGATIVE_FEEDBACK_THREAT'],
    negative: true,
  },
  {
    language: 'fr',
    text: 'Produit défectueux et toujours pas de réponse. Mon avocat vous enverra une mise en demeure.',
    intents: ['ESCALATION'],
    negative: true,
  },
  {
    language: 'fr',
    text: 'Pas de problème, merci beaucoup pour votre aide.',
    intents: [],
    negative: false,
  },
  // Italian
  {
    language: 'it',
    text: 'Il pacco non è mai arrivato. Voglio il rimborso, altrimenti apro la garanzia dalla A alla Z.',
    intents: ['REFUND', 'A_TO_Z'],
    negative: true,
  },
  {
    language: 'it',
    text: "Il prodotto è arrivato rotto, vorrei fare il reso. Mi mandate l'etichetta di reso?",
    intents: ['RETURN'],
    negative: true,
  },
  {
    language: 'it',
    text: 'Non sono soddisfatto. Ho chiesto alla mia banca lo storno: chargeback in corso.',
    intents: ['CHARGEBACK'],
    negative: true,
  },
  {
    language: 'it',
    text: 'Vergognoso! Lascerò un feedback negativo e mi rivolgerò al mio avvocato.',
    intents: ['COMPLAINT', 'NEGATIVE_FEEDBACK_THREAT', 'ESCALATION'],
    negative: true,
  },
  {
    language: 'it',
    text: 'Nessun problema, grazie mille per la risposta.',
    intents: [],
    negative: false,
  },
];

describe('analyseBuyerText on real-world messages', () => {
  it.each(MESSAGES)('$language: "$text"', ({ language, text, intents, negative }) => {
    const analysis = analyseBuyerText(text, language);
    expect(analysis.intents.map((i) => i.intent)).toEqual(intents);
    expect(analysis.lexicons).toEqual([language]);
    if (negative) expect(analysis.negativeTone).toBeGreaterThan(0);
    else expect(analysis.negativeTone).toBe(0);
  });

  it('covers at least four messages per language', () => {
    for (const language of ['en', 'de', 'es', 'fr', 'it']) {
      expect(MESSAGES.filter((m) => m.language === language).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('reports the lexicon terms that matched each intent', () => {
    const analysis = analyseBuyerText('Ich will mein Geld zurück: Rückbuchung über die Kreditkartenfirma!', 'de');
    expect(analysis.intents).toEqual([
      { intent: 'REFUND', matches: expect.arrayContaining(['geld zurück', 'mein geld']) },
      { intent: 'CHARGEBACK', matches: expect.arrayContaining(['*rückbuchung*', 'kreditkartenfirma']) },
    ]);
  });
});

describe('negation', () => {
  it.each([
    ['en', 'I am not happy with this'],
    ['en', 'It does not work'],
    ['de', 'Ich bin nicht zufrieden'],
    ['de', 'Das Gerät funktioniert nicht'],
    ['es', 'No estoy contento'],
    ['fr', 'Je ne suis pas satisfait'],
    ['it', 'Non sono soddisfatto'],
  ])('%s "%s" counts as negative', (language, text) => {
    const analysis = analyseBuyerText(text, language);
    expect(analysis.negativeTone).toBe(0.4);
    expect(analysis.matches).toEqual([expect.objectContaining({ kind: 'NEGATED_POSITIVE' })]);
  });

  it.each([
    ['en', 'No problem'],
    ['en', 'not bad at all'],
    ['de', 'Kein Problem'],
    ['es', 'Ningún problema'],
    ['fr', 'Sans problème'],
    ['it', 'Nessun problema'],
  ])('%s "%s" is neutral, not negative', (language, text) => {
    expect(analyseBuyerText(text, language).negativeTone).toBe(0);
  });

  it('does not reach across a sentence or a comma', () => {
    expect(analyseBuyerText('No. Happy with it', 'en').negativeTone).toBe(0);
    expect(analyseBuyerText('No, the problem is still there', 'en').negativeTone).toBe(0.4);
  });

  it('leaves plain positive words alone', () => {
    expect(analyseBuyerText('I am happy, it works and arrived on time', 'en').negativeTone).toBe(0);
  });

  it('keeps intents under negation: the claim is on the table either way', () => {
    expect(intentsOf("I don't want to open an A-to-z claim, but I will", 'en')).toEqual(['A_TO_Z']);
  });
});

describe('tone', () => {
  it('grows with each negative match and saturates below 1', () => {
    expect(negativeToneFromWeight(0)).toBe(0);
    expect(negativeToneFromWeight(1)).toBe(0.4);
    expect(negativeToneFromWeight(2)).toBe(0.64);
    expect(negativeToneFromWeight(3)).toBe(0.78);
    expect(negativeToneFromWeight(40)).toBeLessThanOrEqual(1);
  });

  it('weighs an intensified match 1.5', () => {
    const plain = analyseBuyerText('It is broken', 'en');
    const intense = analyseBuyerText('It is totally broken', 'en');
    expect(intense.matches).toEqual([{ term: 'broken', kind: 'NEGATIVE', intensified: true }]);
    expect(intense.negativeTone).toBe(negativeToneFromWeight(1.5));
    expect(intense.negativeTone).toBeGreaterThan(plain.negativeTone);
  });

  it('reads a phrase once: "no response" is one match, and its "no" negates nothing', () => {
    const analysis = analyseBuyerText('Still no response', 'en');
    expect(analysis.matches.map((m) => m.term)).toEqual(['no response']);
  });

  it('matches accents typed or not', () => {
    expect(analyseBuyerText('Produit defectueux, tres decu', 'fr').negativeTone).toBeGreaterThan(0.6);
    expect(intentsOf('Ich will eine Rueckerstattung', 'de')).toEqual(['REFUND']);
  });
});

describe('languages without a lexicon', () => {
  it('reads the text with every lexicon', () => {
    const analysis = analyseBuyerText('Rimborso please, A-to-z!', 'ja');
    expect(analysis.lexicons).toEqual(['en', 'de', 'es', 'fr', 'it']);
    expect(analysis.intents.map((i) => i.intent)).toEqual(['REFUND', 'A_TO_Z']);
  });

  it('finds nothing in text none of them knows', () => {
    expect(analyseBuyerText('商品がまだ届きません', 'ja')).toMatchObject({ intents: [], negativeTone: 0 });
  });
});
