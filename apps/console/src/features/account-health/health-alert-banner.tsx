import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStores } from '../stores/useStores';
import { healthAlertToasts } from './health-alert-toasts';

/** "ODR crossed the warning line on Amazon UK": shown on every screen as the alert arrives, until dismissed. */
export function HealthAlertBanner() {
  const { t } = useTranslation();
  const toasts = useSyncExternalStore(healthAlertToasts.subscribe, healthAlertToasts.get);
  const stores = useStores();
  if (toasts.length === 0) return null;
  return (
    <div className="health-toasts" role="status" aria-live="polite">
      {toasts.map((toast) => {
        const store = stores.data?.find((candidate) => candidate.id === toast.storeId);
        return (
          <div key={toast.alertId} className={`health-toast health-toast--${toast.level.toLowerCase()}`} data-testid="health-alert-toast">
            <Link to={`/account-health?store=${toast.storeId}`} className="health-toast__text">
              {t(`accountHealth.toast.${toast.level}`, {
                metric: t(`accountHealth.short.${toast.key}`, { defaultValue: t(`accountHealth.metric.${toast.key}`) }),
                store: store?.name ?? '',
              })}
            </Link>
            <button type="button" className="button button--ghost button--small" aria-label={t('accountHealth.dismiss')} onClick={() => healthAlertToasts.dismiss(toast.alertId)}>
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
