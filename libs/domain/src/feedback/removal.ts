/*
 * Which seller feedback Amazon may remove or strike through (DOMAIN.md §1.5, SC-FBRM). Removed feedback
 * leaves the rating and the Order Defect Rate, so every granted request is one defect fewer.
 *
 *   Removal:        obscene or profane words; seller-specific personal information; the entire comment is a
 *                   product review (a comment mixing product and service stays).
 *   Strike-through: FBA orders where the whole comment is about Amazon's fulfilment; Buy Shipping orders
 *                   shipped on time where the comment is only about delay or non-delivery.
 *
 * A first pass for the agent, not Amazon's decision: small per-language term lists (removal-lexicons.json,
 * matched as in risk/text-match.ts) sort a comment's words into profanity, product, delivery, fulfilment
 * (packaging, the parcel, Amazon) and seller service. Personal information is found only as e-mail
 * addresses and phone numbers: full names cannot be told from other capitalised words reliably, so the
 * result always hints to check for them by eye.
 */
import lexiconData from './removal-lexicons.json';
import { RISK_LEXICON_LANGUAGES, isRiskLexiconLanguage, type RiskLexiconLanguage } from '../risk/lexicon';
import { baseLanguage, clauseTokens, compileTerm, findTerm, type CompiledTerm } from '../risk/text-match';
import type { FulfillmentChannel } from '../health/metric';

export const FEEDBACK_TERM_CATEGORIES = ['profanity', 'product', 'delivery', 'fulfilment', 'seller'] as const;
export type FeedbackTermCategory = (typeof FEEDBACK_TERM_CATEGORIES)[number];

export type FeedbackRemovalReason =
  | 'OBSCENE_LANGUAGE'
  | 'SELLER_PERSONAL_INFORMATION'
  | 'PRODUCT_REVIEW_ONLY'
  | 'FBA_FULFILMENT_ONLY'
  | 'BUY_SHIPPING_DELAY_ONLY';

/** REMOVAL takes the feedback out; STRIKE_THROUGH keeps it visible, struck, and out of the rating and ODR. */
export type FeedbackRemovalOutcome = 'REMOVAL' | 'STRIKE_THROUGH';

export const FEEDBACK_REMOVAL_OUTCOME: Readonly<Record<FeedbackRemovalReason, FeedbackRemovalOutcome>> = {
  OBSCENE_LANGUAGE: 'REMOVAL',
  SELLER_PERSONAL_INFORMATION: 'REMOVAL',
  PRODUCT_REVIEW_ONLY: 'REMOVAL',
  FBA_FULFILMENT_ONLY: 'STRIKE_THROUGH',
  BUY_SHIPPING_DELAY_ONLY: 'STRIKE_THROUGH',
};

export type FeedbackRemovalHint =
  /** An e-mail or phone number was found: it qualifies only if it is the seller's. */
  | 'CONFIRM_INFORMATION_IS_SELLERS'
  /** Full names are not detected: read the comment for the seller's or staff names. */
  | 'CHECK_FOR_FULL_NAMES'
  /** Product and service both discussed: Amazon keeps mixed comments. */
  | 'MIXED_COMMENT_STAYS'
  /** About delivery, but the order was not shipped on time with Buy Shipping. */
  | 'DELAY_NOT_PROTECTED_WITHOUT_ON_TIME_BUY_SHIPPING'
  /** No listed term matched: read it by eye. */
  | 'NOTHING_RECOGNISED';

export interface FeedbackRemovalInput {
  comment: string;
  language: string;
  fulfillmentChannel: FulfillmentChannel;
  /** Label bought through Amazon Buy Shipping. */
  boughtShipping: boolean;
  /** Ship-confirmed by the expected ship date. */
  shippedOnTime: boolean;
}

export interface FeedbackRemovalEligibility {
  eligible: boolean;
  reasons: { reason: FeedbackRemovalReason; outcome: FeedbackRemovalOutcome; evidence: string[] }[];
  hints: FeedbackRemovalHint[];
  /** Terms found per category, for the agent's request text. */
  terms: Record<FeedbackTermCategory, string[]>;
}

type RemovalLexicon = Record<FeedbackTermCategory, readonly CompiledTerm[]>;

/** Problems with the removal term lists, empty when usable: every lexicon language, every category non-empty. */
export function validateFeedbackRemovalLexicons(data: unknown): string[] {
  if (typeof data !== 'object' || data === null) return ['must be an object'];
  const errors: string[] = [];
  const d = data as Record<string, unknown>;
  for (const language of RISK_LEXICON_LANGUAGES) {
    const entry = d[language];
    if (typeof entry !== 'object' || entry === null) {
      errors.push(`${language}: missing`);
      continue;
    }
    for (const category of FEEDBACK_TERM_CATEGORIES) {
      const list = (entry as Record<string, unknown>)[category];
      if (!Array.isArray(list) || list.length === 0 || !list.every((t) => typeof t === 'string' && t.trim() !== '' && t === t.toLowerCase())) {
        errors.push(`${language}.${category}: must be a non-empty list of lower-case terms`);
      }
    }
  }
  return errors;
}

