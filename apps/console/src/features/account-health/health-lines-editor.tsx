import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthMetricKey } from '@lifeline/api-contract';
import type { HealthThreshold } from '../../api/account-health.api';
import { isApiError } from '../../api/api-error';
import { fieldProblems } from '../sla/sla-form-errors';
import { useHealthThresholds, useUpdateHealthThresholds } from './useHealthThresholds';

interface Draft {
  warning: string;
  red: string;
  window: string;
}

/** Lines are fractions in the API and percentages on screen: 0.008 ⇄ "0.8". */
const toPercent = (fraction: number | null) => (fraction === null ? '' : String(Math.round(fraction * 1_000_000) / 10_000));
const toFraction = (percent: string) => (percent.trim() === '' ? null : Math.round(Number(percent) * 10_000) / 1_000_000);
const toDays = (days: string) => (days.trim() === '' ? null : Number(days));

function draftOf(m: HealthThreshold): Draft {
  return { warning: toPercent(m.warningAt), red: toPercent(m.redLine), window: m.windowDays === null ? '' : String(m.windowDays) };
}

function isDefault(m: HealthThreshold, d: Draft): boolean {
  return toFraction(d.warning) === m.defaultWarningAt && toFraction(d.red) === m.defaultRedLine && toDays(d.window) === m.defaultWindowDays;
}

/**
 * The store's warning and red lines per metric (admins). Saving recomputes the store: tiles turn to their
 * new status at once. A metric left at its default is not sent, so it follows DOMAIN.md's value.
 */
export function HealthLinesEditor({ storeId, keys, onClose }: { storeId: string; keys: readonly HealthMetricKey[]; onClose: () => void }) {
  const { t } = useTranslation();
  const thresholds = useHealthThresholds(storeId);
  const save = useUpdateHealthThresholds(storeId);
  // Only the rows being edited; the others show the latest read, so the refetch after a CONFLICT shows
  // the other person's lines where this admin changed nothing.
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [saved, setSaved] = useState(false);
  const version = thresholds.data?.version;

  const rows = (thresholds.data?.metrics ?? []).filter((m) => keys.includes(m.key));
  const problems = fieldProblems(save.error);
  const problemOf = (key: string, field: string) => problems.find((p) => p.field === `metrics.${key}.${field}`)?.message;

  const submit = () => {
    if (version === undefined) return;
    setSaved(false);
    const metrics = (thresholds.data?.metrics ?? []).flatMap((m) => {
      const d = drafts[m.key] ?? draftOf(m);
      return isDefault(m, d) ? [] : [{ key: m.key, warningAt: toFraction(d.warning), redLine: toFraction(d.red), windowDays: toDays(d.window) }];
    });
    save.mutate(
      { storeId, version, metrics },
      {
        onSuccess: () => {
          setDrafts({});
          setSaved(true);
        },
      },
    );
  };

  const reset = (m: HealthThreshold) =>
    setDrafts((current) => ({
      ...current,
      [m.key]: { warning: toPercent(m.defaultWarningAt), red: toPercent(m.defaultRedLine), window: m.defaultWindowDays === null ? '' : String(m.defaultWindowDays) },
    }));

  return (
    <section className="panel health-lines" aria-labelledby="health-lines-title">
      <header className="panel__header">
        <h2 id="health-lines-title">{t('accountHealth.lines.title')}</h2>
        <button type="button" className="button button--link" onClick={onClose}>
          {t('accountHealth.close')}
        </button>
      </header>
      <p className="muted">{t('accountHealth.lines.hint')}</p>
      {thresholds.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : thresholds.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('accountHealth.lines.metric')}</th>
                <th scope="col">{t('accountHealth.lines.warning')}</th>
                <th scope="col">{t('accountHealth.lines.red')}</th>
                <th scope="col">{t('accountHealth.lines.window')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('accountHealth.lines.reset')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => {
                const d = drafts[m.key] ?? draftOf(m);
                const name = t(`accountHealth.metric.${m.key}`);
                const set = (field: keyof Draft, value: string) => setDrafts((current) => ({ ...current, [m.key]: { ...d, [field]: value } }));
                const cell = (field: keyof Draft, apiField: string, label: string, suffix: string, disabled = false) => {
                  const problem = problemOf(m.key, apiField);
                  return (
                    <td>
                      <input
                        className="input input--narrow"
                        inputMode="decimal"
                        aria-label={`${name} – ${label}`}
                        aria-invalid={problem ? true : undefined}
                        title={problem}
                        value={d[field]}
                        disabled={disabled}
                        onChange={(event) => set(field, event.target.value)}
                      />{' '}
                      {suffix}
                      {problem && <span className="error-text field-error">{problem}</span>}
                    </td>
                  );
                };
                return (
                  <tr key={m.key} data-edited={!isDefault(m, d) || undefined}>
                    <th scope="row">{name}</th>
                    {cell('warning', 'warningAt', t('accountHealth.lines.warning'), '%')}
                    {cell('red', 'redLine', t('accountHealth.lines.red'), '%')}
                    {cell('window', 'windowDays', t('accountHealth.lines.window'), t('accountHealth.lines.days'), m.defaultWindowDays === null)}
                    <td>
                      {!isDefault(m, d) && (
                        <button type="button" className="button button--link" onClick={() => reset(m)}>
                          {t('accountHealth.lines.reset')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {t('accountHealth.lines.save')}
            </button>
            {saved && !save.isPending && <span role="status">{t('accountHealth.lines.saved')}</span>}
            {isApiError(save.error, 'CONFLICT') && (
              <p className="notice notice--warn" role="alert">
                {t('accountHealth.lines.conflict')}
              </p>
            )}
            {isApiError(save.error, 'BAD_USER_INPUT') && (
              <p className="notice notice--error" role="alert">
                {t('accountHealth.lines.refused')}
              </p>
            )}
            {save.error && !isApiError(save.error, 'CONFLICT') && !isApiError(save.error, 'BAD_USER_INPUT') && (
              <p className="notice notice--error" role="alert">
                {t('accountHealth.lines.failed')}
              </p>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
