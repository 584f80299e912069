import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { formatLine, formatRate } from './health-format';
import { useHealthAlerts } from './useHealthAlerts';

/** The store's alert history: each crossing of a warning or red line, newest first. */
export function AlertsPanel({ storeId }: { storeId: string }) {
  const { t, i18n } = useTranslation();
  const alerts = useHealthAlerts(storeId);
  const rows = alerts.data?.pages.flatMap((page) => page.rows) ?? [];

  return (
    <section className="panel" aria-labelledby="health-alerts-title">
      <header className="panel__header">
        <h2 id="health-alerts-title">{t('accountHealth.alerts.title')}</h2>
        <p className="panel__hint">{t('accountHealth.alerts.hint')}</p>
      </header>
      {alerts.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : alerts.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('accountHealth.alerts.empty')}</p>
      ) : (
        <table className="table" data-testid="health-alerts">
          <thead>
            <tr>
              <th scope="col">{t('accountHealth.alerts.time')}</th>
              <th scope="col">{t('accountHealth.alerts.metric')}</th>
              <th scope="col">{t('accountHealth.alerts.level')}</th>
              <th scope="col">{t('accountHealth.alerts.value')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((alert) => (
              <tr key={alert.id}>
                <td>{formatDateTime(alert.createdAt, i18n.language)}</td>
                <td>
                  {t(`accountHealth.metric.${alert.key}`)}
                  {alert.fulfillmentChannel && <span className="muted"> · {t(`accountHealth.channel.${alert.fulfillmentChannel}`)}</span>}
                </td>
                <td>
                  <span className={`health-status health-status--${alert.level.toLowerCase()}`}>{t(`accountHealth.crossed.${alert.level}`)}</span>
                </td>
                <td>
                  {formatRate(alert.value, i18n.language)}
                  {alert.line !== null && <span className="muted"> / {formatLine(alert.line, i18n.language)}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {alerts.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button--small" disabled={alerts.isFetchingNextPage} onClick={() => void alerts.fetchNextPage()}>
            {alerts.isFetchingNextPage ? t('app.loading') : t('tickets.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}
