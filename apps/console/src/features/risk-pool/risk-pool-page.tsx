import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { RiskPoolFilterInput, RiskReasonCode } from '@lifeline/api-contract';
import { isApiError } from '../../api/api-error';
import type { RiskPoolEntry } from '../../api/risk.api';
import { languageName } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { useStores } from '../stores/useStores';
import { LanguageBadge, StatusBadge } from '../tickets/ticket-badges';
import { TICKET_LANGUAGES } from '../tickets/ticket-languages';
import { RiskDeadline, RiskReasonChips, RiskScore } from './risk-bits';
import { formatAmount } from './risk-format';
import { useRiskOrderAction, type RiskOrderActionInput } from './useRiskOrderAction';
import { useRiskPool } from './useRiskPool';
import { useRiskSettings } from './useRiskSettings';

/** Every reason code, in the order the scoring lists them (libs/domain RISK_REASON_CODES). */
export const RISK_REASON_CODES: readonly RiskReasonCode[] = [
  'OPEN_A_TO_Z_CLAIM',
  'OPEN_CHARGEBACK',
  'NEGATIVE_FEEDBACK_LEFT',
  'A_TO_Z_INTENT',
  'CHARGEBACK_INTENT',
  'NEGATIVE_FEEDBACK_THREAT',
  'ESCALATION_THREAT',
  'REFUND_INTENT',
  'RETURN_INTENT',
  'COMPLAINT_INTENT',
  'NEGATIVE_TONE',
  'NOT_DELIVERED_PAST_PROMISE',
  'DELIVERED_LATE',
  'LATE_SHIPMENT',
  'MISSING_TRACKING_SCAN',
  'RETURN_NOT_HANDLED',
  'REPEATED_CONTACTS',
  'HIGH_ORDER_VALUE',
];

type ClaimedFilter = 'all' | 'mine' | 'unclaimed';

/** The filters live in the URL, so a supervisor can send "German, unclaimed" as a link. */
function usePoolFilter(): [RiskPoolFilterInput, ClaimedFilter, (name: string, value: string) => void] {
  const [params, setParams] = useSearchParams();
  const claimed = (params.get('claimed') as ClaimedFilter | null) ?? 'all';
  const filter = useMemo<RiskPoolFilterInput>(
    () => ({
      storeId: params.get('store') || null,
      language: params.get('language') || null,
      reason: (params.get('reason') as RiskReasonCode | null) || null,
      mine: claimed === 'mine' || null,
      unclaimed: claimed === 'unclaimed' || null,
    }),
    [params, claimed],
  );
  const set = (name: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value && value !== 'all') next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
  return [filter, claimed, set];
}

/** What went wrong with a claim or release, in words an agent can act on ("Dieter is already on it"). */
function actionError(error: unknown, t: (key: string, values?: Record<string, unknown>) => string): string {
  if (isApiError(error, 'CONFLICT')) {
    const holder = error.errors[0]?.extensions?.claimedBy as { name?: string } | undefined;
    return holder?.name ? t('risk.claimedByOther', { name: holder.name }) : t('risk.changedMeanwhile');
  }
  if (isApiError(error, 'FORBIDDEN')) return t('risk.notYours');
  return t('risk.actionFailed');
}

export function ClaimCell({ entry, onError }: { entry: Pick<RiskPoolEntry, 'id' | 'version' | 'claimedBy'>; onError: (message: string | null) => void }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const act = useRiskOrderAction();
  const supervisor = me?.role === 'SUPERVISOR' || me?.role === 'ADMIN';
  const mine = entry.claimedBy?.id === me?.id;
  const run = (input: Omit<RiskOrderActionInput, 'id' | 'version'>) => {
    onError(null);
    act.mutate({ ...input, id: entry.id, version: entry.version }, { onError: (error) => onError(actionError(error, t)) });
  };
  return (
    <div className="risk-claim" data-testid="risk-claim">
      {entry.claimedBy ? (
        <span className="risk-claim__holder" data-testid="risk-holder">
          {mine ? t('risk.claimedByYou') : t('risk.claimedBy', { name: entry.claimedBy.name })}
        </span>
      ) : (
        <button type="button" className="button button--primary button--small" disabled={act.isPending} onClick={() => run({ action: 'claim' })}>
          {t('risk.claim')}
        </button>
      )}
      {entry.claimedBy && (mine || supervisor) && (
        <button type="button" className="button button--small" disabled={act.isPending} onClick={() => run({ action: 'release' })}>
          {t('risk.release')}
        </button>
      )}
      {(!entry.claimedBy || mine || supervisor) && (
        <button type="button" className="button button--ghost button--small" disabled={act.isPending} onClick={() => run({ action: 'resolve' })}>
          {t('risk.resolve')}
        </button>
      )}
    </div>
  );
}

