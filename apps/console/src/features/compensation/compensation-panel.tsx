import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { useMe } from '../auth/useMe';
import { CompensationActionItem } from './compensation-action-item';
import { compensationErrorMessage } from './compensation-errors';
import { CompensationForm } from './compensation-form';
import { useTicketCompensation } from './useTicketCompensation';

/** The ticket view's compensation: what was offered on this ticket, and a form to offer more within the limit. */
export function CompensationPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const actions = useTicketCompensation(ticket.id);
  const [error, setError] = useState<unknown>(null);
  const [offering, setOffering] = useState(false);

  return (
    <section className="panel side-card compensation" aria-labelledby="compensation-title">
      <header className="panel__header">
        <h2 id="compensation-title">{t('compensation.title')}</h2>
        {!offering && !ticket.mergedIntoId && (
          <button type="button" className="button button--small" onClick={() => setOffering(true)}>
            {t('compensation.offer')}
          </button>
        )}
      </header>
      <div className="compensation__body">
        {error !== null && (
          <div className="notice notice--error" role="alert">
            <span>{compensationErrorMessage(error, t)}</span>
            <button type="button" className="button button--ghost button--small" onClick={() => setError(null)}>
              {t('ticket.dismiss')}
            </button>
          </div>
        )}
        {actions.isPending ? (
          <p className="muted">{t('app.loading')}</p>
        ) : actions.isError ? (
          <p className="error-text" role="alert">
            {t('app.loadFailed')}
          </p>
        ) : actions.data.length === 0 ? (
          <p className="muted side-card__hint">{t('compensation.none')}</p>
        ) : (
          <ul className="plain-list compensation__list">
            {actions.data.map((action) => (
              <li key={action.id}>{me && <CompensationActionItem action={action} me={me} onResult={setError} />}</li>
            ))}
          </ul>
        )}
        {offering && (
          <>
            <CompensationForm
              ticketId={ticket.id}
              onResult={(e) => {
                setError(e);
                if (e === null) setOffering(false);
              }}
            />
            <button type="button" className="button button--link button--small" onClick={() => setOffering(false)}>
              {t('compensation.cancel')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
