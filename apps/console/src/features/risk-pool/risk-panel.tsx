import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TicketDetail } from '../../api/tickets.api';
import { RiskDeadline, RiskReasonChips, RiskScore } from './risk-bits';
import { ClaimCell } from './risk-pool-page';
import { useOrderRisk } from './useOrderRisk';
import { useRiskOrderAction } from './useRiskOrderAction';
import { useRiskSettings } from './useRiskSettings';

/** The ticket view's risk card: the order's score, its reasons as chips, the deadline and who works it. */
export function RiskPanel({ ticket }: { ticket: Pick<TicketDetail, 'marketplaceOrderId' | 'store'> }) {
  const { t } = useTranslation();
  const risk = useOrderRisk(ticket.store.id, ticket.marketplaceOrderId);
  const threshold = useRiskSettings().data?.threshold;
  const [notice, setNotice] = useState<string | null>(null);
  const act = useRiskOrderAction();
  if (!ticket.marketplaceOrderId) return null;
  const data = risk.data;
  return (
    <section className="panel side-card" aria-labelledby="risk-panel-title" data-testid="risk-panel">
      <header className="panel__header">
        <h2 id="risk-panel-title">{t('risk.panelTitle')}</h2>
      </header>
      {risk.isPending ? (
        <p className="muted panel__body">{t('app.loading')}</p>
      ) : risk.isError ? (
        <p className="error-text panel__body" role="alert">
          {t('app.loadFailed')}
        </p>
      ) : !data ? (
        <p className="muted panel__body">{t('risk.notScored')}</p>
      ) : (
        <div className="panel__body">
          <div className="risk-panel__score">
            <RiskScore score={data.score} threshold={threshold} />
            <span className={data.inPool ? 'risk-panel__pool' : 'muted'}>
              {data.resolvedAt ? t('risk.handled') : data.inPool ? <Link to="/risk-pool">{t('risk.inPool')}</Link> : t('risk.notInPool')}
            </span>
          </div>
          {data.reasons.length === 0 ? <p className="muted">{t('risk.noReasons')}</p> : <RiskReasonChips reasons={data.reasons} />}
          {data.nextDeadline && (
            <p>
              <RiskDeadline risk={data} />
            </p>
          )}
          {data.resolvedAt ? (
            <button
              type="button"
              className="button button--small"
              disabled={act.isPending}
              onClick={() => act.mutate({ action: 'reopen', id: data.id, version: data.version }, { onError: () => setNotice(t('risk.changedMeanwhile')) })}
            >
              {t('risk.reopen')}
            </button>
          ) : (
            <ClaimCell entry={data} onError={setNotice} />
          )}
          {notice && (
            <p className="error-text" role="alert">
              {notice}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
