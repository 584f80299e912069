/*
 * Buyer-intent and tone lexicons, one JSON data file per language under ./lexicons, so that a native speaker
 * can extend them without touching code. The JSON stays inside risk/: only the API's scoring imports it,
 * never the console bundle.
 *
 * File shape (every list lower-case; terms follow the matching rules in text-match.ts, `*` = compound
 * wildcard):
 *   { "language": "de",
 *     "intents": { "REFUND": [...], "RETURN": [...], ... one list per BuyerIntent },
 *     "negative":     words and phrases of negative tone ("kaputt", "immer noch"),
 *     "positive":     words that turn negative under a negation ("zufrieden" in "nicht zufrieden"),
 *     "negations":    single tokens ("nicht", "kein"),
 *     "intensifiers": single tokens ("sehr", "total"),
 *     "negationLooksAhead": tokens after a positive word in which a negation still counts
 *                           (German "funktioniert nicht", colloquial French "ça marche pas"); 0 elsewhere }
 */
import de from './lexicons/de.json';
import en from './lexicons/en.json';
import es from './lexicons/es.json';
import fr from './lexicons/fr.json';
import it from './lexicons/it.json';
import { baseLanguage, compileTerm, type CompiledTerm } from './text-match';

/**
 * What a buyer is heading for. A_TO_Z, CHARGEBACK and NEGATIVE_FEEDBACK_THREAT are the three Order Defect
 * Rate defects (DOMAIN.md §1.1); ESCALATION is a legal or consumer-authority threat.
 */
export const BUYER_INTENTS = [
  'REFUND',
  'RETURN',
  'COMPLAINT',
  'A_TO_Z',
  'CHARGEBACK',
  'NEGATIVE_FEEDBACK_THREAT',
  'ESCALATION',
] as const;
export type BuyerIntent = (typeof BUYER_INTENTS)[number];

export const RISK_LEXICON_LANGUAGES = ['en', 'de', 'es', 'fr', 'it'] as const;
export type RiskLexiconLanguage = (typeof RISK_LEXICON_LANGUAGES)[number];

export function isRiskLexiconLanguage(language: string): language is RiskLexiconLanguage {
  return (RISK_LEXICON_LANGUAGES as readonly string[]).includes(language);
}

export interface RiskLexiconData {
  language: string;
  intents: Record<BuyerIntent, string[]>;
  negative: string[];
  positive: string[];
  negations: string[];
  intensifiers: string[];
  negationLooksAhead: number;
}

export interface CompiledRiskLexicon {
  readonly language: RiskLexiconLanguage;
  readonly intents: Readonly<Record<BuyerIntent, readonly CompiledTerm[]>>;
  /** Longest first, so "no response" wins over a shorter overlapping term. */
  readonly negative: readonly CompiledTerm[];
  readonly positive: readonly CompiledTerm[];
  readonly negations: ReadonlySet<string>;
  readonly intensifiers: ReadonlySet<string>;
  readonly negationLooksAhead: number;
}

const RAW: Record<RiskLexiconLanguage, unknown> = { en, de, es, fr, it };

const TERM_LISTS = ['negative', 'positive', 'negations', 'intensifiers'] as const;
const SINGLE_TOKEN_LISTS = new Set<string>(['negations', 'intensifiers']);
const MIN_WILDCARD_STEM = 3;

function termErrors(where: string, list: unknown, language: string, singleToken: boolean): string[] {
  if (!Array.isArray(list) || list.length === 0) return [`${where}: must be a non-empty list of terms`];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const term of list as unknown[]) {
    if (typeof term !== 'string' || term.trim() === '') {
      errors.push(`${where}: every term must be a non-empty string`);
      continue;
    }
    if (term !== term.toLowerCase()) errors.push(`${where}: "${term}" must be lower-case`);
    if (seen.has(term)) errors.push(`${where}: "${term}" is listed twice`);
    seen.add(term);
    if (/\*/.test(term.slice(1, -1))) errors.push(`${where}: "${term}" may carry "*" only at its ends`);
    const compiled = compileTerm(term, language);
    if (compiled.tokens.length === 0) errors.push(`${where}: "${term}" has no letters`);
    if (singleToken && (compiled.tokens.length !== 1 || term.includes('*'))) {
      errors.push(`${where}: "${term}" must be one word without wildcards`);
    }
    const wildcarded = compiled.leadingWildcard ? compiled.tokens[0] : compiled.trailingWildcard ? compiled.tokens.at(-1) : undefined;
    if (wildcarded !== undefined && wildcarded.length < MIN_WILDCARD_STEM) {
      errors.push(`${where}: "${term}" wildcard stem is shorter than ${MIN_WILDCARD_STEM} letters`);
    }
  }
  return errors;
}

