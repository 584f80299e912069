import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { formatDateTime } from '../../i18n/format';
import { SlaCountdown } from './sla-countdown';

/** Every SLA clock on the ticket, oldest first: kind, started, due, and how it ended (met, breached). */
export function SlaPanel({ ticket }: { ticket: TicketDetail }) {
  const { t, i18n } = useTranslation();
  const clocks = ticket.slaClocks;
  return (
    <section className="panel side-card" aria-labelledby="sla-title">
      <header className="panel__header">
        <h2 id="sla-title">{t('sla.panelTitle')}</h2>
      </header>
      {clocks.length === 0 ? (
        <p className="muted panel__body">{t('sla.noClocks')}</p>
      ) : (
        <ul className="sla-clocks">
          {clocks.map((clock) => (
            <li key={clock.id} className="sla-clocks__item" data-kind={clock.kind} data-status={clock.status}>
              <div className="sla-clocks__head">
                <span className="sla-clocks__kind">{t(`sla.kind.${clock.kind}`)}</span>
                <SlaCountdown {...clock} />
              </div>
              <dl className="sla-clocks__facts">
                <dt>{t('sla.started')}</dt>
                <dd>{formatDateTime(clock.startedAt, i18n.language)}</dd>
                <dt>{t('sla.due')}</dt>
                <dd>
                  {formatDateTime(clock.dueAt, i18n.language)}
                  {clock.hours === 'BUSINESS' && <span className="muted"> · {t('sla.businessHours')}</span>}
                </dd>
                {clock.metAt && (
                  <>
                    <dt>{t('sla.metAt')}</dt>
                    <dd>{formatDateTime(clock.metAt, i18n.language)}</dd>
                  </>
                )}
                {clock.breachedAt && (
                  <>
                    <dt>{t('sla.breachedAt')}</dt>
                    <dd className="error-text">{formatDateTime(clock.breachedAt, i18n.language)}</dd>
                  </>
                )}
                {clock.escalationLevel > 0 && (
                  <>
                    <dt>{t('sla.escalation')}</dt>
                    <dd>{clock.escalationLevel}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