const compiled = new Map<RiskLexiconLanguage, RemovalLexicon>();

function removalLexicon(language: RiskLexiconLanguage): RemovalLexicon {
  let lexicon = compiled.get(language);
  if (!lexicon) {
    const errors = validateFeedbackRemovalLexicons(lexiconData);
    if (errors.length > 0) throw new Error(`Invalid feedback removal lexicons: ${errors.join('; ')}`);
    const raw = (lexiconData as Record<string, Record<FeedbackTermCategory, string[]>>)[language] as Record<FeedbackTermCategory, string[]>;
    const built = {} as Record<FeedbackTermCategory, readonly CompiledTerm[]>;
    for (const category of FEEDBACK_TERM_CATEGORIES) built[category] = raw[category].map((t) => compileTerm(t, language));
    lexicon = built;
    compiled.set(language, lexicon);
  }
  return lexicon;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// Runs of digits with the separators phone numbers use; 8–15 digits (E.164 max 15) and not a date.
const PHONE_CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s()./-]{5,}\d/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** E-mail addresses and phone numbers in a comment (the personal information this check can see). */
export function findContactDetails(comment: string): { emails: string[]; phones: string[] } {
  const emails = comment.match(EMAIL) ?? [];
  const phones: string[] = [];
  for (const candidate of comment.replace(EMAIL, ' ').match(PHONE_CANDIDATE) ?? []) {
    const trimmed = candidate.trim();
    const digits = trimmed.replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15 && !DATE_LIKE.test(trimmed)) phones.push(trimmed);
  }
  return { emails, phones };
}

export function removalEligibility(input: FeedbackRemovalInput): FeedbackRemovalEligibility {
  const base = baseLanguage(input.language);
  const languages = isRiskLexiconLanguage(base) ? [base] : [...RISK_LEXICON_LANGUAGES];
  const terms: Record<FeedbackTermCategory, string[]> = { profanity: [], product: [], delivery: [], fulfilment: [], seller: [] };
  for (const language of languages) {
    const clauses = clauseTokens(input.comment, language);
    const lexicon = removalLexicon(language);
    for (const category of FEEDBACK_TERM_CATEGORIES) {
      for (const term of lexicon[category]) {
        if (clauses.some((tokens) => findTerm(tokens, term).length > 0) && !terms[category].includes(term.term)) {
          terms[category].push(term.term);
        }
      }
    }
  }
  const has = (c: FeedbackTermCategory) => terms[c].length > 0;
  const reasons: FeedbackRemovalEligibility['reasons'] = [];
  const hints: FeedbackRemovalHint[] = [];
  const add = (reason: FeedbackRemovalReason, evidence: string[]) =>
    reasons.push({ reason, outcome: FEEDBACK_REMOVAL_OUTCOME[reason], evidence });

  if (has('profanity')) add('OBSCENE_LANGUAGE', terms.profanity);

  const { emails, phones } = findContactDetails(input.comment);
  if (emails.length + phones.length > 0) {
    add('SELLER_PERSONAL_INFORMATION', [...emails, ...phones]);
    hints.push('CONFIRM_INFORMATION_IS_SELLERS');
  }
  hints.push('CHECK_FOR_FULL_NAMES');

  const aboutService = has('delivery') || has('fulfilment') || has('seller');
  if (has('product') && !aboutService) add('PRODUCT_REVIEW_ONLY', terms.product);
  if (has('product') && aboutService) hints.push('MIXED_COMMENT_STAYS');

  if (input.fulfillmentChannel === 'AFN' && (has('delivery') || has('fulfilment')) && !has('product') && !has('seller')) {
    add('FBA_FULFILMENT_ONLY', [...terms.delivery, ...terms.fulfilment]);
  }
  const delayOnly = has('delivery') && !has('product') && !has('seller') && !has('fulfilment');
  if (input.fulfillmentChannel === 'MFN' && delayOnly) {
    if (input.boughtShipping && input.shippedOnTime) add('BUY_SHIPPING_DELAY_ONLY', terms.delivery);
    else hints.push('DELAY_NOT_PROTECTED_WITHOUT_ON_TIME_BUY_SHIPPING');
  }
  if (FEEDBACK_TERM_CATEGORIES.every((c) => !has(c)) && emails.length + phones.length === 0) hints.push('NOTHING_RECOGNISED');

  return { eligible: reasons.length > 0, reasons, hints, terms };
}
