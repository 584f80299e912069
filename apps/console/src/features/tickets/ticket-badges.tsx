import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from '@lifeline/api-contract';
import { useNow } from '../../app/useNow';
import { languageName } from '../../i18n/format';
import { dueIn, formatDuration } from './due-time';

/** The buyer's language as a short code badge, with the full name on hover. */
export function LanguageBadge({ language }: { language: string }) {
  const { i18n } = useTranslation();
  return (
    <span className="lang-badge" title={languageName(language, i18n.language)} lang={language}>
      {language.toUpperCase()}
    </span>
  );
}

export function StatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-badge--${status.toLowerCase()}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function PriorityMark({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <span className={`priority priority--${priority.toLowerCase()}`} title={t('ticket.priority')}>
      <span className="priority__dot" aria-hidden="true" />
      {t(`priority.${priority}`)}
    </span>
  );
}

/** "in 3 hr" / "overdue 2 hr", refreshed every 30 s. */
export function DueText({ dueAt }: { dueAt: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const due = dueIn(dueAt, now);
  if (due.state === 'none') return <span className="due due--none">{t('due.none')}</span>;
  const duration = formatDuration(due.amount, due.unit, i18n.language);
  const className = due.state === 'overdue' ? 'due due--overdue' : due.soon ? 'due due--soon' : 'due';
  return (
    <time className={className} dateTime={dueAt ?? undefined} title={new Date(dueAt!).toLocaleString(i18n.language)}>
      {t(due.state === 'overdue' ? 'due.overdue' : 'due.in', { duration })}
    </time>
  );
}
