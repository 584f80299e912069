import type { TicketStatus } from '@lifeline/api-contract';
import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { languageName } from '../../i18n/format';
import { LanguageBadge } from './ticket-badges';
import { STATUSES_AFTER_REPLY } from './ticket-languages';
import { useRenderedTemplate } from './useRenderedTemplate';
import { useReplyTemplates } from './useReplyTemplates';
import { useReplyToTicket } from './useReplyToTicket';

interface Props {
  ticket: TicketDetail;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  onTyping: (typing: boolean) => void;
  onResult: (error: unknown) => void;
}

/**
 * The reply to the buyer, in the buyer's language: pick a template, read it as the API fills it for this
 * ticket (with a warning for values the ticket lacks), insert it, edit, send with the version we read.
 */
export function ReplyBox({ ticket, textareaRef, onTyping, onResult }: Props) {
  const { t, i18n } = useTranslation();
  const templates = useReplyTemplates();
  const reply = useReplyToTicket();
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const [previewId, setPreviewId] = useState<string | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [statusAfter, setStatusAfter] = useState<TicketStatus>('WAITING_ON_BUYER');
  const rendered = useRenderedTemplate(ticket.id, previewId);

  useEffect(() => onTyping(focused && text.trim() !== ''), [focused, text, onTyping]);
  useEffect(() => () => onTyping(false), [onTyping]);

  const insert = () => {
    if (!rendered.data) return;
    const body = rendered.data.body;
    setText((current) => (current.trim() ? `${current.trimEnd()}\n\n${body}` : body));
    setTemplateId(rendered.data.templateId);
    setPreviewId(null);
    textareaRef.current?.focus();
  };

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || reply.isPending) return;
    reply.mutate(
      { ticketId: ticket.id, version: ticket.version, body: text, status: statusAfter, templateId },
      {
        onSuccess: () => {
          setText('');
          setTemplateId(null);
          onResult(null);
        },
        // The draft stays: after a conflict the agent reads what changed and sends again.
        onError: onResult,
      },
    );
  };

  return (
    <form className="panel reply" onSubmit={send} aria-labelledby="reply-title">
      <header className="panel__header panel__header--row">
        <h2 id="reply-title">
          {t('reply.title')} <LanguageBadge language={ticket.language} />
        </h2>
        <label className="inline-field">
          <span>{t('reply.template')}</span>
          <select
            aria-label={t('reply.template')}
            value={previewId ?? ''}
            disabled={templates.isPending}
            onChange={(event) => setPreviewId(event.target.value || null)}
          >
            <option value="">{t('reply.chooseTemplate')}</option>
            {templates.data?.map((template) => (
              <option key={template.id} value={template.id}>
                {template.name}
                {template.translations.some((translation) => translation.language === ticket.language) ? '' : ` (${t('reply.untranslated')})`}
              </option>
            ))}
          </select>
        </label>
      </header>

      {previewId && (
        <div className="template-preview" data-testid="template-preview">
          {rendered.isPending ? (
            <p className="muted">{t('app.loading')}</p>
          ) : rendered.isError ? (
            <p className="error-text" role="alert">
              {t('reply.previewFailed')}
            </p>
          ) : (
            <>
              <div className="template-preview__meta">
                <span>{t('reply.previewIn', { language: languageName(rendered.data.language, i18n.language) })}</span>
                <LanguageBadge language={rendered.data.language} />
                {rendered.data.language !== ticket.language && <span className="tag tag--warn">{t('reply.otherLanguage')}</span>}
              </div>
              <p className="template-preview__subject">{rendered.data.subject}</p>
              <div className="template-preview__body" lang={rendered.data.language}>
                {rendered.data.body}
              </div>
              {rendered.data.missing.length > 0 && (
                <p className="notice notice--warn">{t('reply.missing', { names: rendered.data.missing.join(', ') })}</p>
              )}
              <div className="template-preview__actions">
                <button type="button" className="button button--small button--primary" onClick={insert}>
                  {t('reply.insert')}
                </button>
                <button type="button" className="button button--small button--ghost" onClick={() => setPreviewId(null)}>
                  {t('reply.cancelPreview')}
                </button>
              </div>
            </>
          )}
        </div>
      )}

      <textarea
        ref={textareaRef}
        className="reply__text"
        aria-label={t('reply.textLabel')}
        placeholder={t('reply.placeholder', { language: languageName(ticket.language, i18n.language) })}
        lang={ticket.language}
        rows={7}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) send();
        }}
      />
      <footer className="reply__footer">
        <label className="inline-field">
          <span>{t('reply.statusAfter')}</span>
          <select aria-label={t('reply.statusAfter')} value={statusAfter} onChange={(event) => setStatusAfter(event.target.value as TicketStatus)}>
            {STATUSES_AFTER_REPLY.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="reply__hint">{t('reply.sendHint')}</span>
        <button type="submit" className="button button--primary" disabled={!text.trim() || reply.isPending}>
          {reply.isPending ? t('reply.sending') : t('reply.send')}
        </button>
      </footer>
    </form>
  );
}
