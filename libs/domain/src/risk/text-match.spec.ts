import { clauseTokens, compileTerm, findTerm, foldForMatching } from './text-match';

const matches = (text: string, term: string, language: string) =>
  clauseTokens(text, language).some((tokens) => findTerm(tokens, compileTerm(term, language)).length > 0);

describe('foldForMatching', () => {
  it('drops accents and case, and splits on hyphens and apostrophes', () => {
    expect(foldForMatching('Réclamation A-to-Z', 'fr')).toBe('reclamation a to z');
    expect(foldForMatching("Contestare l'addebito", 'it')).toBe('contestare l addebito');
    expect(foldForMatching('DEVOLUCIÓN', 'es')).toBe('devolucion');
  });

  it('reads English contractions as "not"', () => {
    expect(foldForMatching("I didn't get it, it doesn’t work", 'en')).toBe('i did not get it it does not work');
  });

  it('folds German umlaut spellings and ß to one form', () => {
    const forms = ['Rückerstattung', 'Rueckerstattung', 'RUECKERSTATTUNG', 'Ruckerstattung'].map((w) => foldForMatching(w, 'de'));
    expect(new Set(forms).size).toBe(1);
    expect(foldForMatching('Scheiße', 'de')).toBe(foldForMatching('Scheisse', 'de'));
  });
});

describe('term matching', () => {
  it('matches whole tokens only without a wildcard', () => {
    expect(matches('a court date', 'court', 'en')).toBe(true);
    expect(matches('very courteous staff', 'court', 'en')).toBe(false);
  });

  it('matches German compounds through wildcards', () => {
    expect(matches('Ich stelle einen Rückerstattungsantrag', '*erstattung*', 'de')).toBe(true);
    expect(matches('Teilrückerstattung bitte', '*erstattung*', 'de')).toBe(true);
    expect(matches('Kreditkartenrückbuchung läuft', '*rückbuchung', 'de')).toBe(true);
    expect(matches('Bitte erstatten Sie den Betrag', 'erstatt*', 'de')).toBe(true);
  });

  it('matches a phrase across hyphenated spellings', () => {
    expect(matches('Ich beantrage die A-bis-z-Garantie', 'a bis z', 'de')).toBe(true);
    expect(matches('la garanzia dalla A alla Z', 'dalla a alla z', 'it')).toBe(true);
    expect(matches('reclamación A-to-z', 'a to z', 'es')).toBe(true);
  });

  it('does not match a phrase split across sentences or commas', () => {
    expect(matches('Money. Back home now', 'money back', 'en')).toBe(false);
    expect(matches('my money, back then', 'money back', 'en')).toBe(false);
  });
});
