import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/useMe';
import { useStores } from '../stores/useStores';
import { approvalToasts } from './approval-toasts';

/**
 * "Approval waiting: Partial refund 25.00 EUR on Amazon DE" for supervisors and admins, on every screen as
 * the request arrives (its approval clock is already running), linking to the inbox. Not to the requester.
 */
export function ApprovalRequestBanner() {
  const { t } = useTranslation();
  const me = useMe().data;
  const stores = useStores();
  const requests = useSyncExternalStore(approvalToasts.subscribe, approvalToasts.get);
  if (!me || me.role === 'AGENT') return null;
  const shown = requests.filter((request) => request.requestedBy !== me.id);
  if (shown.length === 0) return null;
  return (
    <div className="health-toasts approval-toasts" role="status" aria-live="polite">
      {shown.map((request) => (
        <div key={request.actionId} className="health-toast health-toast--warning" data-testid="approval-toast">
          <Link to="/approvals" className="health-toast__text" onClick={() => approvalToasts.dismiss(request.actionId)}>
            {t('compensation.approvalToast.toast', {
              kind: t(`compensation.kinds.${request.kind}`, { defaultValue: request.kind }),
              cost: request.cost,
              currency: request.currency,
              store: stores.data?.find((store) => store.id === request.storeId)?.name ?? '',
            })}
          </Link>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={t('compensation.approvalToast.dismiss')}
            onClick={() => approvalToasts.dismiss(request.actionId)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
