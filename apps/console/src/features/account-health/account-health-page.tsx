import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Store } from '../../api/tenancy.api';
import { formatDateTime } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { useStores } from '../stores/useStores';
import { AlertsPanel } from './alerts-panel';
import { EbayStanding } from './ebay-standing';
import { groupMetrics, metricId, parseMetricId } from './health-format';
import { HealthLinesEditor } from './health-lines-editor';
import { MetricDetail } from './metric-detail';
import { MetricTile } from './metric-tile';
import { useAccountHealth, useAccountHealthForecast } from './useAccountHealth';

/** The store shown first: the first Amazon store, where the metrics are; otherwise the first store. */
function defaultStore(stores: readonly Store[]): Store | undefined {
  return stores.find((store) => store.marketplace === 'AMAZON') ?? stores[0];
}

/**
 * A store's account health against the marketplace's red lines: tiles per group, the trend and the orders
 * behind the selected tile, and the alert history. Store and tile live in the URL; socket events refresh it.
 */
export function AccountHealthPage() {
  const { t, i18n } = useTranslation();
  const stores = useStores();
  const isAdmin = useMe().data?.role === 'ADMIN';
  const [params, setParams] = useSearchParams();

  const choose = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) merged.delete(key);
      else merged.set(key, value);
    }
    setParams(merged, { replace: true });
  };

  const list = stores.data ?? [];
  const store = list.find((candidate) => candidate.id === params.get('store')) ?? defaultStore(list);
  const health = useAccountHealth(store?.id);
  const forecast = useAccountHealthForecast(store?.id);
  const groups = groupMetrics(health.data?.metrics ?? []);
  const selectedId = params.get('metric');
  const wanted = parseMetricId(selectedId);
  const selected = wanted ? health.data?.metrics.find((metric) => metricId(metric) === selectedId) : undefined;

  return (
    <section className="screen screen--wide">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('accountHealth.title')}</h1>
        <Link to="/imports" className="button">
          {t('imports.link')}
        </Link>
        {isAdmin && store && groups.length > 0 && (
          <button type="button" className="button" aria-pressed={params.get('lines') === '1'} onClick={() => choose({ lines: params.get('lines') === '1' ? undefined : '1' })}>
            {t('accountHealth.lines.button')}
          </button>
        )}
        {list.length > 0 && store && (
          <label className="inline-field">
            <span>{t('accountHealth.store')}</span>
            <select aria-label={t('accountHealth.store')} value={store.id} onChange={(event) => choose({ store: event.target.value, metric: undefined })}>
              {list.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {health.data && (
          <span className="screen__hint">
            {t('accountHealth.asOf', { time: formatDateTime(health.data.asOf, i18n.language) })}
            {health.data.amazonReportImportedAt &&
              ` · ${t('accountHealth.amazonReportAt', { time: formatDateTime(health.data.amazonReportImportedAt, i18n.language) })}`}
          </span>
        )}
      </header>

      {stores.isPending || (store && health.isPending) ? (
        <p className="muted">{t('app.loading')}</p>
      ) : stores.isError || health.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}{' '}
          <button type="button" className="button button--link" onClick={() => void (stores.isError ? stores.refetch() : health.refetch())}>
            {t('app.retry')}
          </button>
        </p>
      ) : !store ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('accountHealth.noStores')}</p>
        </div>
      ) : groups.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('accountHealth.empty')}</p>
          <p className="empty-state__hint">
            {store.marketplace === 'AMAZON' ? t('accountHealth.emptyHint') : t('accountHealth.notYetForMarketplace', { store: store.name })}
          </p>
        </div>
      ) : (
        <>
          {health.data?.accountStatus && health.data.accountStatus !== 'NORMAL' && (
            <p className="notice notice--warn">{t('accountHealth.accountStatus', { status: health.data.accountStatus })}</p>
          )}
          {health.data?.ebay && <EbayStanding standing={health.data.ebay} />}
          {isAdmin && params.get('lines') === '1' && (
            <HealthLinesEditor
              storeId={store.id}
              keys={[...new Set((health.data?.metrics ?? []).map((m) => m.key))]}
              onClose={() => choose({ lines: undefined })}
            />
          )}
          {groups.map((group) => (
            <section key={group.id} className="health-group" aria-labelledby={`health-group-${group.id}`}>
              <h2 id={`health-group-${group.id}`} className="health-group__title">
                {t(`accountHealth.group.${group.id}`)}
              </h2>
              <div className="metric-grid">
                {group.metrics.map((metric) => (
                  <MetricTile
                    key={metricId(metric)}
                    metric={metric}
                    forecast={forecast.data?.find((f) => f.key === metric.key && f.fulfillmentChannel === metric.fulfillmentChannel)}
                    selected={metricId(metric) === selectedId}
                    onSelect={() => choose({ metric: metricId(metric) === selectedId ? undefined : metricId(metric) })}
                  />
                ))}
              </div>
            </section>
          ))}
          {selected && <MetricDetail storeId={store.id} metric={selected} onClose={() => choose({ metric: undefined })} />}
          <AlertsPanel storeId={store.id} />
        </>
      )}
    </section>
  );
}
