import { useTranslation } from 'react-i18next';
import type { AccountHealth } from '../../api/account-health.api';

type Standing = NonNullable<AccountHealth['ebay']>;

/**
 * An eBay store's seller level as if evaluated today, what holds it back, and the feedback score
 * (DOMAIN.md §3) — above the tiles, where a seller looks first.
 */
export function EbayStanding({ standing }: { standing: Standing }) {
  const { t, i18n } = useTranslation();
  const tone = standing.level === 'BELOW_STANDARD' ? 'error' : standing.level === 'ABOVE_STANDARD' ? 'warn' : 'ok';
  return (
    <section className={`ebay-standing ebay-standing--${tone}`} aria-labelledby="ebay-standing-title" data-testid="ebay-standing">
      <h2 id="ebay-standing-title" className="ebay-standing__title">
        {t('accountHealth.ebay.level')}: <strong data-testid="ebay-level">{t(`accountHealth.ebay.levels.${standing.level}`)}</strong>
      </h2>
      <p className="ebay-standing__hint">{t('accountHealth.ebay.projected', { months: standing.lookbackMonths })}</p>
      {standing.shortfalls.length > 0 && (
        <ul className="ebay-standing__shortfalls" aria-label={t('accountHealth.ebay.shortfallsLabel')}>
          {standing.shortfalls.map((s) => (
            <li key={s}>{t(`accountHealth.ebay.shortfalls.${s}`)}</li>
          ))}
        </ul>
      )}
      <p className="ebay-standing__feedback" data-testid="ebay-feedback">
        {t('accountHealth.ebay.feedback', {
          score: new Intl.NumberFormat(i18n.language).format(standing.feedbackScore),
          positive: standing.positiveCount,
          neutral: standing.neutralCount,
          negative: standing.negativeCount,
        })}
      </p>
    </section>
  );
}
