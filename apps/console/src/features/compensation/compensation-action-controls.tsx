import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPENSATION_OUTCOME_VALUES, type CompensationAction } from './compensation-labels';
import { useApproveCompensation } from './useApproveCompensation';
import { useExecuteCompensation } from './useExecuteCompensation';
import { useMarkCompensationFailed } from './useMarkCompensationFailed';
import { useRecordCompensationOutcome } from './useRecordCompensationOutcome';
import { useRejectCompensation } from './useRejectCompensation';

interface Props {
  action: CompensationAction;
  /** The signed-in user: supervisors and admins decide, but never on their own request. */
  me: { id: string; role: string };
  onResult: (error: unknown) => void;
}

/** Approve or reject a waiting request, always with a reason (supervisors and admins, not the requester). */
export function ReviewControls({ action, me, onResult }: Props) {
  const { t } = useTranslation();
  const approve = useApproveCompensation();
  const reject = useRejectCompensation();
  const [reason, setReason] = useState('');
  if (action.state !== 'REQUESTED' || (me.role !== 'SUPERVISOR' && me.role !== 'ADMIN')) return null;
  if (action.requestedBy.id === me.id) return <p className="muted compensation__note">{t('compensation.ownRequest')}</p>;
  const busy = approve.isPending || reject.isPending;
  const decide = (decision: 'approve' | 'reject') => {
    const input = { ticketId: action.ticketId, id: action.id, version: action.version, reason: reason.trim() };
    const mutation = decision === 'approve' ? approve : reject;
    mutation.mutate(input, {
      onSuccess: () => {
        setReason('');
        onResult(null);
      },
      onError: onResult,
    });
  };
  return (
    <form className="compensation__controls" onSubmit={(event) => event.preventDefault()}>
      <input
        type="text"
        aria-label={t('compensation.reviewReason')}
        placeholder={t('compensation.reviewReasonPlaceholder')}
        value={reason}
        maxLength={1000}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="button" className="button button--primary button--small" disabled={busy || !reason.trim()} onClick={() => decide('approve')}>
        {t('compensation.approve')}
      </button>
      <button type="button" className="button button--small" disabled={busy || !reason.trim()} onClick={() => decide('reject')}>
        {t('compensation.reject')}
      </button>
    </form>
  );
}

/** Carry out an approved action (reference required: no marketplace connector does it for us yet), or mark it failed. */
export function ExecuteControls({ action, onResult }: Omit<Props, 'me'>) {
  const { t } = useTranslation();
  const execute = useExecuteCompensation();
  const fail = useMarkCompensationFailed();
  const [reference, setReference] = useState('');
  const [failure, setFailure] = useState('');
  if (action.state !== 'APPROVED') return null;
  const done = () => {
    setReference('');
    setFailure('');
    onResult(null);
  };
  const onExecute = (event: FormEvent) => {
    event.preventDefault();
    execute.mutate({ ticketId: action.ticketId, id: action.id, version: action.version, reference: reference.trim() }, { onSuccess: done, onError: onResult });
  };
  return (
    <div className="compensation__controls-group">
      <form className="compensation__controls" onSubmit={onExecute}>
        <input
          type="text"
          aria-label={t('compensation.reference')}
          placeholder={t('compensation.referencePlaceholder')}
          value={reference}
          maxLength={200}
          onChange={(event) => setReference(event.target.value)}
        />
        <button type="submit" className="button button--primary button--small" disabled={execute.isPending || !reference.trim()}>
          {t('compensation.markExecuted')}
        </button>
      </form>
      <details className="compensation__failed">
        <summary>{t('compensation.couldNotExecute')}</summary>
        <form
          className="compensation__controls"
          onSubmit={(event) => {
            event.preventDefault();
            fail.mutate({ ticketId: action.ticketId, id: action.id, version: action.version, reason: failure.trim() }, { onSuccess: done, onError: onResult });
          }}
        >
          <input type="text" aria-label={t('compensation.failureReason')} value={failure} maxLength={1000} onChange={(event) => setFailure(event.target.value)} />
          <button type="submit" className="button button--small" disabled={fail.isPending || !failure.trim()}>
            {t('compensation.markFailed')}
          </button>
        </form>
      </details>
    </div>
  );
}

/** What an executed action achieved: feedback removed, claim withdrawn … (the report counts these). */
export function OutcomeControls({ action, onResult }: Omit<Props, 'me'>) {
  const { t } = useTranslation();
  const record = useRecordCompensationOutcome();
  const [outcome, setOutcome] = useState(action.outcome ?? '');
  if (action.state !== 'EXECUTED') return null;
  return (
    <form
      className="compensation__controls"
      onSubmit={(event) => {
        event.preventDefault();
        if (!outcome) return;
        record.mutate(
          { ticketId: action.ticketId, id: action.id, version: action.version, outcome: outcome as (typeof COMPENSATION_OUTCOME_VALUES)[number] },
          { onSuccess: () => onResult(null), onError: onResult },
        );
      }}
    >
      <select aria-label={t('compensation.outcome')} value={outcome} onChange={(event) => setOutcome(event.target.value)}>
        <option value="">{t('compensation.outcomeNone')}</option>
        {COMPENSATION_OUTCOME_VALUES.map((o) => (
          <option key={o} value={o}>
            {t(`compensation.outcomes.${o}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--small" disabled={record.isPending || !outcome || outcome === action.outcome}>
        {t('compensation.recordOutcome')}
      </button>
    </form>
  );
}
