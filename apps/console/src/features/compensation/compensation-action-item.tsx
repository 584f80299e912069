import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { SlaCountdown } from '../sla/sla-countdown';
import { ExecuteControls, OutcomeControls, ReviewControls } from './compensation-action-controls';
import { CompensationForm } from './compensation-form';
import { approvalWarnAt } from './compensation-format';
import { CompensationStateBadge, type CompensationAction } from './compensation-labels';

interface Props {
  action: CompensationAction;
  me: { id: string; role: string };
  onResult: (error: unknown) => void;
  /** The approval inbox shows the ticket and store; the ticket view does not need them. */
  showTicket?: boolean;
}

/** One compensation: what, how much, its state and history, and what the viewer may do next. */
export function CompensationActionItem({ action, me, onResult, showTicket = false }: Props) {
  const { t, i18n } = useTranslation();
  const [changing, setChanging] = useState(false);
  // Only a waiting request changes, by its requester or a supervisor (the API checks it again).
  const canChange = action.state === 'REQUESTED' && (action.requestedBy.id === me.id || me.role === 'SUPERVISOR' || me.role === 'ADMIN');
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const detail =
    action.kind === 'PARTIAL_REFUND' && action.percent !== null
      ? t('compensation.percentOf', { percent: action.percent, value: action.orderValue ?? '—', currency: action.currency })
      : action.shippingCost !== null
        ? t('compensation.itemAndShipping', { item: action.amount, shipping: action.shippingCost, currency: action.currency })
        : null;
  return (
    <article className="compensation-action" aria-label={t('compensation.actionLabel', { kind: t(`compensation.kinds.${action.kind}`), cost: action.cost, currency: action.currency })} data-state={action.state}>
      <header className="compensation-action__header">
        <strong>{t(`compensation.kinds.${action.kind}`)}</strong>
        <span className="compensation-action__cost mono">
          {action.cost} {action.currency}
        </span>
        <CompensationStateBadge state={action.state} />
      </header>
      {showTicket && (
        <p className="compensation-action__meta">
          {action.storeName}
          {action.marketplaceOrderId && <span className="mono"> · {action.marketplaceOrderId}</span>}
        </p>
      )}
      {detail && <p className="compensation-action__meta">{detail}</p>}
      <p className="compensation-action__reason">{action.reason}</p>
      <p className="compensation-action__meta">
        {t('compensation.requestedBy', { name: action.requestedBy.name, time: when(action.requestedAt) })}
        {action.autoApproved && <> · {t('compensation.autoApproved')}</>}
      </p>
      {action.state === 'REQUESTED' && action.approvalDueAt && (
        <p className="compensation-action__meta">
          {t('compensation.approvalDue')}{' '}
          <SlaCountdown dueAt={action.approvalDueAt} warnAt={approvalWarnAt(action.requestedAt, action.approvalDueAt)} status="RUNNING" />
        </p>
      )}
      {action.reviewedBy && action.reviewedAt && (
        <p className="compensation-action__meta">
          {t(action.state === 'REJECTED' ? 'compensation.rejectedBy' : 'compensation.approvedBy', { name: action.reviewedBy.name, time: when(action.reviewedAt) })}
          {action.reviewReason && <>: “{action.reviewReason}”</>}
        </p>
      )}
      {action.executedBy && action.executedAt && (
        <p className="compensation-action__meta">
          {t('compensation.executedBy', { name: action.executedBy.name, time: when(action.executedAt) })}
          {action.executionReference && (
            <>
              {' '}
              · <span className="mono">{action.executionReference}</span>
            </>
          )}
        </p>
      )}
      {action.failureReason && <p className="compensation-action__meta error-text">{t('compensation.failedBecause', { reason: action.failureReason })}</p>}
      {action.outcome && <p className="compensation-action__meta">{t('compensation.outcomeIs', { outcome: t(`compensation.outcomes.${action.outcome}`) })}</p>}
      {canChange && !changing && (
        <button type="button" className="button button--link button--small" onClick={() => setChanging(true)}>
          {t('compensation.change')}
        </button>
      )}
      {canChange && changing && (
        <>
          <CompensationForm
            ticketId={action.ticketId}
            editing={action}
            onResult={(error) => {
              onResult(error);
              if (error === null) setChanging(false);
            }}
          />
          <button type="button" className="button button--link button--small" onClick={() => setChanging(false)}>
            {t('compensation.cancel')}
          </button>
        </>
      )}
      <ReviewControls action={action} me={me} onResult={onResult} />
      <ExecuteControls action={action} onResult={onResult} />
      <OutcomeControls action={action} onResult={onResult} />
    </article>
  );
}
