import { useTranslation } from 'react-i18next';

/** A screen later issues fill: its title and an honest "nothing here yet". */
export function EmptyScreen({ screen }: { screen: 'riskPool' | 'claims' | 'accountHealth' | 'appeals' }) {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t(`${screen}.title`)}</h1>
      </header>
      <div className="empty-state">
        <p className="empty-state__title">{t(`${screen}.empty`)}</p>
        <p className="empty-state__hint">{t(`${screen}.emptyHint`)}</p>
      </div>
    </section>
  );
}
