import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskReasonCode } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import type { RiskSettings } from '../../api/risk.api';
import { RISK_REASON_CODES } from './risk-pool-page';
import { useRiskSettings, useUpdateRiskSettings } from './useRiskSettings';

interface Draft {
  threshold: string;
  weights: Record<RiskReasonCode, string>;
}

const toDraft = (s: RiskSettings): Draft => ({
  threshold: String(s.threshold),
  weights: Object.fromEntries(s.weights.map((w) => [w.code, String(w.weight)])) as Record<RiskReasonCode, string>,
});

/** A whole number 0–100, or null. */
const points = (value: string): number | null => (/^\d{1,3}$/.test(value.trim()) && Number(value) <= 100 ? Number(value) : null);

function RiskSettingsForm({ settings }: { settings: RiskSettings }) {
  const { t } = useTranslation();
  const save = useUpdateRiskSettings();
  const [draft, setDraft] = useState(() => toDraft(settings));
  const [saved, setSaved] = useState(false);
  const invalid = [points(draft.threshold) === null ? 'threshold' : null, ...RISK_REASON_CODES.map((c) => (points(draft.weights[c] ?? '') === null ? c : null))].filter(
    (x): x is string => x !== null,
  );
  const serverFields = isApiError(save.error, 'BAD_USER_INPUT')
    ? ((save.error.errors[0]?.extensions?.fields as { field: string; message: string }[] | undefined) ?? [])
    : [];

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (invalid.length) return;
    save.mutate(
      {
        version: settings.version,
        settings: { threshold: points(draft.threshold)!, weights: RISK_REASON_CODES.map((code) => ({ code, weight: points(draft.weights[code])! })) },
      },
      { onSuccess: (next) => (setDraft(toDraft(next)), setSaved(true)) },
    );
  };

  return (
    <form className="form panel__body risk-settings" onSubmit={submit} aria-label={t('risk.settings.title')}>
      <label className="field">
        <span className="field__label">{t('risk.settings.threshold')}</span>
        <input
          inputMode="numeric"
          value={draft.threshold}
          aria-invalid={invalid.includes('threshold')}
          onChange={(e) => setDraft((d) => ({ ...d, threshold: e.target.value }))}
        />
      </label>
      <p className="panel__hint">{t('risk.settings.weightsHint')}</p>
      <div className="risk-settings__weights">
        {RISK_REASON_CODES.map((code) => (
          <label key={code} className="field">
            <span className="field__label">{t(`risk.code.${code}`)}</span>
            <input
              inputMode="numeric"
              value={draft.weights[code] ?? ''}
              aria-invalid={invalid.includes(code)}
              onChange={(e) => setDraft((d) => ({ ...d, weights: { ...d.weights, [code]: e.target.value } }))}
            />
          </label>
        ))}
      </div>
      {invalid.length > 0 && <p className="form__error">{t('risk.settings.invalid')}</p>}
      {serverFields.length > 0 && (
        <ul className="form__error">
          {serverFields.map((f) => (
            <li key={f.field}>
              {f.field}: {f.message}
            </li>
          ))}
        </ul>
      )}
      {isApiError(save.error, 'CONFLICT') && <p className="form__error">{t('risk.settings.conflict')}</p>}
      {saved && <p className="muted">{t('risk.settings.saved')}</p>}
      <div>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('risk.settings.saving') : t('risk.settings.save')}
        </button>
      </div>
    </form>
  );
}

/** Settings: the pool threshold and each reason's weight (admins edit; supervisors read). */
export function RiskSettingsSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const settings = useRiskSettings();
  return (
    <section className="panel" aria-labelledby="settings-risk">
      <header className="panel__header">
        <h2 id="settings-risk">{t('risk.settings.title')}</h2>
        <p className="panel__hint">{t('risk.settings.hint')}</p>
      </header>
      {settings.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : settings.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : canEdit ? (
        <RiskSettingsForm key={settings.data.version} settings={settings.data} />
      ) : (
        <dl className="facts panel__body">
          <dt>{t('risk.settings.threshold')}</dt>
          <dd>{settings.data.threshold}</dd>
          {settings.data.weights.map((w) => (
            <span key={w.code} style={{ display: 'contents' }}>
              <dt>{t(`risk.code.${w.code}`)}</dt>
              <dd>{w.weight}</dd>
            </span>
          ))}
        </dl>
      )}
    </section>
  );
}
