import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompensationKind, RequestCompensationInput } from '@lifeline/api-contract';
import { isAboveLeft } from './compensation-format';
import { COMPENSATION_KIND_VALUES, type CompensationAction } from './compensation-labels';
import { useCompensationHeadroom } from './useCompensationHeadroom';
import { useEditCompensation } from './useEditCompensation';
import { useRequestCompensation } from './useRequestCompensation';

interface Draft {
  kind: CompensationKind;
  by: 'amount' | 'percent';
  amount: string;
  percent: string;
  itemCost: string;
  shippingCost: string;
  couponValue: string;
  labelCost: string;
  /** Empty: the order's currency. */
  currency: string;
  reason: string;
}

const EMPTY: Draft = { kind: 'PARTIAL_REFUND', by: 'amount', amount: '', percent: '', itemCost: '', shippingCost: '', couponValue: '', labelCost: '', currency: '', reason: '' };

/** What the draft costs as entered, for the limit hint (the API computes the real cost). */
function enteredCost(d: Draft): string | null {
  switch (d.kind) {
    case 'PARTIAL_REFUND':
      return d.by === 'amount' ? d.amount : null;
    case 'COUPON':
      return d.couponValue;
    case 'PREPAID_RETURN_LABEL':
      return d.labelCost;
    case 'RESHIPMENT':
    case 'REPLACEMENT': {
      const sum = Number(d.itemCost || 0) + Number(d.shippingCost || 0);
      return Number.isFinite(sum) ? sum.toFixed(2) : null;
    }
    case 'FULL_REFUND':
      return null;
  }
}

/** A waiting request as the form shows it for a change. */
function draftOf(a: CompensationAction): Draft {
  const amount = a.amount ?? '';
  return {
    ...EMPTY,
    kind: a.kind,
    by: a.percent !== null ? 'percent' : 'amount',
    amount: a.kind === 'PARTIAL_REFUND' ? amount : '',
    percent: a.percent !== null ? String(a.percent) : '',
    itemCost: a.kind === 'RESHIPMENT' || a.kind === 'REPLACEMENT' ? amount : '',
    shippingCost: a.shippingCost ?? '',
    couponValue: a.kind === 'COUPON' ? amount : '',
    labelCost: a.kind === 'PREPAID_RETURN_LABEL' ? amount : '',
    currency: a.currency,
    reason: a.reason,
  };
}

type Offer = Omit<RequestCompensationInput, 'ticketId'>;

function offerOf(d: Draft): Offer {
  const base = { kind: d.kind, reason: d.reason.trim(), currency: d.currency.trim().toUpperCase() || null };
  switch (d.kind) {
    case 'PARTIAL_REFUND':
      return d.by === 'amount' ? { ...base, amount: d.amount.trim() } : { ...base, percent: Number(d.percent) };
    case 'RESHIPMENT':
    case 'REPLACEMENT':
      return { ...base, itemCost: d.itemCost.trim(), shippingCost: d.shippingCost.trim() || '0' };
    case 'COUPON':
      return { ...base, couponValue: d.couponValue.trim() };
    case 'PREPAID_RETURN_LABEL':
      return { ...base, labelCost: d.labelCost.trim() };
    case 'FULL_REFUND':
      return base;
  }
}

/**
 * Offer compensation on the ticket's order, with the limit hint beside it; given `editing`, change that
 * waiting request instead (the limit is checked again without it).
 */
