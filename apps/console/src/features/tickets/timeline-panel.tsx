import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { formatDateTime, languageName } from '../../i18n/format';
import { useUsers } from '../users/useUsers';
import { timelineSentence } from './timeline-sentence';

/** Everything that happened to the ticket, newest last, each as a sentence with who and when. */
export function TimelinePanel({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const context = {
    t,
    userName: (id: string) =>
      users.data?.find((user) => user.id === id)?.name ?? (ticket.assignee?.id === id ? ticket.assignee.name : undefined),
    languageName: (code: string) => languageName(code, i18n.language),
  };
  const events = [...ticket.timeline].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <section className="panel side-card" aria-labelledby="timeline-title">
      <header className="panel__header">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
      </header>
      <ol className="timeline">
        {events.map((event) => (
          <li key={event.id} className={`timeline__item timeline__item--${event.type.toLowerCase()}`}>
            <span className="timeline__text">{timelineSentence(event, context)}</span>
            <time className="timeline__time" dateTime={event.createdAt}>
              {formatDateTime(event.createdAt, i18n.language)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
