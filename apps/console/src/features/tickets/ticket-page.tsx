import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/api-error';
import { isTyping } from '../../app/useGoToShortcuts';
import { useTicketPresence } from '../../realtime/useTicketPresence';
import { TicketCasePanels } from '../claims/ticket-case-panels';
import { CompensationPanel } from '../compensation/compensation-panel';
import { RiskPanel } from '../risk-pool/risk-panel';
import { SlaPanel } from '../sla/sla-panel';
import { Conversation } from './conversation';
import { MergeDialog } from './merge-dialog';
import { NotesPanel } from './notes-panel';
import { OrderCard } from './order-card';
import { PresenceBar } from './presence-bar';
import { ReplyBox } from './reply-box';
import { TicketHeader } from './ticket-header';
import type { TicketLocationState } from './ticket-list';
import { TicketNotice } from './ticket-notice';
import { TimelinePanel } from './timeline-panel';
import { useTicket } from './useTicket';

/** `r` focuses the reply box here too, unless the agent is already typing somewhere. */
function useReplyShortcut(textareaRef: React.RefObject<HTMLTextAreaElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (event.key !== 'r' || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      textareaRef.current?.focus();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [textareaRef]);
}

export function TicketPage() {
  const { t } = useTranslation();
  const { id } = useParams<{ id: string }>();
  const location = useLocation();
  const navigate = useNavigate();
  const ticket = useTicket(id);
  const presence = useTicketPresence(ticket.data ? id : undefined);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<unknown>(null);
  const [merging, setMerging] = useState(false);
  const wantsReply = (location.state as TicketLocationState | null)?.focusReply === true;
  const loaded = ticket.data !== undefined;
  useReplyShortcut(textareaRef);

  useEffect(() => {
    if (loaded && wantsReply) textareaRef.current?.focus();
  }, [loaded, wantsReply, id]);

  if (ticket.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (ticket.isError)
    return (
      <section className="screen">
        <p className="error-text" role="alert">
          {isApiError(ticket.error, 'NOT_FOUND') ? t('ticket.notFound') : t('app.loadFailed')}{' '}
          <Link to="/queues">{t('ticket.backToQueues')}</Link>
        </p>
      </section>
    );

  const data = ticket.data;
  return (
    <section className="screen screen--wide ticket">
      <nav className="breadcrumb" aria-label={t('ticket.breadcrumb')}>
        <Link
          to="/queues"
          onClick={(event) => {
            // Back to the list the agent came from (its view and filters live in that URL).
            if (location.key !== 'default') {
              event.preventDefault();
              void navigate(-1);
            }
          }}
        >
          ← {t('ticket.backToQueues')}
        </Link>
        <span className="muted"> / {data.queue.name}</span>
      </nav>
      <TicketHeader ticket={data} onResult={setNotice} onMerge={() => setMerging(true)} />
      <PresenceBar viewers={presence.viewers} />
      {data.mergedIntoId && (
        <p className="notice notice--info">
          {t('ticket.mergedInto')} <Link to={`/tickets/${data.mergedIntoId}`}>#{data.mergedIntoId.slice(0, 8)}</Link>
        </p>
      )}
      <TicketNotice error={notice} onDismiss={() => setNotice(null)} />
      <div className="ticket__grid">
        <div className="ticket__main">
          <Conversation ticket={data} onResult={setNotice} />
          {!data.mergedIntoId && <ReplyBox key={data.id} ticket={data} textareaRef={textareaRef} onTyping={presence.setTyping} onResult={setNotice} />}
        </div>
        <aside className="ticket__side">
          <SlaPanel ticket={data} />
          <TicketCasePanels ticket={data} />
          <OrderCard ticket={data} />
          <CompensationPanel ticket={data} />
          <RiskPanel ticket={data} />
          <NotesPanel ticket={data} onResult={setNotice} />
          <TimelinePanel ticket={data} />
        </aside>
      </div>
      {merging && <MergeDialog ticket={data} open={merging} onClose={() => setMerging(false)} />}
    </section>
  );
}
