import { francAll } from 'franc';
import { SUPPORTED_LANGUAGES, type LanguageCode } from '../marketplaces';
import { buyerTextForLanguageDetection } from './buyer-message-text';

/**
 * Which language a buyer wrote in, so the ticket lands in that language's queue (ARCHITECTURE.md "Who uses
 * it"). franc (trigram models, offline) ranks our supported languages; a small list of function words
 * per language backs it up on the short texts buyers write, where trigrams alone confuse English with
 * Dutch or Swedish with Spanish. When the text is too short, or reads as two languages, or no language
 * clearly wins, the store's default language is used and the result says so.
 */
export interface DetectLanguageOptions {
  /** The store's default language: used whenever detection is not sure. */
  fallback: LanguageCode;
  /**
   * Languages the result may be. Detection still ranks every supported language (so a Dutch message is
   * not forced into German when only `de` and `en` are allowed); a winner outside this list falls back.
   */
  candidates?: readonly LanguageCode[];
}

export interface LanguageDetection {
  language: LanguageCode;
  /** `high`: long text and a clear winner. `low`: a fallback, or a detection the console should let the agent confirm. */
  confidence: 'high' | 'low';
  source: 'detected' | 'fallback';
}

/** ISO 639-3 (franc) → ISO 639-1 (ours). */
const FRANC_CODES: Readonly<Record<LanguageCode, string>> = {
  en: 'eng',
  de: 'deu',
  es: 'spa',
  fr: 'fra',
  it: 'ita',
  ja: 'jpn',
  zh: 'cmn',
  nl: 'nld',
  pl: 'pol',
  sv: 'swe',
};
const ALPHABETIC_LANGUAGES = SUPPORTED_LANGUAGES.filter((code) => code !== 'ja' && code !== 'zh');

/** Below this many letters an alphabetic text is not detected ("Danke!", "ok", "Thanks a lot"). */
export const MIN_LETTERS_FOR_DETECTION = 20;
/** Han characters carry about a word each; below this many, a Han-only text is not detected. */
export const MIN_HAN_FOR_DETECTION = 6;
/** Kana is Japanese by itself; below this many CJK characters a kana text is not detected. */
export const MIN_KANA_TEXT_FOR_DETECTION = 4;
/** Letters from which a clear detection is `high` confidence. */
const HIGH_CONFIDENCE_LETTERS = 40;
/** Combined-score gap between the best and the second language under which the text is ambiguous. */
const AMBIGUOUS_GAP = 0.1;
/** Gap from which a detection on a long enough text is `high` confidence. */
const HIGH_CONFIDENCE_GAP = 0.2;
/** Weight of the function-word share against franc's normalised score (both 0–1). */
const FUNCTION_WORD_WEIGHT = 1.5;

/*
 * Frequent function words (and a few desk words such as greetings and thanks). A word that is a function
 * word in two of our languages ("in", "de", "en", "mi", "con") says nothing, so it is removed from all lists
 * below. Lower case, NFC.
 */
const FUNCTION_WORD_LISTS: Readonly<Record<(typeof ALPHABETIC_LANGUAGES)[number], string>> = {
  en: `the and are were you my your it not have has this that with for please what where when how can could
    would but got does did of thank thanks hello hi still yet been be or from we they there its am just
    any which received arrived package item refund wrong`,
  de: `der die das und ist nicht ich sie mit ein eine einen einem mein meine meinen meiner bitte danke habe
    haben hat wurde noch auf für aber auch dem des zu kann können bei leider vielen dank guten ihr ihre
    ihnen wir sich schon nur oder wenn dass immer bis vom zum zur uns paket bestellung angekommen gerne
    keine kein sehr geehrte freundlichen grüßen artikel`,
  es: `el los las que por para pero muy hola gracias pedido está están todavía hace cómo como dónde donde
    qué quiero puedo pueden del al lo ya también cuando favor sido llegado hay usted ustedes buenas buenos
    días tengo tiene desde sin nos porque paquete y su sus mis le`,
  fr: `le les des une est et pas je vous votre vos mon mes ce cette qui que pour avec dans sur mais ne plus
    bonjour merci commande colis reçu toujours suis ai avez pouvez pourriez au aux du ou où car très rien
    j qu n svp cordialement madame monsieur`,
  it: `gli della dello degli delle di e è che non per sono ho hai ha mio mia miei mie ancora grazie buongiorno
    salve vorrei potete posso come dove questo questa anche nel nella alla dal dalla sul sulla ordine
    arrivato arrivata ci perché oppure molto tutto cosa fa il lo un una pacco`,
  nl: `het een van ik niet dat op te met voor mijn u uw maar nog wel kunt heb heeft ook dit bij naar graag
    bedankt alvast geen zijn wordt worden hoe wat waar als zo werd geleden pakket bestelling ontvangen
    goedemiddag goedendag groeten`,
  pl: `w z na nie się jest że jak czy o mnie moje mój moja mojego ale już jeszcze przez dla od po tak
    proszę dziękuję dzień dobry zamówienie paczka co ten tego jestem było został została można państwa
    pan pani bardzo gdzie kiedy`,
  sv: `och att jag det som är på för med har inte till av min mitt mina ni hej tack vad hur hade eller men ska
    skulle också fortfarande paketet fick vill sedan bara ingen inga någon något från vi mig dig ert era
    får gör beställning beställde`,
};

