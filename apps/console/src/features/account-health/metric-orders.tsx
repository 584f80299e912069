import type { FulfillmentScope, HealthMetricKey } from '@lifeline/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { useMetricOrders } from './useMetricOrders';

/** The orders counted in the metric's numerator, with what each carries and its tickets one click away. */
export function MetricOrders({ storeId, metricKey, fulfillmentChannel }: { storeId: string; metricKey: HealthMetricKey; fulfillmentChannel: FulfillmentScope | null }) {
  const { t, i18n } = useTranslation();
  const orders = useMetricOrders(storeId, metricKey, fulfillmentChannel);
  if (orders.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (orders.isError)
    return (
      <p className="error-text" role="alert">
        {t('app.loadFailed')}
      </p>
    );
  const supported = orders.data.pages[0]?.supported ?? true;
  const rows = orders.data.pages.flatMap((page) => page.rows);
  if (!supported) return <p className="muted">{t('accountHealth.orders.notListed')}</p>;
  if (rows.length === 0) return <p className="muted">{t('accountHealth.orders.empty')}</p>;
  return (
    <>
      <table className="table" data-testid="metric-orders">
        <thead>
          <tr>
            <th scope="col">{t('accountHealth.orders.order')}</th>
            <th scope="col">{t('accountHealth.orders.purchased')}</th>
            <th scope="col">{t('accountHealth.orders.defects')}</th>
            <th scope="col">{t('accountHealth.orders.tickets')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((order) => (
            <tr key={order.marketplaceOrderId}>
              <td>
                <span className="mono">{order.marketplaceOrderId}</span> <span className="muted">{t(`accountHealth.channel.${order.fulfillmentChannel}`)}</span>
              </td>
              <td>{formatDateTime(order.purchasedAt, i18n.language)}</td>
              <td>
                {order.defects.map((defect) => (
                  <span key={defect} className="tag tag--warn">
                    {t(`accountHealth.defect.${defect}`)}
                  </span>
                ))}
              </td>
              <td>
                {order.ticketIds.length === 0 ? (
                  <span className="muted">—</span>
                ) : (
                  order.ticketIds.slice(0, 3).map((id, index) => (
                    <Link key={id} to={`/tickets/${id}`}>
                      {t('accountHealth.orders.ticketLink', { n: index + 1 })}
                    </Link>
                  ))
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {orders.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button--small" disabled={orders.isFetchingNextPage} onClick={() => void orders.fetchNextPage()}>
            {orders.isFetchingNextPage ? t('app.loading') : t('tickets.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
