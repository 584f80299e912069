import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import type { CompensationSettings } from '../../api/compensation.api';
import { changeErrorMessage } from '../tickets/ticket-notice';
import { formatLimitList, parseLimitList } from './compensation-format';
import { useCompensationLimits, useUpdateCompensationLimits } from './useCompensationLimits';

interface Draft {
  roles: { role: Role; unlimited: boolean; text: string }[];
  approvalHours: string;
}

const draftOf = (s: CompensationSettings): Draft => ({
  roles: s.roles.map((r) => ({ role: r.role, unlimited: r.unlimited, text: formatLimitList(r.limits) })),
  approvalHours: String(s.approvalHours),
});

/** Settings: per-role compensation limits per currency and the approval target (admins edit, supervisors read). */
export function CompensationLimitsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const limits = useCompensationLimits();
  const save = useUpdateCompensationLimits();
  // null until the admin edits: the form shows what was read; an edited draft survives a refetch (after a CONFLICT).
  const [edited, setDraft] = useState<Draft | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  if (limits.isPending || limits.isError) return null;
  const settings = limits.data;
  const draft = edited ?? draftOf(settings);
  const parsed = draft.roles.map((r) => ({ ...r, limits: r.unlimited ? [] : parseLimitList(r.text) }));
  const invalid = parsed.some((r) => r.limits === null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (invalid) return;
    save.mutate(
      {
        version: settings.version,
        approvalHours: Number(draft.approvalHours),
        limits: parsed.map((r) => ({ role: r.role, unlimited: r.unlimited, limits: r.limits ?? [] })),
      },
      {
        onSuccess: (saved) => {
          setDraft(draftOf(saved));
          setMessage(t('compensation.limits.saved'));
        },
        onError: (error) => setMessage(isApiError(error, 'CONFLICT') ? t('compensation.limits.conflict') : changeErrorMessage(error, t)),
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="compensation-limits-title">
      <header className="panel__header">
        <h2 id="compensation-limits-title">{t('compensation.limits.title')}</h2>
        <p className="panel__hint">
          {t('compensation.limits.hint')} {settings.version === 0 && <em>{t('compensation.limits.defaults')}</em>}
        </p>
      </header>
      <form onSubmit={onSubmit}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('compensation.limits.role')}</th>
              <th scope="col">{t('compensation.limits.unlimited')}</th>
              <th scope="col">{t('compensation.limits.limits')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.roles.map((r, i) => (
              <tr key={r.role}>
                <th scope="row">{t(`role.${r.role}`)}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t(`role.${r.role}`)}: ${t('compensation.limits.unlimited')}`}
                    checked={r.unlimited}
                    disabled={!canEdit}
                    onChange={(event) => setDraft({ ...draft, roles: draft.roles.map((x, j) => (j === i ? { ...x, unlimited: event.target.checked } : x)) })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    className="mono compensation-limits__input"
                    aria-label={t('compensation.limits.limitsFor', { role: t(`role.${r.role}`) })}
                    aria-invalid={parsed[i]!.limits === null}
                    value={r.unlimited ? '' : r.text}
                    disabled={!canEdit || r.unlimited}
                    onChange={(event) => setDraft({ ...draft, roles: draft.roles.map((x, j) => (j === i ? { ...x, text: event.target.value } : x)) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="compensation__body compensation-limits__footer">
          {invalid && <p className="error-text">{t('compensation.limits.invalidLine')}</p>}
          <label className="field field--inline">
            <span className="field__label">{t('compensation.limits.approvalHours')}</span>
            <input type="number" min={0.25} max={720} step={0.25} value={draft.approvalHours} disabled={!canEdit} onChange={(event) => setDraft({ ...draft, approvalHours: event.target.value })} />
          </label>
          {canEdit && (
            <button type="submit" className="button button--primary button--small" disabled={save.isPending || invalid}>
              {save.isPending ? t('compensation.limits.saving') : t('compensation.limits.save')}
            </button>
          )}
          {message && (
            <p className="muted" role="status">
              {message}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
