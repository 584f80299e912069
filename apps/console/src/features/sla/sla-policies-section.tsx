import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaClockKind, SlaHours, TicketChannel } from '@lifeline/api-contract';
import type { SlaPolicy, SlaTarget } from '../../api/sla.api';
import { useStores } from '../stores/useStores';
import { SaveError } from './sla-form-errors';
import { useDeleteSlaPolicy, useSaveSlaPolicy, useSlaPolicies } from './useSlaSettings';

const CHANNELS: TicketChannel[] = ['BUYER_MESSAGE', 'A_TO_Z_CLAIM', 'CHARGEBACK', 'RETURN_REQUEST', 'NEGATIVE_FEEDBACK', 'ACCOUNT_HEALTH_NOTICE'];

/** "24 h", "90 min", "3 d": targets as sellers read them. */
export function formatTarget(minutes: number): string {
  // Amazon words the buyer-message target as 24 hours, so days only from two.
  if (minutes >= 2880 && minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return minutes > 60 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`;
}

function WarningText({ target }: { target: SlaTarget }) {
  const { t } = useTranslation();
  if (target.warning.elapsedPercent != null) return <>{t('slaSettings.warnPercent', { percent: target.warning.elapsedPercent })}</>;
  if (target.warning.minutesBeforeDue != null) return <>{t('slaSettings.warnBefore', { duration: formatTarget(target.warning.minutesBeforeDue) })}</>;
  return <>—</>;
}

function EscalationText({ target }: { target: SlaTarget }) {
  const { t } = useTranslation();
  if (!target.escalation.length) return <span className="muted">{t('slaSettings.noEscalation')}</span>;
  return (
    <>
      {target.escalation.map((level) => (
        <span key={level.level} className="escalation-level">
          {t('slaSettings.level', { level: level.level })} · {t(`slaSettings.trigger.${level.on}`)}: {level.actions.map((a) => t(`slaSettings.action.${a}`)).join(', ')}
        </span>
      ))}
    </>
  );
}

function TargetsTable({ targets }: { targets: readonly SlaTarget[] }) {
  const { t } = useTranslation();
  return (
    <table className="table table--compact">
      <thead>
        <tr>
          <th scope="col">{t('slaSettings.column.kind')}</th>
          <th scope="col">{t('slaSettings.column.target')}</th>
          <th scope="col">{t('slaSettings.column.hours')}</th>
          <th scope="col">{t('slaSettings.column.warning')}</th>
          <th scope="col">{t('slaSettings.column.escalation')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={target.kind} className={target.enabled ? undefined : 'muted'}>
            <th scope="row">{t(`sla.kind.${target.kind}`)}</th>
            <td className="mono">{target.enabled ? formatTarget(target.targetMinutes) : t('slaSettings.off')}</td>
            <td>{t(`slaSettings.hours.${target.hours}`)}</td>
            <td>
              <WarningText target={target} />
            </td>
            <td>
              <EscalationText target={target} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface TargetDraft {
  kind: SlaClockKind;
  enabled: boolean;
  targetHours: string;
  hours: SlaHours;
  warnMode: 'percent' | 'before';
  warnValue: string;
  escalation: SlaTarget['escalation'];
}

const toDraft = (target: SlaTarget): TargetDraft => ({
  kind: target.kind,
  enabled: target.enabled,
  targetHours: String(+(target.targetMinutes / 60).toFixed(2)),
  hours: target.hours,
  warnMode: target.warning.minutesBeforeDue != null ? 'before' : 'percent',
  warnValue: String(target.warning.minutesBeforeDue ?? target.warning.elapsedPercent ?? 75),
  escalation: target.escalation,
});

/** Light checks before the API's own: positive numbers, a percentage under 100. */
function draftProblem(draft: TargetDraft): string | null {
  const hours = Number(draft.targetHours);
  const warn = Number(draft.warnValue);
  if (!(hours > 0)) return 'slaSettings.invalid.target';
  if (!(warn > 0) || (draft.warnMode === 'percent' && warn >= 100)) return 'slaSettings.invalid.warning';
  return null;
}

function PolicyForm({ policy, defaults, onDone }: { policy: SlaPolicy | null; defaults: readonly SlaTarget[]; onDone: () => void }) {
  const { t } = useTranslation();
  const stores = useStores();
  const save = useSaveSlaPolicy();
  const [name, setName] = useState(policy?.name ?? '');
  const [storeId, setStoreId] = useState(policy?.storeId ?? '');
  const [channel, setChannel] = useState<string>(policy?.channel ?? '');
  const [targets, setTargets] = useState<TargetDraft[]>(() => (policy?.targets ?? defaults).map(toDraft));
  const [tried, setTried] = useState(false);
  const update = (kind: SlaClockKind, patch: Partial<TargetDraft>) => setTargets((all) => all.map((d) => (d.kind === kind ? { ...d, ...patch } : d)));
  const problems = targets.map(draftProblem);
  const invalid = !name.trim() || problems.some(Boolean);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (invalid) return;
    save.mutate(
      {
        ...(policy ? { id: policy.id, version: policy.version } : {}),
        name: name.trim(),
        storeId: storeId || null,
        channel: (channel || null) as TicketChannel | null,
        targets: targets.map((d) => ({
          kind: d.kind,
          enabled: d.enabled,
          targetMinutes: Math.round(Number(d.targetHours) * 60),
          hours: d.hours,
          warning: d.warnMode === 'percent' ? { elapsedPercent: Number(d.warnValue) } : { minutesBeforeDue: Math.round(Number(d.warnValue)) },
          escalation: d.escalation.map(({ level, on, actions }) => ({ level, on, actions })),
        })),
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="form sla-form" onSubmit={submit} aria-label={policy ? t('slaSettings.editPolicy') : t('slaSettings.newPolicy')}>
      <div className="sla-form__row">
        <label className="field">
          <span className="field__label">{t('slaSettings.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} aria-invalid={tried && !name.trim()} required />
        </label>
        <label className="field">
          <span className="field__label">{t('slaSettings.store')}</span>
          <select value={storeId} onChange={(e) => setStoreId(e.target.value)}>
            <option value="">{t('slaSettings.allStores')}</option>
            {(stores.data ?? []).map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('slaSettings.channel')}</span>
          <select value={channel} onChange={(e) => setChannel(e.target.value)}>
            <option value="">{t('slaSettings.allChannels')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`channel.${c}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('slaSettings.column.kind')}</th>
            <th scope="col">{t('slaSettings.column.on')}</th>
            <th scope="col">{t('slaSettings.column.targetHours')}</th>
            <th scope="col">{t('slaSettings.column.hours')}</th>
            <th scope="col">{t('slaSettings.column.warning')}</th>
            <th scope="col">{t('slaSettings.column.escalation')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((d, index) => (
            <tr key={d.kind}>
              <th scope="row">{t(`sla.kind.${d.kind}`)}</th>
              <td>
                <input type="checkbox" checked={d.enabled} aria-label={t('slaSettings.enabledFor', { kind: t(`sla.kind.${d.kind}`) })} onChange={(e) => update(d.kind, { enabled: e.target.checked })} />
              </td>
              <td>
                <input
                  className="input--narrow"
                  type="number"
                  min="0.25"
                  step="0.25"
                  value={d.targetHours}
                  aria-label={t('slaSettings.targetFor', { kind: t(`sla.kind.${d.kind}`) })}
                  aria-invalid={tried && problems[index] === 'slaSettings.invalid.target'}
                  onChange={(e) => update(d.kind, { targetHours: e.target.value })}
                />
              </td>
              <td>
                <select value={d.hours} onChange={(e) => update(d.kind, { hours: e.target.value as SlaHours })} aria-label={t('slaSettings.column.hours')}>
                  <option value="CALENDAR">{t('slaSettings.hours.CALENDAR')}</option>
                  <option value="BUSINESS">{t('slaSettings.hours.BUSINESS')}</option>
                </select>
              </td>
              <td className="sla-form__warning">
                <input
                  className="input--narrow"
                  type="number"
                  min="1"
                  value={d.warnValue}
                  aria-label={t('slaSettings.warningFor', { kind: t(`sla.kind.${d.kind}`) })}
                  aria-invalid={tried && problems[index] === 'slaSettings.invalid.warning'}
                  onChange={(e) => update(d.kind, { warnValue: e.target.value })}
                />
                <select value={d.warnMode} onChange={(e) => update(d.kind, { warnMode: e.target.value as TargetDraft['warnMode'] })} aria-label={t('slaSettings.warnMode')}>
                  <option value="percent">{t('slaSettings.warnModePercent')}</option>
                  <option value="before">{t('slaSettings.warnModeBefore')}</option>
                </select>
                {tried && problems[index] && <span className="error-text">{t(problems[index]!)}</span>}
              </td>
              <td>
                <EscalationText target={{ ...(defaults[0] as SlaTarget), escalation: d.escalation }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SaveError error={save.error} />
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('slaSettings.saving') : t('slaSettings.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('slaSettings.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Settings → SLA policies: targets per store and channel (admins edit; supervisors read). */
export function SlaPoliciesSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const policies = useSlaPolicies();
  const stores = useStores();
  const remove = useDeleteSlaPolicy();
  const [editing, setEditing] = useState<SlaPolicy | 'new' | null>(null);
  const storeName = (id: string | null | undefined) => (id ? (stores.data?.find((s) => s.id === id)?.name ?? id) : t('slaSettings.allStores'));

  return (
    <section className="panel" aria-labelledby="settings-sla-policies">
      <header className="panel__header panel__header--row">
        <div>
          <h2 id="settings-sla-policies">{t('slaSettings.policies')}</h2>
          <p className="panel__hint">{t('slaSettings.policiesHint')}</p>
        </div>
        {canEdit && editing === null && (
          <button type="button" className="button button--small" onClick={() => setEditing('new')}>
            {t('slaSettings.newPolicy')}
          </button>
        )}
      </header>
      {policies.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : policies.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : (
        <>
          {editing !== null && (
            <PolicyForm
              key={editing === 'new' ? 'new' : editing.id}
              // The latest version read: after a CONFLICT the refetch lands here, so the next save can go through.
              policy={editing === 'new' ? null : (policies.data.slaPolicies.find((p) => p.id === editing.id) ?? editing)}
              defaults={policies.data.defaultSlaTargets}
              onDone={() => setEditing(null)}
            />
          )}
          {policies.data.slaPolicies.length === 0 && (
            <div className="sla-policy">
              <h3>{t('slaSettings.defaults')}</h3>
              <TargetsTable targets={policies.data.defaultSlaTargets} />
            </div>
          )}
          {policies.data.slaPolicies.map((policy) => (
            <div key={policy.id} className="sla-policy" data-policy-id={policy.id}>
              <div className="sla-policy__head">
                <h3>
                  {policy.name} <span className="muted">· {storeName(policy.storeId)} · {policy.channel ? t(`channel.${policy.channel}`) : t('slaSettings.allChannels')}</span>
                </h3>
                {canEdit && (
                  <span className="sla-policy__actions">
                    <button type="button" className="button button--small" onClick={() => setEditing(policy)}>
                      {t('slaSettings.edit')}
                    </button>
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      disabled={remove.isPending}
                      onClick={() => window.confirm(t('slaSettings.confirmDelete', { name: policy.name })) && remove.mutate(policy.id)}
                    >
                      {t('slaSettings.delete')}
                    </button>
                  </span>
                )}
              </div>
              <TargetsTable targets={policy.targets} />
            </div>
          ))}
          <SaveError error={remove.error} />
        </>
      )}
    </section>
  );
}
