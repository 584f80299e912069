import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimDecision } from '@lifeline/api-contract';
import type { ClaimDetail } from '../../api/claims.api';
import { formatDateTime } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { ClaimDeadline } from './claim-deadline';
import { CaseError } from './claim-error';
import { useAppealClaim } from './useAppealClaim';
import { useDecideClaim } from './useDecideClaim';
import { useRespondToClaim } from './useRespondToClaim';
import { useTicketClaim } from './useTicketClaim';

const DECISIONS: readonly ClaimDecision[] = ['FOR_SELLER', 'WITHDRAWN', 'FOR_BUYER_SELLER_FUNDED', 'FOR_BUYER_AMAZON_FUNDED'];
const MARK = { PRESENT: '✓', MISSING: '✗', NOT_APPLICABLE: '–' } as const;

function Evidence({ claim }: { claim: ClaimDetail }) {
  const { t } = useTranslation();
  return (
    <div className="side-card__section">
      <h3>{t('claim.evidence.title')}</h3>
      <ul className="plain-list claim-evidence" aria-label={t('claim.evidence.title')}>
        {claim.evidence.map((item) => (
          <li key={item.key} className={`claim-evidence__item claim-evidence__item--${item.state.toLowerCase()}`} data-key={item.key} data-state={item.state}>
            <span className="claim-evidence__mark" aria-label={t(`claim.evidence.state.${item.state}`)} role="img">
              {MARK[item.state]}
            </span>{' '}
            <strong>{t(`claim.evidence.item.${item.key}`)}</strong>
            <div className="claim-evidence__detail muted">{item.detail}</div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function History({ claim }: { claim: ClaimDetail }) {
  const { t, i18n } = useTranslation();
  if (claim.history.length === 0) return null;
  return (
    <div className="side-card__section">
      <h3>{t('claim.history.title')}</h3>
      <ol className="plain-list claim-history">
        {claim.history.map((h, i) => (
          <li key={i}>
            <time dateTime={h.at}>{formatDateTime(h.at, i18n.language)}</time> · {t(`claim.history.${h.action}`)}
            {h.decision && ` · ${t(`claim.decision.${h.decision}`)}`}
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The claim a ticket works: status, deadline, the evidence checklist, the response, the decision buttons
 * (supervisors) and the appeal. Each change is versioned; a decision moves ODR at once.
 */
export function ClaimPanel({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const query = useTicketClaim(ticketId);
  const respond = useRespondToClaim();
  const decide = useDecideClaim();
  const appeal = useAppealClaim();
  const [response, setResponse] = useState('');
  const [appealText, setAppealText] = useState('');
  const claim = query.data;
  if (query.isPending || !claim) return null;
  const supervisor = me.data?.role === 'SUPERVISOR' || me.data?.role === 'ADMIN';
  const error = respond.error ?? decide.error ?? appeal.error;
  const base = { id: claim.id, version: claim.version };
  const busy = respond.isPending || decide.isPending || appeal.isPending;

  const onRespond = (event: FormEvent) => {
    event.preventDefault();
    if (!response.trim()) return;
    respond.mutate({ ...base, response: response.trim() }, { onSuccess: () => setResponse('') });
  };
  const onAppeal = (event: FormEvent) => {
    event.preventDefault();
    if (!appealText.trim()) return;
    appeal.mutate({ ...base, text: appealText.trim() }, { onSuccess: () => setAppealText('') });
  };

  return (
    <section className="panel side-card claim-panel" aria-labelledby="claim-title" data-status={claim.caseStatus}>
      <header className="panel__header panel__header--row">
        <h2 id="claim-title">
          {t(`claim.kind.${claim.kind}`)} {claim.marketplaceClaimId}
        </h2>
        <span className={`claim-status claim-status--${claim.caseStatus.toLowerCase()}`} data-testid="claim-status">
          {t(`claim.status.${claim.caseStatus}`)}
        </span>
      </header>
      <div className="panel__body">
        <ClaimDeadline dueAt={claim.dueAt} deadlineKind={claim.deadlineKind} />
        <dl className="claim-facts">
          <dt>{t('claim.facts.amount')}</dt>
          <dd>{claim.amount ? `${claim.amount} ${claim.currency ?? ''}` : '—'}</dd>
          <dt>{t('claim.facts.opened')}</dt>
          <dd>{formatDateTime(claim.openedAt, i18n.language)}</dd>
          <dt>{t('claim.facts.respondBy')}</dt>
          <dd>{formatDateTime(claim.respondBy, i18n.language)}</dd>
          {claim.decision && (
            <>
              <dt>{t('claim.facts.decision')}</dt>
              <dd data-testid="claim-decision">
                {t(`claim.decision.${claim.decision}`)} · {claim.countsInOdr ? t('claim.countsInOdr') : t('claim.leftOdr')}
              </dd>
            </>
          )}
          {claim.appealBy && (
            <>
              <dt>{t('claim.facts.appealBy')}</dt>
              <dd>{formatDateTime(claim.appealBy, i18n.language)}</dd>
            </>
          )}
        </dl>
        {claim.responseText && (
          <div className="side-card__section">
            <h3>{t('claim.response.sent')}</h3>
            <p className="claim-text">{claim.responseText}</p>
          </div>
        )}
      </div>
      <Evidence claim={claim} />
      {(claim.caseStatus === 'OPEN' || claim.caseStatus === 'RESPONDED') && (
        <form className="note-form" onSubmit={onRespond}>
          <textarea aria-label={t('claim.response.label')} placeholder={t('claim.response.placeholder')} rows={3} value={response} onChange={(e) => setResponse(e.target.value)} />
          <button type="submit" className="button button--small" disabled={!response.trim() || busy}>
            {t('claim.response.submit')}
          </button>
        </form>
      )}
      {claim.caseStatus !== 'DECIDED' && (
        <div className="side-card__section">
          <h3>{claim.caseStatus === 'APPEALED' ? t('claim.decide.appealTitle') : t('claim.decide.title')}</h3>
          {supervisor ? (
            <div className="button-row claim-decide" role="group" aria-label={t('claim.decide.title')}>
              {DECISIONS.map((decision) => (
                <button key={decision} type="button" className="button button--small" disabled={busy} onClick={() => decide.mutate({ ...base, decision })}>
                  {t(`claim.decision.${decision}`)}
                </button>
              ))}
            </div>
          ) : (
            <p className="muted side-card__hint">{t('claim.decide.supervisorsOnly')}</p>
          )}
        </div>
      )}
      {claim.caseStatus === 'DECIDED' && claim.appealable && supervisor && (
        <form className="note-form" onSubmit={onAppeal}>
          <textarea aria-label={t('claim.appeal.label')} placeholder={t('claim.appeal.placeholder')} rows={3} value={appealText} onChange={(e) => setAppealText(e.target.value)} />
          <button type="submit" className="button button--small" disabled={!appealText.trim() || busy}>
            {t('claim.appeal.submit')}
          </button>
        </form>
      )}
      {claim.caseStatus === 'DECIDED' && !claim.appealable && claim.appealRefusal && <p className="muted side-card__hint">{t('claim.appeal.notAppealable')}</p>}
      <CaseError error={error} />
      <History claim={claim} />
    </section>
  );
}
