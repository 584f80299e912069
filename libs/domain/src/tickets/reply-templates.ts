import type { LanguageCode } from '../marketplaces';

/**
 * Variables a reply template may use, written `{{name}}` (spaces inside the braces allowed):
 * - `buyer_name`: the buyer's name as on the order (may be missing: Amazon restricts it, DOMAIN.md §2.5)
 * - `order_id`: the marketplace order id, e.g. 302-1234567-1234567
 * - `product`: the product title of the order line the ticket is about
 * - `tracking_number`: the shipment's tracking number
 * - `agent_name`: the replying agent's display name
 * - `store_name`: the store's name as the buyer knows it
 */
export const REPLY_TEMPLATE_VARIABLES = [
  'buyer_name',
  'order_id',
  'product',
  'tracking_number',
  'agent_name',
  'store_name',
] as const;
export type ReplyTemplateVariable = (typeof REPLY_TEMPLATE_VARIABLES)[number];
export type ReplyTemplateValues = Partial<Record<ReplyTemplateVariable, string | null | undefined>>;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isTemplateVariable(name: string): name is ReplyTemplateVariable {
  return (REPLY_TEMPLATE_VARIABLES as readonly string[]).includes(name);
}

function placeholderNames(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((match) => match[1]))];
}

export type ReplyTemplateValidation = { ok: true } | { ok: false; unknownVariables: string[] };

/** Checked when a template is saved: every `{{…}}` must name a known variable; the unknown ones are listed. */
export function validateReplyTemplate(body: string): ReplyTemplateValidation {
  const unknownVariables = placeholderNames(body).filter((name) => !isTemplateVariable(name));
  return unknownVariables.length === 0 ? { ok: true } : { ok: false, unknownVariables };
}

export interface RenderedReplyTemplate {
  text: string;
  /** Variables the template uses that had no value (rendered as ""), so the console can warn the agent. */
  missing: ReplyTemplateVariable[];
}

/**
 * Fills a template (body or subject). A variable without a value, or with only whitespace, renders as an
 * empty string and is listed in `missing`. Values are inserted as plain text in one pass: braces inside a
 * value are not expanded again. Unknown names cannot be saved (see `validateReplyTemplate`); if one is
 * met anyway it renders empty and is listed in `missing` under its own name.
 */
export function renderReplyTemplate(body: string, values: ReplyTemplateValues): RenderedReplyTemplate {
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (_placeholder, name: string) => {
    const value = isTemplateVariable(name) ? values[name] : undefined;
    if (value === undefined || value === null || value.trim() === '') {
      missing.add(name);
      return '';
    }
    return value;
  });
  return { text, missing: [...missing] as ReplyTemplateVariable[] };
}

export interface ReplyTemplateTranslation {
  language: LanguageCode;
  body: string;
  subject?: string;
}

/**
 * The translation to reply with: the ticket's language, else the store's default language, else English,
 * else the first translation; null when the template has none.
 */
export function pickTemplateTranslation<T extends ReplyTemplateTranslation>(
  translations: readonly T[],
  ticketLanguage: LanguageCode | null,
  storeDefault: LanguageCode,
): T | null {
  for (const language of [ticketLanguage, storeDefault, 'en']) {
    const match = translations.find((translation) => translation.language === language);
    if (match) return match;
  }
  return translations[0] ?? null;
}
