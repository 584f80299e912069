import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';

/** The i18n key for why a ticket change failed; the server's reason is shown for refused input. */
export function changeErrorMessage(error: unknown, t: (key: string, values?: Record<string, unknown>) => string): string {
  if (isApiError(error, 'CONFLICT')) return t('ticket.error.conflict');
  if (isApiError(error, 'BAD_USER_INPUT')) return t('ticket.error.refused', { reason: error.message });
  if (isApiError(error, 'FORBIDDEN')) return t('ticket.error.forbidden');
  if (isApiError(error, 'NOT_FOUND')) return t('ticket.error.notFound');
  if (isApiError(error, 'NETWORK_ERROR')) return t('ticket.error.network');
  return t('ticket.error.failed');
}

/** A failed change on the ticket, above the fold where the agent looks. */
export function TicketNotice({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className={`notice ${isApiError(error, 'CONFLICT') ? 'notice--warn' : 'notice--error'}`} role="alert">
      <span>{changeErrorMessage(error, t)}</span>
      <button type="button" className="button button--ghost button--small" onClick={onDismiss}>
        {t('ticket.dismiss')}
      </button>
    </div>
  );
}