export function CompensationForm({ ticketId, editing, onResult }: { ticketId: string; editing?: CompensationAction; onResult: (error: unknown) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing) : EMPTY));
  const currency = draft.currency.trim().toUpperCase() || null;
  const headroom = useCompensationHeadroom(ticketId, currency);
  const request = useRequestCompensation();
  const edit = useEditCompensation();
  const pending = request.isPending || edit.isPending;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const hint = headroom.data;
  const cost = enteredCost(draft);
  // Editing: the request itself is already counted in what the hint says is granted.
  const needsApproval = cost !== null && hint && !editing ? isAboveLeft(cost, hint.left) : false;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const offer = offerOf(draft);
    if (editing) {
      edit.mutate({ ...offer, ticketId, id: editing.id, version: editing.version }, { onSuccess: () => onResult(null), onError: onResult });
      return;
    }
    request.mutate({ ticketId, ...offer }, {
      onSuccess: () => {
        setDraft({ ...EMPTY, currency: draft.currency });
        onResult(null);
      },
      onError: onResult,
    });
  };

  const money = (field: 'amount' | 'itemCost' | 'shippingCost' | 'couponValue' | 'labelCost') => (
    <label className="field">
      <span className="field__label">{t(`compensation.field.${field}`)}</span>
      <input type="text" inputMode="decimal" value={draft[field]} placeholder="0.00" onChange={(event) => set({ [field]: event.target.value })} />
    </label>
  );

  return (
    <form className="compensation-form" onSubmit={onSubmit} aria-label={editing ? t('compensation.changeLabel') : t('compensation.formLabel')}>
      <div className="compensation-form__row">
        <label className="field">
          <span className="field__label">{t('compensation.field.kind')}</span>
          <select value={draft.kind} onChange={(event) => set({ kind: event.target.value as CompensationKind })}>
            {COMPENSATION_KIND_VALUES.map((k) => (
              <option key={k} value={k}>
                {t(`compensation.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field compensation-form__currency">
          <span className="field__label">{t('compensation.field.currency')}</span>
          <input type="text" maxLength={3} value={draft.currency} placeholder={hint?.orderCurrency ?? 'EUR'} onChange={(event) => set({ currency: event.target.value.toUpperCase() })} />
        </label>
      </div>
      {draft.kind === 'PARTIAL_REFUND' && (
        <fieldset className="compensation-form__by">
          <legend className="field__label">{t('compensation.field.refundBy')}</legend>
          <label>
            <input type="radio" name="refund-by" checked={draft.by === 'amount'} onChange={() => set({ by: 'amount' })} /> {t('compensation.field.byAmount')}
          </label>
          <label>
            <input type="radio" name="refund-by" checked={draft.by === 'percent'} onChange={() => set({ by: 'percent' })} /> {t('compensation.field.byPercent')}
          </label>
        </fieldset>
      )}
      <div className="compensation-form__row">
        {draft.kind === 'PARTIAL_REFUND' && draft.by === 'amount' && money('amount')}
        {draft.kind === 'PARTIAL_REFUND' && draft.by === 'percent' && (
          <label className="field">
            <span className="field__label">{t('compensation.field.percent')}</span>
            <input type="number" min={0.01} max={100} step={0.01} value={draft.percent} onChange={(event) => set({ percent: event.target.value })} />
          </label>
        )}
        {(draft.kind === 'RESHIPMENT' || draft.kind === 'REPLACEMENT') && (
          <>
            {money('itemCost')}
            {money('shippingCost')}
          </>
        )}
        {draft.kind === 'COUPON' && money('couponValue')}
        {draft.kind === 'PREPAID_RETURN_LABEL' && money('labelCost')}
        {draft.kind === 'FULL_REFUND' && hint?.orderValue && (
          <p className="muted">{t('compensation.fullRefundOf', { value: hint.orderValue, currency: hint.orderCurrency })}</p>
        )}
      </div>
      <label className="field">
        <span className="field__label">{t('compensation.field.reason')}</span>
        <textarea rows={2} value={draft.reason} maxLength={1000} onChange={(event) => set({ reason: event.target.value })} />
      </label>
      {hint && (
        <p className="compensation-form__hint" data-testid="compensation-hint">
          {hint.limit === null
            ? t('compensation.hintUnlimited', { granted: hint.alreadyGranted, currency: hint.currency })
            : t('compensation.hint', { limit: hint.limit, granted: hint.alreadyGranted, currency: hint.currency })}
        </p>
      )}
      {needsApproval && (
        <p className="notice notice--warn" role="status">
          {t('compensation.needsApproval')}
        </p>
      )}
      <button type="submit" className="button button--primary button--small" disabled={pending || !draft.reason.trim()}>
        {pending ? t('compensation.requesting') : editing ? t('compensation.saveChange') : t('compensation.request')}
      </button>
    </form>
  );
}