const FUNCTION_WORDS: ReadonlyMap<string, LanguageCode> = (() => {
  const owners = new Map<string, Set<LanguageCode>>();
  for (const [language, list] of Object.entries(FUNCTION_WORD_LISTS) as [LanguageCode, string][]) {
    for (const word of list.split(/\s+/u).filter(Boolean)) {
      const set = owners.get(word) ?? new Set<LanguageCode>();
      set.add(language);
      owners.set(word, set);
    }
  }
  return new Map([...owners].filter(([, set]) => set.size === 1).map(([word, set]) => [word, [...set][0]]));
})();

// Kana without the prolonged-sound mark and middle dot, which Chinese text borrows now and then.
const KANA = /[\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\uff66-\uff9d]/gu;
const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

function fallbackTo(fallback: LanguageCode): LanguageDetection {
  return { language: fallback, confidence: 'low', source: 'fallback' };
}

function detected(
  language: LanguageCode,
  high: boolean,
  options: DetectLanguageOptions,
): LanguageDetection {
  if (options.candidates && !options.candidates.includes(language)) return fallbackTo(options.fallback);
  return { language, confidence: high ? 'high' : 'low', source: 'detected' };
}

/** Chinese and Japanese: decided by script. Any kana makes a text Japanese, however many kanji it has. */
function detectCjk(han: number, kana: number, options: DetectLanguageOptions): LanguageDetection {
  if (kana > 0) {
    return han + kana < MIN_KANA_TEXT_FOR_DETECTION ? fallbackTo(options.fallback) : detected('ja', han + kana >= 10, options);
  }
  if (han < MIN_HAN_FOR_DETECTION) return fallbackTo(options.fallback);
  // Han without kana: franc answers Mandarin (cmn) by script alone, and so do we.
  return detected('zh', han >= 10, options);
}

/** Per-language scores for an alphabetic text: franc's normalised score plus the function-word share. */
function scoreAlphabeticLanguages(text: string): { language: LanguageCode; score: number; functionWords: number }[] {
  const only = ALPHABETIC_LANGUAGES.map((code) => FRANC_CODES[code]);
  const francScores = new Map(francAll(text, { only, minLength: 1 }));
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = new Map<LanguageCode, number>();
  for (const word of words) {
    const language = FUNCTION_WORDS.get(word);
    if (language) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  return ALPHABETIC_LANGUAGES.map((language) => {
    const functionWords = hits.get(language) ?? 0;
    const share = words.length === 0 ? 0 : functionWords / words.length;
    return { language, functionWords, score: (francScores.get(FRANC_CODES[language]) ?? 0) + FUNCTION_WORD_WEIGHT * share };
  }).sort((a, b) => b.score - a.score || a.language.localeCompare(b.language));
}

/**
 * The language of a buyer message. Quoted replies, signatures, URLs, e-mail addresses, order ids and
 * numbers are removed first (see `buyerTextForLanguageDetection`), so a German buyer quoting the seller's
 * English answer is German. Falls back to `options.fallback` when the remaining text is short (under
 * `MIN_LETTERS_FOR_DETECTION` letters, or a few CJK characters), mixes two languages, or no language wins
 * clearly.
 */
export function detectLanguage(body: string, options: DetectLanguageOptions): LanguageDetection {
  const text = buyerTextForLanguageDetection(body);
  const han = count(text, HAN);
  const kana = count(text, KANA);
  const letters = count(text, LETTER);
  const otherLetters = letters - han - kana;
  // A CJK character carries about a syllable to a word; weigh it as three Latin letters. Latin product
  // names inside a Chinese or Japanese message leave it Chinese or Japanese.
  if (han + kana > 0 && (han + kana) * 3 >= otherLetters) return detectCjk(han, kana, options);
  if (otherLetters < MIN_LETTERS_FOR_DETECTION) return fallbackTo(options.fallback);

  const alphabetic = text.replace(HAN, ' ').replace(KANA, ' ');
  const scores = scoreAlphabeticLanguages(alphabetic);
  const [best, second] = scores;
  // Two languages with real sentences each: "Hello, ich habe eine Frage about my order".
  const byWords = [...scores].sort((a, b) => b.functionWords - a.functionWords);
  if (byWords[1].functionWords >= 2 && byWords[1].functionWords * 2 >= byWords[0].functionWords) {
    return fallbackTo(options.fallback);
  }
  const gap = best.score - second.score;
  if (gap < AMBIGUOUS_GAP) return fallbackTo(options.fallback);
  return detected(best.language, letters >= HIGH_CONFIDENCE_LETTERS && gap >= HIGH_CONFIDENCE_GAP, options);
}
