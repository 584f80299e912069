import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TicketListItem } from '../../api/tickets.api';
import { useNow } from '../../app/useNow';
import { LanguageBadge, PriorityMark } from '../tickets/ticket-badges';
import type { TicketListFilter } from '../tickets/tickets.keys';
import { useTickets } from '../tickets/useTickets';
import { countdown, isAtRisk, nearestClock } from './countdown-state';
import { SlaCountdown } from './sla-countdown';

const OPEN: TicketListFilter = { statuses: ['NEW', 'OPEN', 'WAITING_ON_BUYER'] };
/** The board reads open tickets a page at a time; past this many pages it says the list is partial. */
const MAX_PAGES = 10;

interface BoardRow {
  ticket: TicketListItem;
  clock: NonNullable<ReturnType<typeof nearestClock<TicketListItem['slaClocks'][number]>>>;
  overdue: boolean;
}

interface BoardGroup {
  key: string;
  queueName: string;
  language: string;
  rows: BoardRow[];
  breached: number;
}

/** Breached first, then by due time; groups with the most breaches first. */
export function boardGroups(tickets: TicketListItem[], now: number): BoardGroup[] {
  const groups = new Map<string, BoardGroup>();
  for (const ticket of tickets) {
    const clock = nearestClock(ticket.slaClocks);
    if (!clock || !isAtRisk(clock, now)) continue;
    const key = `${ticket.queue.id}|${ticket.language}`;
    const group = groups.get(key) ?? { key, queueName: ticket.queue.name, language: ticket.language, rows: [], breached: 0 };
    const overdue = countdown(clock, now).state === 'overdue';
    group.rows.push({ ticket, clock, overdue });
    if (overdue) group.breached += 1;
    groups.set(key, group);
  }
  const sorted = [...groups.values()];
  for (const group of sorted) group.rows.sort((a, b) => Date.parse(a.clock.dueAt) - Date.parse(b.clock.dueAt));
  return sorted.sort((a, b) => b.breached - a.breached || b.rows.length - a.rows.length || a.queueName.localeCompare(b.queueName));
}

/**
 * The supervisor board: open tickets breached or about to breach (warning reached, or due within 2 h) per
 * queue and language. Live: it is a ticket list in the cache, so ticket and SLA events refetch it, and the
 * countdowns tick on the shared ticker.
 */
export function SlaBoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tickets = useTickets(OPEN);
  // Membership changes as time passes (a ticket enters the two-hour window): re-check every 15 s.
  const now = useNow(15_000).getTime();
  const pages = tickets.data?.pages.length ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = tickets;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, pages, fetchNextPage]);

  const groups = boardGroups(tickets.data?.pages.flatMap((page) => page.rows) ?? [], now);
  const breached = groups.reduce((sum, group) => sum + group.breached, 0);
  const atRisk = groups.reduce((sum, group) => sum + group.rows.length, 0) - breached;

  return (
    <section className="screen screen--wide">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('board.title')}</h1>
        <p className="screen__hint">{t('board.hint')}</p>
      </header>
      {tickets.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : tickets.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}{' '}
          <button type="button" className="button button--link" onClick={() => void tickets.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      ) : (
        <>
          <p className="board-summary" data-testid="board-summary">
            <span className="board-count board-count--breached">{t('board.breached', { count: breached })}</span>
            <span className="board-count board-count--warning">{t('board.atRisk', { count: atRisk })}</span>
            {hasNextPage && pages >= MAX_PAGES && <span className="muted">{t('board.partial')}</span>}
          </p>
          {groups.length === 0 ? (
            <p className="muted panel">{t('board.empty')}</p>
          ) : (
            <div className="board-grid">
              {groups.map((group) => (
                <section key={group.key} className="panel board-group" aria-label={`${group.queueName} ${group.language.toUpperCase()}`} data-testid="board-group">
                  <header className="panel__header panel__header--row">
                    <h2>
                      {group.queueName} <LanguageBadge language={group.language} />
                    </h2>
                    <span className="board-group__counts">
                      {group.breached > 0 && <span className="board-count board-count--breached">{t('board.breached', { count: group.breached })}</span>}
                      {group.rows.length - group.breached > 0 && (
                        <span className="board-count board-count--warning">{t('board.atRisk', { count: group.rows.length - group.breached })}</span>
                      )}
                    </span>
                  </header>
                  <table className="table table--tickets">
                    <tbody>
                      {group.rows.map(({ ticket, clock }) => (
                        <tr key={ticket.id} data-ticket-id={ticket.id} onClick={(event) => !(event.target as HTMLElement).closest('a') && navigate(`/tickets/${ticket.id}`)}>
                          <td>
                            <SlaCountdown {...clock} />
                          </td>
                          <td className="ticket-cell">
                            <Link to={`/tickets/${ticket.id}`} className="ticket-cell__subject">
                              {ticket.subject}
                            </Link>
                            <span className="ticket-cell__buyer">
                              {t(`sla.kind.${clock.kind}`)} · {ticket.store.name}
                            </span>
                          </td>
                          <td>
                            <PriorityMark priority={ticket.priority} />
                          </td>
                          <td className={ticket.assignee ? undefined : 'muted'}>{ticket.assignee?.name ?? t('tickets.unassigned')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </section>
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
