import { useTranslation } from 'react-i18next';
import type { HealthMetric } from '../../api/account-health.api';
import { formatDateTime } from '../../i18n/format';
import { MetricOrders } from './metric-orders';
import { TrendChart } from './trend-chart';

/** The selected tile, opened: its 90-day trend against the lines and the orders behind its numerator. */
export function MetricDetail({ storeId, metric, onClose }: { storeId: string; metric: HealthMetric; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const name = t(`accountHealth.metric.${metric.key}`);
  const channel = metric.fulfillmentChannel ? ` · ${t(`accountHealth.channel.${metric.fulfillmentChannel}`)}` : '';
  return (
    <section className="panel metric-detail" aria-labelledby="metric-detail-title" data-testid="metric-detail">
      <header className="panel__header panel__header--row">
        <div>
          <h2 id="metric-detail-title">
            {name}
            {channel}
          </h2>
          <p className="panel__hint">
            {t('accountHealth.window', {
              from: formatDateTime(metric.windowStart, i18n.language),
              to: formatDateTime(metric.windowEnd, i18n.language),
            })}
          </p>
        </div>
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t('accountHealth.close')}
        </button>
      </header>
      <div className="metric-detail__body">
        <div className="metric-detail__chart">
          <h3 className="metric-detail__subtitle">{t('accountHealth.trendTitle')}</h3>
          <TrendChart storeId={storeId} metricKey={metric.key} fulfillmentChannel={metric.fulfillmentChannel} warningAt={metric.warningAt} redLine={metric.redLine} />
        </div>
        <div className="metric-detail__orders">
          <h3 className="metric-detail__subtitle">{t('accountHealth.orders.title', { count: metric.numerator })}</h3>
          <MetricOrders storeId={storeId} metricKey={metric.key} fulfillmentChannel={metric.fulfillmentChannel} />
        </div>
      </div>
    </section>
  );
}
