/*
 * What a buyer's message says about where the order is heading: the intents it carries (refund, return,
 * complaint, A-to-z claim, chargeback, negative-feedback threat, legal escalation) and how negative its tone
 * is. Lexicon-based on purpose: explainable to an agent ("matched: Rückerstattung, A-bis-z-Garantie") and
 * cheap enough to run on every inbound message.
 *
 * Negation, kept simple:
 *   - A positive word is read as negative when a negation stands within the 3 tokens before it ("not happy",
 *     "nicht zufrieden", "non è mai arrivato", "no ha llegado"), or within the lexicon's look-ahead after it
 *     ("funktioniert nicht", "ça marche pas").
 *   - A negative word with a negation within the 3 tokens before it counts for nothing ("no problem",
 *     "kein Problem", "sans problème", "nessun problema"): neutral, never positive.
 *   - Negation never crosses a clause (sentence punctuation or a comma).
 *   - Positive words on their own do not lower the tone, and intents ignore negation: a buyer who writes
 *     "I don't want to open an A-to-z claim" has still put the claim on the table.
 * An intensifier ("very", "sehr", "très") within the 3 tokens before a tone match weighs it 1.5 instead of 1.
 * Tone = 1 − 0.6^(sum of weights), two decimals: one match 0.4, two 0.64, three 0.78, never 1.
 */
import { BUYER_INTENTS, lexiconsFor, type BuyerIntent, type CompiledRiskLexicon, type RiskLexiconLanguage } from './lexicon';
import { clauseTokens, findTerm } from './text-match';

export interface BuyerIntentMatch {
  intent: BuyerIntent;
  /** Lexicon terms that matched, as written in the lexicon. */
  matches: string[];
}

export type ToneMatchKind = 'NEGATIVE' | 'NEGATED_POSITIVE';

export interface ToneMatch {
  /** Lexicon term as written ("kaputt*", "zufrieden"). */
  term: string;
  kind: ToneMatchKind;
  intensified: boolean;
}

export interface BuyerTextAnalysis {
  /** Lexicons the text was read with: its language, or all of them for a language without a lexicon. */
  lexicons: RiskLexiconLanguage[];
  intents: BuyerIntentMatch[];
  /** 0 (nothing negative) to <1. */
  negativeTone: number;
  matches: ToneMatch[];
}

const NEGATION_WINDOW = 3;
const INTENSIFIER_WINDOW = 3;
const INTENSIFIED_WEIGHT = 1.5;
const TONE_DECAY = 0.6;

function anyIn(tokens: readonly string[], from: number, to: number, set: ReadonlySet<string>, used: readonly boolean[]): boolean {
  for (let i = Math.max(0, from); i < Math.min(tokens.length, to); i++) {
    if (!used[i] && set.has(tokens[i] as string)) return true;
  }
  return false;
}

interface LexiconReading {
  intents: Map<BuyerIntent, string[]>;
  matches: ToneMatch[];
  weight: number;
}

function readWith(text: string, lexicon: CompiledRiskLexicon): LexiconReading {
  const clauses = clauseTokens(text, lexicon.language);
  const intents = new Map<BuyerIntent, string[]>();
  const matches: ToneMatch[] = [];
  let weight = 0;
  for (const tokens of clauses) {
    for (const intent of BUYER_INTENTS) {
      for (const term of lexicon.intents[intent]) {
        if (findTerm(tokens, term).length === 0) continue;
        const list = intents.get(intent) ?? [];
        if (!list.includes(term.term)) list.push(term.term);
        intents.set(intent, list);
      }
    }
    // Tokens already part of a tone match: a phrase is read once, and its own words ("no" in "no response")
    // neither negate nor intensify a neighbour.
    const used = tokens.map(() => false);
    const take = (start: number, length: number) => {
      for (let i = start; i < start + length; i++) used[i] = true;
    };
    const free = (start: number, length: number) => used.slice(start, start + length).every((u) => !u);
    const intensifiedAt = (start: number) => anyIn(tokens, start - INTENSIFIER_WINDOW, start, lexicon.intensifiers, used);
    for (const term of lexicon.negative) {
      for (const start of findTerm(tokens, term)) {
        const length = term.tokens.length;
        if (!free(start, length)) continue;
        const negated = anyIn(tokens, start - NEGATION_WINDOW, start, lexicon.negations, used);
        const intensified = !negated && intensifiedAt(start);
        take(start, length);
        if (negated) continue;
        matches.push({ term: term.term, kind: 'NEGATIVE', intensified });
        weight += intensified ? INTENSIFIED_WEIGHT : 1;
      }
    }
    for (const term of lexicon.positive) {
      for (const start of findTerm(tokens, term)) {
        const length = term.tokens.length;
        if (!free(start, length)) continue;
        const end = start + length;
        const negated =
          anyIn(tokens, start - NEGATION_WINDOW, start, lexicon.negations, used) ||
          anyIn(tokens, end, end + lexicon.negationLooksAhead, lexicon.negations, used);
        if (!negated) continue;
        const intensified = intensifiedAt(start);
        take(start, length);
        matches.push({ term: term.term, kind: 'NEGATED_POSITIVE', intensified });
        weight += intensified ? INTENSIFIED_WEIGHT : 1;
      }
    }
  }
  return { intents, matches, weight };
}

export function negativeToneFromWeight(weight: number): number {
  return weight <= 0 ? 0 : Math.round((1 - TONE_DECAY ** weight) * 100) / 100;
}

/** Reads one buyer message. `language` is an ISO 639-1 code ("de", "en-GB"); unknown → every lexicon. */
export function analyseBuyerText(text: string, language: string): BuyerTextAnalysis {
  const lexicons = lexiconsFor(language);
  const intents = new Map<BuyerIntent, string[]>();
  let strongest: LexiconReading | null = null;
  for (const lexicon of lexicons) {
    const reading = readWith(text, lexicon);
    for (const [intent, terms] of reading.intents) {
      const list = intents.get(intent) ?? [];
      for (const t of terms) if (!list.includes(t)) list.push(t);
      intents.set(intent, list);
    }
    if (strongest === null || reading.weight > strongest.weight) strongest = reading;
  }
  return {
    lexicons: lexicons.map((l) => l.language),
    intents: BUYER_INTENTS.filter((i) => intents.has(i)).map((intent) => ({ intent, matches: intents.get(intent) ?? [] })),
    negativeTone: negativeToneFromWeight(strongest?.weight ?? 0),
    matches: strongest?.matches ?? [],
  };
}
