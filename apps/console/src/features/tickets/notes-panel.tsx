import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { formatDateTime } from '../../i18n/format';
import { useAddTicketNote } from './useAddTicketNote';

/** Internal notes: for colleagues, never sent to the buyer. */
export function NotesPanel({ ticket, onResult }: { ticket: TicketDetail; onResult: (error: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const addNote = useAddTicketNote();
  const [body, setBody] = useState('');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    addNote.mutate(
      { ticketId: ticket.id, version: ticket.version, body: body.trim() },
      {
        onSuccess: () => {
          setBody('');
          onResult(null);
        },
        onError: onResult,
      },
    );
  };

  return (
    <section className="panel side-card" aria-labelledby="notes-title">
      <header className="panel__header">
        <h2 id="notes-title">{t('notes.title')}</h2>
      </header>
      {ticket.notes.length > 0 && (
        <ul className="plain-list notes">
          {ticket.notes.map((note) => (
            <li key={note.id} className="note">
              <div className="note__meta">
                <strong>{note.author.name}</strong> · <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, i18n.language)}</time>
              </div>
              <div className="note__body">{note.body}</div>
            </li>
          ))}
        </ul>
      )}
      <form className="note-form" onSubmit={onSubmit}>
        <textarea
          aria-label={t('notes.add')}
          placeholder={t('notes.placeholder')}
          rows={2}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={!body.trim() || addNote.isPending}>
          {addNote.isPending ? t('notes.adding') : t('notes.add')}
        </button>
      </form>
    </section>
  );
}
