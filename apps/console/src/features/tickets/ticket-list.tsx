import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TicketListItem } from '../../api/tickets.api';
import { isTyping } from '../../app/useGoToShortcuts';
import { nearestClock } from '../sla/countdown-state';
import { SlaCountdown } from '../sla/sla-countdown';
import { LanguageBadge, PriorityMark, StatusBadge } from './ticket-badges';
import type { TicketListFilter } from './tickets.keys';
import { useTickets } from './useTickets';

/** Where `r` on the list sends the agent: the ticket, with the reply box focused. */
export interface TicketLocationState {
  focusReply?: boolean;
}

/**
 * j/k move the selection, Enter opens, r opens with the reply box focused. Ignored while the agent types
 * in a field or holds a modifier, and when another control (a button, a link outside the list) has focus.
 */
function useListKeyboard(rows: TicketListItem[], tableRef: React.RefObject<HTMLTableElement | null>) {
  const navigate = useNavigate();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const index = Math.max(0, rows.findIndex((row) => row.id === selectedId));
  const selected = rows.length ? rows[Math.min(index, rows.length - 1)] : undefined;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (!rows.length || document.querySelector('dialog[open]')) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const elsewhere = target && target.closest('a, button') && !tableRef.current?.contains(target);
      const move = (step: number) => {
        event.preventDefault();
        const next = rows[Math.min(rows.length - 1, Math.max(0, index + step))]!;
        setSelectedId(next.id);
        tableRef.current?.querySelector<HTMLElement>(`[data-ticket-id="${next.id}"]`)?.focus();
      };
      if (event.key === 'j') move(1);
      else if (event.key === 'k') move(-1);
      else if (event.key === 'Enter' && selected && !elsewhere) {
        event.preventDefault();
        navigate(`/tickets/${selected.id}`);
      } else if (event.key === 'r' && selected) {
        event.preventDefault();
        navigate(`/tickets/${selected.id}`, { state: { focusReply: true } satisfies TicketLocationState });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [rows, index, selected, navigate, tableRef]);

  return { selectedId: selected?.id, select: setSelectedId };
}

/** "urgency": the API's order (priority, then due time). "due": due soonest first, within the loaded pages. */
export type TicketSort = 'urgency' | 'due';

const dueTime = (row: TicketListItem) => {
  const clock = nearestClock(row.slaClocks);
  return clock ? Date.parse(clock.dueAt) : Number.POSITIVE_INFINITY;
};

/** The loaded rows by due time (the API has no such order; stable, so equal deadlines keep urgency order). */
export function sortRowsByDue(rows: TicketListItem[]): TicketListItem[] {
  return rows
    .map((row, index) => ({ row, index, due: dueTime(row) }))
    .sort((a, b) => a.due - b.due || a.index - b.index)
    .map((entry) => entry.row);
}

export function TicketList({ filter, emptyKey, sort = 'urgency' }: { filter: TicketListFilter; emptyKey: string; sort?: TicketSort }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tickets = useTickets(filter);
  const loaded = tickets.data?.pages.flatMap((page) => page.rows) ?? [];
  const rows = sort === 'due' ? sortRowsByDue(loaded) : loaded;
  const tableRef = useRef<HTMLTableElement>(null);
  const { selectedId, select } = useListKeyboard(rows, tableRef);

  if (tickets.isPending) return <p className="muted panel__body">{t('app.loading')}</p>;
  if (tickets.isError)
    return (
      <p className="error-text panel__body" role="alert">
        {t('app.loadFailed')}{' '}
        <button type="button" className="button button--link" onClick={() => void tickets.refetch()}>
          {t('app.retry')}
        </button>
      </p>
    );
  if (rows.length === 0) return <p className="muted panel__body">{t(emptyKey)}</p>;

  return (
    <>
      <table className="table table--tickets" ref={tableRef} aria-label={t('tickets.listLabel')}>
        <thead>
          <tr>
            <th scope="col">{t('tickets.column.priority')}</th>
            <th scope="col">{t('tickets.column.subject')}</th>
            <th scope="col">{t('tickets.column.store')}</th>
            <th scope="col">{t('tickets.column.language')}</th>
            <th scope="col">{t('tickets.column.status')}</th>
            <th scope="col">{t('tickets.column.assignee')}</th>
            <th scope="col">{t('tickets.column.due')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.id}
              data-ticket-id={row.id}
              tabIndex={row.id === selectedId ? 0 : -1}
              aria-selected={row.id === selectedId}
              className={row.id === selectedId ? 'is-selected' : undefined}
              onFocus={() => select(row.id)}
              onClick={(event) => {
                if ((event.target as HTMLElement).closest('a')) return;
                navigate(`/tickets/${row.id}`);
              }}
            >
              <td>
                <PriorityMark priority={row.priority} />
              </td>
              <td className="ticket-cell">
                <Link to={`/tickets/${row.id}`} className="ticket-cell__subject" tabIndex={-1}>
                  {row.subject}
                </Link>
                <span className="ticket-cell__buyer">{row.buyerName ?? row.buyerAddress}</span>
              </td>
              <td className="muted">{row.store.name}</td>
              <td>
                <LanguageBadge language={row.language} />
              </td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td className={row.assignee ? undefined : 'muted'}>{row.assignee?.name ?? t('tickets.unassigned')}</td>
              <td data-testid="sla-cell">
                <SlaCountdown {...(nearestClock(row.slaClocks) ?? {})} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {tickets.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button" disabled={tickets.isFetchingNextPage} onClick={() => void tickets.fetchNextPage()}>
            {tickets.isFetchingNextPage ? t('app.loading') : t('tickets.loadMore')}
          </button>
        </div>
      )}
    </>
  );
}
