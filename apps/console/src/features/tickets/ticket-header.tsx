import type { TicketPriority, TicketStatus } from '@lifeline/api-contract';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { languageName } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { useUsers } from '../users/useUsers';
import { TICKET_LANGUAGES, TICKET_PRIORITIES, TICKET_STATUSES } from './ticket-languages';
import { nearestClock } from '../sla/countdown-state';
import { SlaCountdown } from '../sla/sla-countdown';
import { useAssignTicket } from './useAssignTicket';
import { useSetTicketLanguage } from './useSetTicketLanguage';
import { useSetTicketPriority } from './useSetTicketPriority';
import { useSetTicketStatus } from './useSetTicketStatus';

interface Props {
  ticket: TicketDetail;
  onResult: (error: unknown) => void;
  onMerge: () => void;
}

/** Subject, buyer, and the controls that change the ticket: status, priority, language, assignee, merge. */
export function TicketHeader({ ticket, onResult, onMerge }: Props) {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const setStatus = useSetTicketStatus();
  const setPriority = useSetTicketPriority();
  const setLanguage = useSetTicketLanguage();
  const assign = useAssignTicket();
  const canAssignOthers = me?.role === 'SUPERVISOR' || me?.role === 'ADMIN';
  const users = useUsers();
  const busy = setStatus.isPending || setPriority.isPending || setLanguage.isPending || assign.isPending;
  const done = { onSuccess: () => onResult(null), onError: onResult };
  const base = { ticketId: ticket.id, version: ticket.version };
  const languages: string[] = TICKET_LANGUAGES.includes(ticket.language as (typeof TICKET_LANGUAGES)[number])
    ? [...TICKET_LANGUAGES]
    : [ticket.language, ...TICKET_LANGUAGES];
  const assignable = (users.data ?? []).filter((user) => user.id === ticket.assignee?.id || user.languages.includes(ticket.language));

  return (
    <header className="ticket-header">
      <div className="ticket-header__title">
        <h1 tabIndex={-1}>{ticket.subject}</h1>
        <p className="ticket-header__meta">
          <span>{ticket.buyerName ?? t('ticket.unknownBuyer')}</span>
          <span className="mono muted">{ticket.buyerAddress}</span>
          <span>{ticket.store.name}</span>
          <span>{t(`channel.${ticket.channel}`)}</span>
          <span>
            {t('ticket.due')} <SlaCountdown {...(nearestClock(ticket.slaClocks) ?? {})} />
          </span>
        </p>
      </div>
      <div className="ticket-controls">
        <label className="control">
          <span className="control__label">{t('ticket.status')}</span>
          <select
            aria-label={t('ticket.status')}
            value={ticket.status}
            disabled={busy}
            data-status={ticket.status}
            onChange={(event) => setStatus.mutate({ ...base, status: event.target.value as TicketStatus }, done)}
          >
            {TICKET_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="control">
          <span className="control__label">{t('ticket.priority')}</span>
          <select
            aria-label={t('ticket.priority')}
            value={ticket.priority}
            disabled={busy}
            onChange={(event) => setPriority.mutate({ ...base, priority: event.target.value as TicketPriority }, done)}
          >
            {TICKET_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="control" title={t(`ticket.languageSource.${ticket.languageSource}`, { defaultValue: '' })}>
          <span className="control__label">
            {t('ticket.language')} <span className="control__hint">{t(`ticket.languageSource.${ticket.languageSource}`, { defaultValue: '' })}</span>
          </span>
          <select aria-label={t('ticket.languageLabel')} value={ticket.language} disabled={busy} onChange={(event) => setLanguage.mutate({ ...base, language: event.target.value }, done)}>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)} ({code})
              </option>
            ))}
          </select>
        </label>
        {canAssignOthers ? (
          <label className="control">
            <span className="control__label">{t('ticket.assignee')}</span>
            <select
              aria-label={t('ticket.assignee')}
              value={ticket.assignee?.id ?? ''}
              disabled={busy || users.isPending}
              onChange={(event) => assign.mutate({ ...base, assigneeId: event.target.value || null }, done)}
            >
              <option value="">{t('tickets.unassigned')}</option>
              {ticket.assignee && !assignable.some((user) => user.id === ticket.assignee?.id) && (
                <option value={ticket.assignee.id}>{ticket.assignee.name}</option>
              )}
              {assignable.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} · {t(`role.${user.role}`)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <div className="control">
            <span className="control__label">{t('ticket.assignee')}</span>
            <div className="control__row">
              <span className={ticket.assignee ? 'assignee' : 'assignee muted'}>{ticket.assignee?.name ?? t('tickets.unassigned')}</span>
              {ticket.assignee?.id === me?.id ? (
                <button type="button" className="button button--small" disabled={busy} onClick={() => assign.mutate({ ...base, assigneeId: null }, done)}>
                  {t('ticket.giveBack')}
                </button>
              ) : (
                <button type="button" className="button button--small" disabled={busy || !me} onClick={() => assign.mutate({ ...base, assigneeId: me!.id }, done)}>
                  {t('ticket.take')}
                </button>
              )}
            </div>
          </div>
        )}
        <div className="control control--end">
          <span className="control__label" aria-hidden="true">
            &nbsp;
          </span>
          <button type="button" className="button button--small" onClick={onMerge} disabled={ticket.mergedIntoId != null}>
            {t('merge.open')}
          </button>
        </div>
      </div>
    </header>
  );
}
