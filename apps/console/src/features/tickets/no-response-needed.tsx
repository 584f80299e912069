import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '../../api/tickets.api';
import { useMarkNoResponseNeeded } from './useMarkNoResponseNeeded';

const REASONS = ['thanks', 'resolved', 'spam', 'other'] as const;

/** "No response needed" on a buyer message: a reason (from a short list, or typed), then the clock stops. */
export function NoResponseNeeded({ ticket, messageId, onResult }: { ticket: TicketDetail; messageId: string; onResult: (error: unknown) => void }) {
  const { t } = useTranslation();
  const mark = useMarkNoResponseNeeded(ticket.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<(typeof REASONS)[number]>('thanks');
  const [text, setText] = useState('');
  const written = reason === 'other' ? text.trim() : t(`noResponse.reason.${reason}`);

  if (!open)
    return (
      <button type="button" className="button button--ghost button--small" onClick={() => setOpen(true)}>
        {t('noResponse.open')}
      </button>
    );
  return (
    <form
      className="no-response"
      aria-label={t('noResponse.open')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!written) return;
        mark.mutate(
          { messageId, reason: written, ticketVersion: ticket.version },
          {
            onSuccess: () => {
              setOpen(false);
              onResult(null);
            },
            onError: onResult,
          },
        );
      }}
    >
      <select aria-label={t('noResponse.reasonLabel')} value={reason} onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])}>
        {REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`noResponse.reason.${r}`)}
          </option>
        ))}
      </select>
      {reason === 'other' && <input aria-label={t('noResponse.otherLabel')} value={text} maxLength={500} required onChange={(e) => setText(e.target.value)} />}
      <button type="submit" className="button button--small button--primary" disabled={mark.isPending || !written}>
        {t('noResponse.confirm')}
      </button>
      <button type="button" className="button button--small" onClick={() => setOpen(false)}>
        {t('slaSettings.cancel')}
      </button>
    </form>
  );
}