export function RiskPoolPage() {
  const { t, i18n } = useTranslation();
  const [filter, claimed, setFilter] = usePoolFilter();
  const pool = useRiskPool(filter);
  const stores = useStores();
  const threshold = useRiskSettings().data?.threshold;
  const [notice, setNotice] = useState<string | null>(null);
  const rows = pool.data?.pages.flatMap((page) => page.rows) ?? [];

  return (
    <section className="screen screen--wide">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('riskPool.title')}</h1>
        <p className="screen__hint">{threshold === undefined ? t('riskPool.hint') : t('riskPool.hintThreshold', { threshold })}</p>
      </header>
      <div className="risk-filters" role="group" aria-label={t('riskPool.filters')}>
        <label className="field">
          <span className="field__label">{t('riskPool.filter.store')}</span>
          <select value={filter.storeId ?? ''} onChange={(e) => setFilter('store', e.target.value)}>
            <option value="">{t('riskPool.filter.allStores')}</option>
            {stores.data?.map((store) => (
              <option key={store.id} value={store.id}>
                {store.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('riskPool.filter.language')}</span>
          <select value={filter.language ?? ''} onChange={(e) => setFilter('language', e.target.value)}>
            <option value="">{t('riskPool.filter.allLanguages')}</option>
            {TICKET_LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {languageName(code, i18n.language)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('riskPool.filter.reason')}</span>
          <select value={filter.reason ?? ''} onChange={(e) => setFilter('reason', e.target.value)}>
            <option value="">{t('riskPool.filter.allReasons')}</option>
            {RISK_REASON_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`risk.code.${code}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('riskPool.filter.claimed')}</span>
          <select value={claimed} onChange={(e) => setFilter('claimed', e.target.value)}>
            <option value="all">{t('riskPool.filter.claimedAll')}</option>
            <option value="mine">{t('riskPool.filter.claimedMine')}</option>
            <option value="unclaimed">{t('riskPool.filter.unclaimed')}</option>
          </select>
        </label>
      </div>
      {notice && (
        <p className="notice notice--warn" role="alert">
          {notice}{' '}
          <button type="button" className="button button--link" onClick={() => setNotice(null)}>
            {t('risk.dismiss')}
          </button>
        </p>
      )}
      <section className="panel">
        {pool.isPending ? (
          <p className="muted panel__body">{t('app.loading')}</p>
        ) : pool.isError ? (
          <p className="error-text panel__body" role="alert">
            {t('app.loadFailed')}{' '}
            <button type="button" className="button button--link" onClick={() => void pool.refetch()}>
              {t('app.retry')}
            </button>
          </p>
        ) : rows.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('riskPool.empty')}</p>
            <p className="empty-state__hint">{t('riskPool.emptyHint')}</p>
          </div>
        ) : (
          <div className="risk-table-scroll">
            <table className="table table--risk" aria-label={t('riskPool.title')}>
              <thead>
                <tr>
                  <th scope="col">{t('riskPool.column.score')}</th>
                  <th scope="col">{t('riskPool.column.order')}</th>
                  <th scope="col">{t('riskPool.column.reasons')}</th>
                  <th scope="col">{t('riskPool.column.deadline')}</th>
                  <th scope="col">{t('riskPool.column.tickets')}</th>
                  <th scope="col">{t('riskPool.column.claim')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id} data-risk-id={row.id} data-order-id={row.marketplaceOrderId}>
                    <td>
                      <RiskScore score={row.score} threshold={threshold} />
                    </td>
                    <td>
                      <span className="mono">{row.marketplaceOrderId}</span>
                      <div className="muted">
                        {row.store.name} · {formatAmount(row.orderValue, row.currency, i18n.language)}{' '}
                        {row.language && <LanguageBadge language={row.language} />}
                      </div>
                    </td>
                    <td>
                      <RiskReasonChips reasons={row.reasons} max={4} />
                    </td>
                    <td>
                      <RiskDeadline risk={row} />
                    </td>
                    <td>
                      {row.tickets.length === 0 ? (
                        <span className="muted">{t('riskPool.noTickets')}</span>
                      ) : (
                        <ul className="risk-tickets">
                          {row.tickets.map((ticket) => (
                            <li key={ticket.id}>
                              <Link to={`/tickets/${ticket.id}`}>{ticket.subject}</Link> <StatusBadge status={ticket.status} />
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      <ClaimCell entry={row} onError={setNotice} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {pool.hasNextPage && (
          <div className="load-more">
            <button type="button" className="button" disabled={pool.isFetchingNextPage} onClick={() => void pool.fetchNextPage()}>
              {pool.isFetchingNextPage ? t('app.loading') : t('riskPool.loadMore')}
            </button>
          </div>
        )}
      </section>
    </section>
  );
}
