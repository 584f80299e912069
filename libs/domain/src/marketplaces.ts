export const MARKETPLACES = ['AMAZON', 'EBAY', 'ALIEXPRESS'] as const;
export type Marketplace = (typeof MARKETPLACES)[number];

/** Languages the desk routes by (ISO 639-1). */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'ja', 'zh', 'nl', 'pl', 'sv'] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(code: string): code is LanguageCode {
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(code);
}

/** True when `zone` is an IANA time zone this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
