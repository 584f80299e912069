import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { formatDateTime } from '../../i18n/format';
import { NoResponseNeeded } from './no-response-needed';
import { LanguageBadge } from './ticket-badges';

type Message = TicketDetail['messages'][number];

function sender(message: Message, ticket: TicketDetail, t: (key: string) => string): string {
  if (message.direction === 'OUTBOUND') return message.author?.name ?? t('conversation.seller');
  return message.fromName ?? ticket.buyerName ?? message.fromAddress ?? t('ticket.unknownBuyer');
}

/** The buyer's messages and our replies, oldest first, each with its language and (for replies) delivery. */
export function Conversation({ ticket, onResult }: { ticket: TicketDetail; onResult?: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const messages = [...ticket.messages].sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  return (
    <section className="conversation" aria-label={t('conversation.title')}>
      {messages.map((message) => (
        <article
          key={message.id}
          className={`message message--${message.direction.toLowerCase()}`}
          data-direction={message.direction}
          aria-label={t(`conversation.${message.direction}`)}
        >
          <header className="message__header">
            <span className="message__from">{sender(message, ticket, t)}</span>
            <span className="message__kind">{t(`conversation.${message.direction}`)}</span>
            <LanguageBadge language={message.language} />
            {message.noResponseNeeded && <span className="tag tag--muted">{t('conversation.noResponseNeeded')}</span>}
            {message.isAutoReply && <span className="tag tag--muted">{t('conversation.autoReply')}</span>}
            {message.templateId && <span className="tag">{t('conversation.fromTemplate')}</span>}
            <span className="message__spacer" />
            {message.direction === 'OUTBOUND' && message.deliveryStatus && (
              <span className={`delivery delivery--${message.deliveryStatus.toLowerCase()}`}>
                {t(`conversation.delivery.${message.deliveryStatus}`, { defaultValue: message.deliveryStatus })}
              </span>
            )}
            {message.direction === 'INBOUND' && !message.noResponseNeeded && !message.isAutoReply && onResult && !ticket.mergedIntoId && (
              <NoResponseNeeded ticket={ticket} messageId={message.id} onResult={onResult} />
            )}
            <time className="message__time" dateTime={message.sentAt}>
              {formatDateTime(message.sentAt, i18n.language)}
            </time>
          </header>
          {message.subject && message.subject !== ticket.subject && <p className="message__subject">{message.subject}</p>}
          <div className="message__body" lang={message.language}>
            {message.body}
          </div>
          {message.attachments.length > 0 && (
            <ul className="attachments">
              {message.attachments.map((attachment) => (
                <li key={attachment.filename}>
                  {attachment.filename}{' '}
                  <span className="muted">
                    ({new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(attachment.sizeBytes / 1024)})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </section>
  );
}
