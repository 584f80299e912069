import type { TicketStatus } from '@lifeline/api-contract';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { languageName } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { LanguageBadge } from '../tickets/ticket-badges';
import { TicketList, type TicketSort } from '../tickets/ticket-list';
import type { TicketListFilter } from '../tickets/tickets.keys';
import { useQueues } from './useQueues';

const STATUS_SETS = {
  open: ['NEW', 'OPEN', 'WAITING_ON_BUYER'],
  needsReply: ['NEW', 'OPEN'],
  waiting: ['WAITING_ON_BUYER'],
  done: ['RESOLVED', 'CLOSED'],
} as const satisfies Record<string, readonly TicketStatus[]>;
type StatusSet = keyof typeof STATUS_SETS;
const isStatusSet = (value: string | null): value is StatusSet => value !== null && value in STATUS_SETS;

type View = 'mine' | 'unassigned' | 'all' | 'queue';
const isView = (value: string | null): value is View => value === 'mine' || value === 'unassigned' || value === 'all' || value === 'queue';

/**
 * The agent's desk: views (mine, unassigned, all), the queues with their counts, open tickets per language,
 * and the selected list. The selection lives in the URL, so Back from a ticket returns to the same list.
 */
export function QueuesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const queues = useQueues();
  const [params, setParams] = useSearchParams();

  const defaultView: View = me?.role === 'AGENT' ? 'mine' : 'all';
  const rawView = params.get('view');
  const queueId = params.get('queue') ?? undefined;
  const view: View = isView(rawView) && (rawView !== 'queue' || queueId) ? rawView : defaultView;
  const language = params.get('lang') ?? undefined;
  const rawStatus = params.get('status');
  const statusSet: StatusSet = isStatusSet(rawStatus) ? rawStatus : 'open';
  const sort: TicketSort = params.get('sort') === 'due' ? 'due' : 'urgency';

  const choose = (next: Record<string, string | undefined>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined) merged.delete(key);
      else merged.set(key, value);
    }
    setParams(merged, { replace: true });
  };

  const filter: TicketListFilter = {
    ...(view === 'mine' && me ? { assigneeId: me.id } : {}),
    ...(view === 'unassigned' ? { unassigned: true } : {}),
    ...(view === 'queue' ? { queueId } : {}),
    ...(language ? { language } : {}),
    statuses: [...STATUS_SETS[statusSet]],
  };
  const currentQueue = queues.data?.queues.find((queue) => queue.id === queueId);
  const title =
    view === 'queue' ? (currentQueue?.name ?? t('queues.title')) : t(`queues.view.${view}`);
  const totals = (queues.data?.queues ?? []).reduce(
    (sum, queue) => ({ open: sum.open + queue.openCount, unassigned: sum.unassigned + queue.unassignedCount }),
    { open: 0, unassigned: 0 },
  );

  const viewButton = (key: Exclude<View, 'queue'>, count?: number) => (
    <li key={key}>
      <button
        type="button"
        className="queue-nav__item"
        aria-current={view === key ? 'true' : undefined}
        onClick={() => choose({ view: key, queue: undefined })}
      >
        <span className="queue-nav__name">{t(`queues.view.${key}`)}</span>
        {count !== undefined && <span className="queue-nav__count">{count}</span>}
      </button>
    </li>
  );

  return (
    <section className="screen screen--wide">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('queues.title')}</h1>
        <p className="screen__hint">{t('queues.keyboardHint')}</p>
      </header>

      {queues.data && queues.data.ticketLanguageCounts.length > 0 && (
        <div className="lang-strip" role="group" aria-label={t('queues.byLanguage')}>
          <span className="lang-strip__label">{t('queues.byLanguage')}</span>
          {queues.data.ticketLanguageCounts.map((entry) => (
            <button
              key={entry.language}
              type="button"
              className="lang-strip__chip"
              aria-pressed={language === entry.language}
              title={languageName(entry.language, i18n.language)}
              onClick={() => choose({ lang: language === entry.language ? undefined : entry.language })}
            >
              <span className="lang-strip__code">{entry.language.toUpperCase()}</span>
              <span className="lang-strip__count">{entry.openCount}</span>
            </button>
          ))}
        </div>
      )}

      <div className="desk">
        <nav className="panel queue-nav" aria-label={t('queues.navLabel')}>
          <ul>
            {viewButton('mine')}
            {viewButton('unassigned', totals.unassigned)}
            {viewButton('all', totals.open)}
          </ul>
          <h2 className="queue-nav__heading">{t('queues.queues')}</h2>
          {queues.isPending ? (
            <p className="muted panel__body">{t('app.loading')}</p>
          ) : queues.isError ? (
            <p className="error-text panel__body" role="alert">
              {t('app.loadFailed')}
            </p>
          ) : queues.data.queues.length === 0 ? (
            <p className="muted panel__body">{t('queues.empty')}</p>
          ) : (
            <ul>
              {queues.data.queues.map((queue) => (
                <li key={queue.id}>
                  <button
                    type="button"
                    className="queue-nav__item"
                    aria-current={view === 'queue' && queueId === queue.id ? 'true' : undefined}
                    onClick={() => choose({ view: 'queue', queue: queue.id })}
                  >
                    <span className="queue-nav__name">
                      {queue.name}
                      {queue.language && <LanguageBadge language={queue.language} />}
                    </span>
                    <span className="queue-nav__counts" title={t('queues.countsTitle', { open: queue.openCount, unassigned: queue.unassignedCount })}>
                      <span className="queue-nav__count">{queue.openCount}</span>
                      {queue.unassignedCount > 0 && <span className="queue-nav__count queue-nav__count--unassigned">{queue.unassignedCount}</span>}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <p className="queue-nav__legend">
            <span className="queue-nav__count">{t('queues.legendOpen')}</span>
            <span className="queue-nav__count queue-nav__count--unassigned">{t('queues.legendUnassigned')}</span>
          </p>
        </nav>

        <section className="panel ticket-list-panel" aria-labelledby="ticket-list-title">
          <header className="panel__header panel__header--row">
            <h2 id="ticket-list-title">
              {title}
              {language && <span className="muted"> · {languageName(language, i18n.language)}</span>}
            </h2>
            <label className="inline-field">
              <span>{t('queues.showStatus')}</span>
              <select aria-label={t('queues.showStatus')} value={statusSet} onChange={(event) => choose({ status: event.target.value === 'open' ? undefined : event.target.value })}>
                {Object.keys(STATUS_SETS).map((key) => (
                  <option key={key} value={key}>
                    {t(`queues.statusSet.${key}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-field" title={t('queues.sortHint')}>
              <span>{t('queues.sortLabel')}</span>
              <select aria-label={t('queues.sortLabel')} value={sort} onChange={(event) => choose({ sort: event.target.value === 'due' ? 'due' : undefined })}>
                <option value="urgency">{t('queues.sort.urgency')}</option>
                <option value="due">{t('queues.sort.due')}</option>
              </select>
            </label>
          </header>
          {(view !== 'mine' || me) && <TicketList filter={filter} sort={sort} emptyKey={`queues.emptyList.${view}`} />}
        </section>
      </div>
    </section>
  );
}
