import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error';
import { fetchTicket, type TicketDetail } from '../../api/tickets.api';
import { useOrganizationId } from '../auth/useMe';
import { StatusBadge } from './ticket-badges';
import { changeErrorMessage } from './ticket-notice';
import { ticketsKeys } from './tickets.keys';
import { useMergeTickets } from './useMergeTickets';
import { useTickets } from './useTickets';

const OPEN_STATUSES = ['NEW', 'OPEN', 'WAITING_ON_BUYER'] as const;

/**
 * Merges this ticket into another of the same buyer. The API has no "by buyer" filter, so the candidates
 * are the store's open tickets, searched here by buyer and subject (the same buyer first); a ticket id
 * can be entered instead. The API decides: a refused merge shows its reason.
 */
export function MergeDialog({ ticket, open, onClose }: { ticket: TicketDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organizationId = useOrganizationId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [search, setSearch] = useState(ticket.buyerName ?? '');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [typedId, setTypedId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const merge = useMergeTickets();
  const candidates = useTickets({ storeId: ticket.store.id, statuses: [...OPEN_STATUSES] }, { enabled: open });

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const needle = search.trim().toLowerCase();
  const rows = (candidates.data?.pages.flatMap((page) => page.rows) ?? [])
    .filter((row) => row.id !== ticket.id)
    .filter((row) => !needle || [row.buyerName, row.subject, row.buyerAddress].some((value) => value?.toLowerCase().includes(needle)))
    .sort((a, b) => Number(b.buyerAddress === ticket.buyerAddress) - Number(a.buyerAddress === ticket.buyerAddress));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const id = typedId.trim() || targetId;
    if (!id || !organizationId) return;
    try {
      const listed = rows.find((row) => row.id === id);
      const targetVersion =
        listed?.version ?? (await queryClient.fetchQuery({ queryKey: ticketsKeys.detail(organizationId, id), queryFn: () => fetchTicket(id) })).version;
      const survivor = await merge.mutateAsync({
        sourceTicketId: ticket.id,
        sourceVersion: ticket.version,
        targetTicketId: id,
        targetVersion,
      });
      onClose();
      navigate(`/tickets/${survivor.id}`);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <dialog ref={dialogRef} className="dialog" aria-labelledby="merge-title" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} className="dialog__form">
        <h2 id="merge-title">{t('merge.title')}</h2>
        <p className="muted">{t('merge.explain')}</p>
        <label className="field">
          <span className="field__label">{t('merge.search')}</span>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        </label>
        <div className="merge-candidates" role="radiogroup" aria-label={t('merge.candidates')}>
          {candidates.isPending ? (
            <p className="muted">{t('app.loading')}</p>
          ) : rows.length === 0 ? (
            <p className="muted">{t('merge.noCandidates')}</p>
          ) : (
            rows.map((row) => (
              <label key={row.id} className={`merge-candidate ${targetId === row.id ? 'is-selected' : ''}`}>
                <input
                  type="radio"
                  name="merge-target"
                  value={row.id}
                  checked={targetId === row.id && !typedId.trim()}
                  onChange={() => {
                    setTargetId(row.id);
                    setTypedId('');
                  }}
                />
                <span className="merge-candidate__text">
                  <span className="merge-candidate__subject">{row.subject}</span>
                  <span className="muted">
                    {row.buyerName ?? row.buyerAddress}
                    {row.buyerAddress === ticket.buyerAddress && <span className="tag"> {t('merge.sameBuyer')}</span>}
                  </span>
                </span>
                <StatusBadge status={row.status} />
              </label>
            ))
          )}
        </div>
        <label className="field">
          <span className="field__label">{t('merge.byId')}</span>
          <input className="mono" value={typedId} onChange={(event) => setTypedId(event.target.value)} placeholder="00000000-0000-…" />
        </label>
        {error != null && (
          <p className="form__error" role="alert">
            {isApiError(error, 'BAD_USER_INPUT') ? t('merge.refused', { reason: error.message }) : changeErrorMessage(error, t)}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t('merge.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={merge.isPending || !(typedId.trim() || targetId)}>
            {merge.isPending ? t('merge.merging') : t('merge.submit')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
