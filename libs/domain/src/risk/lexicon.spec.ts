import {
  BUYER_INTENTS,
  RISK_LEXICON_LANGUAGES,
  compileRiskLexicon,
  lexiconsFor,
  rawRiskLexicon,
  riskLexicon,
  validateRiskLexicon,
  type RiskLexiconData,
} from './lexicon';

const clone = (language: (typeof RISK_LEXICON_LANGUAGES)[number]) =>
  JSON.parse(JSON.stringify(rawRiskLexicon(language))) as RiskLexiconData;

describe('risk lexicon files', () => {
  it.each(RISK_LEXICON_LANGUAGES)('%s has every intent and passes validation', (language) => {
    expect(validateRiskLexicon(rawRiskLexicon(language), language)).toEqual([]);
    const data = rawRiskLexicon(language) as RiskLexiconData;
    expect(Object.keys(data.intents).sort()).toEqual([...BUYER_INTENTS].sort());
    for (const intent of BUYER_INTENTS) expect(data.intents[intent].length).toBeGreaterThan(0);
  });

  it.each(RISK_LEXICON_LANGUAGES)('%s compiles with the language it names', (language) => {
    expect(riskLexicon(language).language).toBe(language);
  });

  it('reads a text without a lexicon language with every lexicon, and en-GB with English', () => {
    expect(lexiconsFor('ja').map((l) => l.language)).toEqual([...RISK_LEXICON_LANGUAGES]);
    expect(lexiconsFor('en-GB').map((l) => l.language)).toEqual(['en']);
    expect(lexiconsFor('DE').map((l) => l.language)).toEqual(['de']);
  });
});

describe('validateRiskLexicon', () => {
  it('reports a missing intent', () => {
    const data = clone('de') as unknown as { intents: Record<string, unknown> };
    delete data.intents['CHARGEBACK'];
    expect(validateRiskLexicon(data, 'de')).toContain('intents.CHARGEBACK: missing');
  });

  it('reports an empty intent list and an unknown intent', () => {
    const data = clone('fr') as unknown as { intents: Record<string, unknown> };
    data.intents['REFUND'] = [];
    data.intents['SHIPPING'] = ['livraison'];
    const errors = validateRiskLexicon(data, 'fr');
    expect(errors).toContain('intents.REFUND: must be a non-empty list of terms');
    expect(errors).toContain('intents.SHIPPING: unknown intent');
  });

  it('reports upper case, duplicates, inner wildcards and short wildcard stems', () => {
    const data = clone('en');
    data.intents.REFUND = ['Refund', 'refund', 'refund', 're*fund', 're*'];
    const errors = validateRiskLexicon(data, 'en');
    expect(errors).toContain('intents.REFUND: "Refund" must be lower-case');
    expect(errors).toContain('intents.REFUND: "refund" is listed twice');
    expect(errors).toContain('intents.REFUND: "re*fund" may carry "*" only at its ends');
    expect(errors).toContain('intents.REFUND: "re*" wildcard stem is shorter than 3 letters');
  });

  it('wants negations and intensifiers as single words', () => {
    const data = clone('it');
    data.negations = ['non', 'non più'];
    expect(validateRiskLexicon(data, 'it')).toContain('negations: "non più" must be one word without wildcards');
  });

  it('checks the language tag against the file it came from', () => {
    expect(validateRiskLexicon(clone('es'), 'it')).toContain('language: file says "es", expected "it"');
    expect(validateRiskLexicon({ ...clone('es'), language: 'xx' })).toContain('language: "xx" is not a lexicon language');
  });

  it('rejects a look-ahead outside 0–3 and a non-object', () => {
    expect(validateRiskLexicon({ ...clone('de'), negationLooksAhead: 9 }, 'de')).toContain(
      'negationLooksAhead: must be an integer from 0 to 3',
    );
    expect(validateRiskLexicon(null)).toEqual(['lexicon: must be an object']);
  });

  it('refuses to compile an invalid lexicon, naming the problem', () => {
    const data = clone('en') as unknown as { intents: Record<string, unknown> };
    delete data.intents['A_TO_Z'];
    expect(() => compileRiskLexicon(data, 'en')).toThrow('intents.A_TO_Z: missing');
  });
});
