import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES, isConsoleLanguage } from '../i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => isConsoleLanguage(event.target.value) && void i18n.changeLanguage(event.target.value)}
        aria-label={t('language.label')}
      >
        {SUPPORTED_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
