import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ClaimCaseStatus } from '@lifeline/api-contract';
import type { ClaimCard } from '../../api/claims.api';
import { formatDateTime } from '../../i18n/format';
import { ClaimDeadline } from './claim-deadline';
import { useClaimsColumn } from './useClaimsColumn';

const COLUMNS: readonly ClaimCaseStatus[] = ['OPEN', 'RESPONDED', 'APPEALED', 'DECIDED'];
/** A column reads its claims a page at a time; past this many pages it says the list is partial. */
const MAX_PAGES = 5;

function ClaimCardView({ claim }: { claim: ClaimCard }) {
  const { t, i18n } = useTranslation();
  const title = `${t(`claim.kind.${claim.kind}`)} ${claim.marketplaceClaimId}`;
  return (
    <li className="claim-card" data-claim-id={claim.id} data-status={claim.caseStatus} aria-label={title}>
      <div className="claim-card__head">
        <span className={`claim-kind claim-kind--${claim.kind.toLowerCase()}`}>{t(`claim.kind.${claim.kind}`)}</span>
        <ClaimDeadline dueAt={claim.dueAt} deadlineKind={claim.deadlineKind} />
      </div>
      <div className="claim-card__order">
        {claim.ticketId ? <Link to={`/tickets/${claim.ticketId}`}>{t('claim.order', { orderId: claim.marketplaceOrderId })}</Link> : t('claim.order', { orderId: claim.marketplaceOrderId })}
      </div>
      <div className="claim-card__meta muted">
        {claim.store.name}
        {claim.amount && ` · ${claim.amount} ${claim.currency ?? ''}`} · {t('claim.openedAt', { time: formatDateTime(claim.openedAt, i18n.language) })}
      </div>
      {claim.decision && (
        <div className={`claim-card__decision claim-decision claim-decision--${claim.countsInOdr ? 'defect' : 'clear'}`}>
          {t(`claim.decision.${claim.decision}`)} · {claim.countsInOdr ? t('claim.countsInOdr') : t('claim.leftOdr')}
        </div>
      )}
      {!claim.ticketId && <div className="claim-card__meta muted">{t('claim.noTicket')}</div>}
    </li>
  );
}

function ClaimsColumn({ status }: { status: ClaimCaseStatus }) {
  const { t } = useTranslation();
  const column = useClaimsColumn(status);
  const pages = column.data?.pages.length ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = column;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && pages < MAX_PAGES) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, pages, fetchNextPage]);
  const rows = column.data?.pages.flatMap((p) => p.rows) ?? [];
  return (
    <section className="claims-column" aria-labelledby={`claims-column-${status}`} data-testid={`claims-column-${status}`}>
      <header className="claims-column__header">
        <h2 id={`claims-column-${status}`}>{t(`claim.status.${status}`)}</h2>
        <span className="claims-column__count">{rows.length}</span>
      </header>
      {column.isPending ? (
        <p className="muted">{t('app.loading')}</p>
      ) : column.isError ? (
        <p className="error-text" role="alert">
          {t('app.loadFailed')}{' '}
          <button type="button" className="button button--link" onClick={() => void column.refetch()}>
            {t('app.retry')}
          </button>
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">{t('claims.columnEmpty')}</p>
      ) : (
        <ul className="plain-list claims-column__cards">
          {rows.map((claim) => (
            <ClaimCardView key={claim.id} claim={claim} />
          ))}
        </ul>
      )}
      {hasNextPage && pages >= MAX_PAGES && <p className="muted">{t('claims.partial')}</p>}
    </section>
  );
}

/**
 * The claims board: A-to-z claims and chargebacks by case status, nearest deadline first, with live
 * countdowns. Live: `claim.changed` invalidates every column.
 */
export function ClaimsPage() {
  const { t } = useTranslation();
  return (
    <section className="screen screen--wide">
      <header className="screen__header">
        <h1 tabIndex={-1}>{t('claims.title')}</h1>
        <p className="screen__hint">{t('claims.hint')}</p>
      </header>
      <div className="claims-board">
        {COLUMNS.map((status) => (
          <ClaimsColumn key={status} status={status} />
        ))}
      </div>
    </section>
  );
}