/**
 * Problems with a lexicon file, empty when it is usable: the language tag, a non-empty list for every
 * intent and no unknown intent, lower-case terms, wildcards only at term ends with a stem of 3+ letters,
 * single-word negations and intensifiers.
 */
export function validateRiskLexicon(data: unknown, expectedLanguage?: string): string[] {
  if (typeof data !== 'object' || data === null) return ['lexicon: must be an object'];
  const d = data as Record<string, unknown>;
  const errors: string[] = [];
  const language = typeof d['language'] === 'string' ? d['language'] : '';
  if (!isRiskLexiconLanguage(language)) errors.push(`language: "${String(d['language'])}" is not a lexicon language`);
  if (expectedLanguage !== undefined && language !== expectedLanguage) {
    errors.push(`language: file says "${language}", expected "${expectedLanguage}"`);
  }
  const intents = d['intents'];
  if (typeof intents !== 'object' || intents === null) {
    errors.push('intents: missing');
  } else {
    const byIntent = intents as Record<string, unknown>;
    for (const intent of BUYER_INTENTS) {
      if (!(intent in byIntent)) errors.push(`intents.${intent}: missing`);
      else errors.push(...termErrors(`intents.${intent}`, byIntent[intent], language, false));
    }
    for (const key of Object.keys(byIntent)) {
      if (!(BUYER_INTENTS as readonly string[]).includes(key)) errors.push(`intents.${key}: unknown intent`);
    }
  }
  for (const list of TERM_LISTS) errors.push(...termErrors(list, d[list], language, SINGLE_TOKEN_LISTS.has(list)));
  const ahead = d['negationLooksAhead'];
  if (typeof ahead !== 'number' || !Number.isInteger(ahead) || ahead < 0 || ahead > 3) {
    errors.push('negationLooksAhead: must be an integer from 0 to 3');
  }
  return errors;
}

function byLengthDesc(a: CompiledTerm, b: CompiledTerm): number {
  return b.tokens.join(' ').length - a.tokens.join(' ').length;
}

/** Compiles a lexicon after validating it; throws listing every problem. */
export function compileRiskLexicon(data: unknown, expectedLanguage?: RiskLexiconLanguage): CompiledRiskLexicon {
  const errors = validateRiskLexicon(data, expectedLanguage);
  if (errors.length > 0) throw new Error(`Invalid risk lexicon: ${errors.join('; ')}`);
  const d = data as RiskLexiconData;
  const language = d.language as RiskLexiconLanguage;
  const compile = (terms: readonly string[]) => terms.map((t) => compileTerm(t, language)).sort(byLengthDesc);
  const single = (terms: readonly string[]) => new Set(terms.map((t) => compileTerm(t, language).tokens[0] as string));
  const intents = {} as Record<BuyerIntent, readonly CompiledTerm[]>;
  for (const intent of BUYER_INTENTS) intents[intent] = compile(d.intents[intent]);
  return {
    language,
    intents,
    negative: compile(d.negative),
    positive: compile(d.positive),
    negations: single(d.negations),
    intensifiers: single(d.intensifiers),
    negationLooksAhead: d.negationLooksAhead,
  };
}

const compiled = new Map<RiskLexiconLanguage, CompiledRiskLexicon>();

/** The built-in lexicon for a language, compiled once. */
export function riskLexicon(language: RiskLexiconLanguage): CompiledRiskLexicon {
  let lexicon = compiled.get(language);
  if (!lexicon) {
    lexicon = compileRiskLexicon(RAW[language], language);
    compiled.set(language, lexicon);
  }
  return lexicon;
}

/** The built-in lexicon file contents, for validation in tests and admin tooling. */
export function rawRiskLexicon(language: RiskLexiconLanguage): unknown {
  return RAW[language];
}

/** Lexicons to read a text with: its own language, or all of them when the language has none. */
export function lexiconsFor(language: string): CompiledRiskLexicon[] {
  const base = baseLanguage(language);
  return isRiskLexiconLanguage(base) ? [riskLexicon(base)] : RISK_LEXICON_LANGUAGES.map(riskLexicon);
}
