import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketDetail } from '../../api/tickets.api';
import { formatDateTime } from '../../i18n/format';
import { StatusBadge } from './ticket-badges';

/** The order the conversation is about. Only what the ticket knows until orders are imported. */
export function OrderCard({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel side-card" aria-labelledby="order-card-title">
      <header className="panel__header">
        <h2 id="order-card-title">{t('order.title')}</h2>
      </header>
      <dl className="facts">
        <dt>{t('order.orderId')}</dt>
        <dd className="mono" data-testid="order-id">
          {ticket.marketplaceOrderId ?? <span className="muted">{t('order.none')}</span>}
        </dd>
        <dt>{t('order.store')}</dt>
        <dd>
          {ticket.store.name}{' '}
          <span className={`marketplace marketplace--${ticket.store.marketplace.toLowerCase()}`}>{t(`marketplace.${ticket.store.marketplace}`)}</span>
        </dd>
        <dt>{t('order.buyer')}</dt>
        <dd>{ticket.buyerName ?? t('ticket.unknownBuyer')}</dd>
      </dl>
      <p className="side-card__hint">{t('order.pendingImport')}</p>
      {ticket.otherTicketsForOrder.length > 0 && (
        <div className="side-card__section">
          <h3>{t('order.otherTickets')}</h3>
          <ul className="plain-list">
            {ticket.otherTicketsForOrder.map((other) => (
              <li key={other.id} className="other-ticket">
                <Link to={`/tickets/${other.id}`}>{other.subject}</Link>
                <span className="other-ticket__meta">
                  <StatusBadge status={other.status} /> {formatDateTime(other.createdAt, i18n.language)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
