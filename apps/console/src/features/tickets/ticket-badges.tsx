import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from '@lifeline/api-contract';
import { languageName } from '../../i18n/format';

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
