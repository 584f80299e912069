/*
 * Term matching for buyer texts and feedback comments, shared by the risk lexicons and the feedback-removal
 * check. Both sides (text and lexicon term) go through the same folding, so a lexicon is written once in
 * plain lower-case with its accents and still matches what buyers type:
 *
 *   1. Unicode NFKC, lower case, curly apostrophes straightened, English "n't" → " not" (so "didn't" holds
 *      the negation "not").
 *   2. Accents dropped (NFD, combining marks removed): "reçu" = "recu", "devolución" = "devolucion".
 *      German also folds the umlaut spellings "ae/oe/ue" and "ß" → "ss", so "Rückerstattung",
 *      "Rueckerstattung" and "Ruckerstattung" are one word.
 *   3. Every run of characters that is not a letter or a digit separates tokens: "A-bis-z-Garantie" reads
 *      "a bis z garantie", "l'addebito" reads "l addebito".
 *
 * A term is a sequence of tokens matched on token boundaries. German writes compounds as one word, so a
 * term may carry a `*` wildcard at either end: `erstatt*` matches tokens starting with "erstatt"
 * ("erstatten", "erstattet"), `*rückbuchung` tokens ending with it ("Kreditkartenrückbuchung"), and
 * `*erstattung*` tokens containing it ("Rückerstattungsantrag"). Wildcards sit only on the first token's
 * start and the last token's end.
 *
 * Texts are also cut into clauses at sentence punctuation and commas: negation never reaches across one.
 */

export interface CompiledTerm {
  /** The term as written in the lexicon, reported back in matches. */
  readonly term: string;
  readonly tokens: readonly string[];
  readonly leadingWildcard: boolean;
  readonly trailingWildcard: boolean;
}

const COMBINING_MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}*]+/gu;
const NOT_WORD_STRICT = /[^\p{L}\p{N}]+/gu;
const CLAUSE_BREAK = /[.!?;:,\n\r()[\]{}"«»“”¿¡…]+/u;

/** Folds text as described above, keeping `*` when `keepWildcards` (lexicon terms only). */
export function foldForMatching(text: string, language: string, keepWildcards = false): string {
  let s = text.normalize('NFKC').toLowerCase().replace(/[’‘`´]/g, "'").replace(/n't\b/g, ' not');
  s = s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/ß/g, 'ss');
  if (baseLanguage(language) === 'de') s = s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  return s.replace(keepWildcards ? NOT_WORD : NOT_WORD_STRICT, ' ').trim();
}

/** "en-GB" → "en", "DE" → "de". */
export function baseLanguage(language: string): string {
  return language.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export function compileTerm(term: string, language: string): CompiledTerm {
  const folded = foldForMatching(term, language, true);
  const leadingWildcard = folded.startsWith('*');
  const trailingWildcard = folded.endsWith('*');
  const tokens = folded.replace(/\*/g, ' ').split(' ').filter((t) => t.length > 0);
  return { term, tokens, leadingWildcard, trailingWildcard };
}

/** The text as clauses of folded tokens. */
export function clauseTokens(text: string, language: string): string[][] {
  return text
    .split(CLAUSE_BREAK)
    .map((clause) => foldForMatching(clause, language).split(' ').filter((t) => t.length > 0))
    .filter((tokens) => tokens.length > 0);
}

function tokenMatches(token: string, wanted: string, leading: boolean, trailing: boolean): boolean {
  if (leading && trailing) return token.includes(wanted);
  if (leading) return token.endsWith(wanted);
  if (trailing) return token.startsWith(wanted);
  return token === wanted;
}

/** Start indexes in `tokens` where `term` matches. */
export function findTerm(tokens: readonly string[], term: CompiledTerm): number[] {
  const n = term.tokens.length;
  const starts: number[] = [];
  if (n === 0) return starts;
  for (let start = 0; start + n <= tokens.length; start++) {
    let ok = true;
    for (let i = 0; i < n && ok; i++) {
      const leading = i === 0 && term.leadingWildcard;
      const trailing = i === n - 1 && term.trailingWildcard;
      ok = tokenMatches(tokens[start + i] as string, term.tokens[i] as string, leading, trailing);
    }
    if (ok) starts.push(start);
  }
  return starts;
}

/** True when the term matches anywhere in the clauses. */
export function termOccurs(clauses: readonly (readonly string[])[], term: CompiledTerm): boolean {
  return clauses.some((tokens) => findTerm(tokens, term).length > 0);
}
