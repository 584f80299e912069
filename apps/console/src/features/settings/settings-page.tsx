import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { CompensationLimitsSection } from '../compensation/compensation-limits-section';
import { RiskSettingsSection } from '../risk-pool/risk-settings-section';
import { BusinessHoursSection } from '../sla/business-hours-section';
import { SlaPoliciesSection } from '../sla/sla-policies-section';
import { useStores } from '../stores/useStores';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const stores = useStores();
  const role = useMe().data?.role;

  return (
    <section className="screen">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('settings.title')}</h1>
      </header>
      <section className="panel" aria-labelledby="settings-stores">
        <header className="panel__header">
          <h2 id="settings-stores">{t('settings.stores')}</h2>
          <p className="panel__hint">{t('settings.storesHint')}</p>
        </header>
        {stores.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : stores.isError ? (
          <p className="error-text" role="alert">
            {t('app.loadFailed')}{' '}
            <button type="button" className="button button--link" onClick={() => void stores.refetch()}>
              {t('app.retry')}
            </button>
          </p>
        ) : stores.data.length === 0 ? (
          <p className="muted">{t('settings.noStores')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('settings.column.name')}</th>
                <th scope="col">{t('settings.column.marketplace')}</th>
                <th scope="col">{t('settings.column.region')}</th>
                <th scope="col">{t('settings.column.timeZone')}</th>
                <th scope="col">{t('settings.column.defaultLanguage')}</th>
                <th scope="col">{t('settings.column.inboundAddress')}</th>
              </tr>
            </thead>
            <tbody>
              {stores.data.map((store) => (
                <tr key={store.id}>
                  <th scope="row">{store.name}</th>
                  <td>
                    <span className={`marketplace marketplace--${store.marketplace.toLowerCase()}`}>
                      {t(`marketplace.${store.marketplace}`)}
                    </span>
                  </td>
                  <td className="mono">{store.region}</td>
                  <td className="mono">{store.timeZone}</td>
                  <td>{languageName(store.defaultLanguage, i18n.language)}</td>
                  <td className="mono">{store.inboundAddress ?? t('settings.noInboundAddress')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {(role === 'ADMIN' || role === 'SUPERVISOR') && (
        <>
          <SlaPoliciesSection canEdit={role === 'ADMIN'} />
          <BusinessHoursSection canEdit={role === 'ADMIN'} />
          <CompensationLimitsSection canEdit={role === 'ADMIN'} />
          <RiskSettingsSection canEdit={role === 'ADMIN'} />
        </>
      )}
    </section>
  );
}
