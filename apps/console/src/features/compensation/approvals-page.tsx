import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/useMe';
import { useStores } from '../stores/useStores';
import { CompensationActionItem } from './compensation-action-item';
import { compensationErrorMessage } from './compensation-errors';
import { CompensationReport } from './compensation-report';
import { useCompensationApprovals } from './useCompensationApprovals';

/**
 * The supervisors' approval inbox: compensation above a requester's limit, nearest approval deadline
 * first, live (socket events refresh it), with the cost-against-defects report below.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const stores = useStores();
  const [storeId, setStoreId] = useState<string | null>(null);
  const allowed = me?.role === 'SUPERVISOR' || me?.role === 'ADMIN';
  const approvals = useCompensationApprovals(storeId, allowed);
  const [error, setError] = useState<unknown>(null);

  if (me && !allowed) {
    return (
      <section className="screen">
        <p className="muted">{t('compensation.inbox.supervisorsOnly')}</p>
      </section>
    );
  }
  const items = approvals.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];

  return (
    <section className="screen">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('compensation.inbox.title')}</h1>
        <label className="field field--inline">
          <span className="field__label">{t('compensation.inbox.store')}</span>
          <select value={storeId ?? ''} onChange={(event) => setStoreId(event.target.value || null)}>
            <option value="">{t('compensation.inbox.allStores')}</option>
            {(stores.data ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </header>
      {error !== null && (
        <div className="notice notice--error" role="alert">
          <span>{compensationErrorMessage(error, t)}</span>
          <button type="button" className="button button--ghost button--small" onClick={() => setError(null)}>
            {t('ticket.dismiss')}
          </button>
        </div>
      )}
      <section className="panel" aria-labelledby="approvals-title">
        <header className="panel__header">
          <h2 id="approvals-title">{t('compensation.inbox.waiting')}</h2>
          <p className="panel__hint">{t('compensation.inbox.hint')}</p>
        </header>
        <div className="compensation__body">
          {approvals.isPending || !me ? (
            <p className="muted">{t('app.loading')}</p>
          ) : approvals.isError ? (
            <p className="error-text" role="alert">
              {t('app.loadFailed')}{' '}
              <button type="button" className="button button--link" onClick={() => void approvals.refetch()}>
                {t('app.retry')}
              </button>
            </p>
          ) : items.length === 0 ? (
            <p className="muted">{t('compensation.inbox.empty')}</p>
          ) : (
            <ul className="plain-list approvals" aria-label={t('compensation.inbox.waiting')}>
              {items.map((action) => (
                <li key={action.id} className="approvals__item">
                  <p className="approvals__ticket">
                    <Link to={`/tickets/${action.ticketId}`}>{action.ticketSubject ?? `#${action.ticketId.slice(0, 8)}`}</Link>
                  </p>
                  <CompensationActionItem action={action} me={me} onResult={setError} showTicket />
                </li>
              ))}
            </ul>
          )}
          {approvals.hasNextPage && (
            <button type="button" className="button button--small" disabled={approvals.isFetchingNextPage} onClick={() => void approvals.fetchNextPage()}>
              {t('compensation.inbox.more')}
            </button>
          )}
        </div>
      </section>
      <CompensationReport storeId={storeId} />
    </section>
  );
}
