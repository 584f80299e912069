import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="screen">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      </header>
      <Link to="/queues">{t('notFound.back')}</Link>
    </section>
  );
}
