import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const;
export type ConsoleLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const STORAGE_KEY = 'lifeline.language';

export function isConsoleLanguage(value: unknown): value is ConsoleLanguage {
  return SUPPORTED_LANGUAGES.includes(value as ConsoleLanguage);
}

/** The saved choice first, then the browser's preference, then English. */
function initialLanguage(): ConsoleLanguage {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isConsoleLanguage(saved)) return saved;
  } catch {
    // Storage unavailable: fall through to the browser's preference.
  }
  const preferred = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return preferred.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    applyToDocument(language);
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // The switch still applies to this tab.
    }
  });
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    interpolation: { escapeValue: false }, // React escapes already.
  });
  applyToDocument(i18next.language);
  return i18next;
}
