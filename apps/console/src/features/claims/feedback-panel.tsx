import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedbackRemovalReason, FeedbackRemovalResult } from '@lifeline/api-contract';
import { formatDateTime } from '../../i18n/format';
import { useMe } from '../auth/useMe';
import { CaseError } from './claim-error';
import { useRecordFeedbackRemovalOutcome } from './useRecordFeedbackRemovalOutcome';
import { useRequestFeedbackRemoval } from './useRequestFeedbackRemoval';
import { useTicketFeedback } from './useTicketFeedback';

const REASONS: readonly FeedbackRemovalReason[] = ['OBSCENE_LANGUAGE', 'SELLER_PERSONAL_INFORMATION', 'PRODUCT_REVIEW_ONLY', 'FBA_FULFILMENT_ONLY', 'BUY_SHIPPING_DELAY_ONLY'];
const OUTCOMES: readonly FeedbackRemovalResult[] = ['REMOVED', 'STRUCK_THROUGH', 'DENIED', 'BUYER_REMOVED'];

/**
 * The negative feedback a ticket works (DOMAIN.md §1.5): rating and comment, the removal grounds that may
 * apply with hints, the removal request and (supervisors) what Amazon or the buyer did, which moves ODR.
 */
export function FeedbackPanel({ ticketId }: { ticketId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const query = useTicketFeedback(ticketId);
  const request = useRequestFeedbackRemoval();
  const record = useRecordFeedbackRemovalOutcome();
  const [chosen, setChosen] = useState<FeedbackRemovalReason | ''>('');
  const f = query.data;
  if (query.isPending || !f) return null;
  const supervisor = me.data?.role === 'SUPERVISOR' || me.data?.role === 'ADMIN';
  const stands = f.removedAt === null && !f.struckThrough;
  const suggested = f.removalEligibility.reasons[0]?.reason;
  const reason = chosen || suggested || REASONS[0]!;
  const busy = request.isPending || record.isPending;
  const base = { feedbackId: f.id, version: f.version };

  return (
    <section className="panel side-card feedback-panel" aria-labelledby="feedback-title">
      <header className="panel__header panel__header--row">
        <h2 id="feedback-title">{t('feedback.title')}</h2>
        <span className="feedback-rating" aria-label={t('feedback.rating', { count: f.rating })}>
          {'★'.repeat(f.rating)}
          {'☆'.repeat(5 - f.rating)}
        </span>
      </header>
      <div className="panel__body">
        <blockquote className="feedback-comment">{f.comment ?? t('feedback.noComment')}</blockquote>
        <p className="muted">
          {t('feedback.leftAt', { time: formatDateTime(f.leftAt, i18n.language) })} · {f.countsInOdr ? t('feedback.countsInOdr') : t('feedback.leftOdr')}
        </p>
        {f.removalStatus && (
          <p data-testid="feedback-removal-status">
            {t(`feedback.status.${f.removalStatus}`)}
            {f.removalReason && ` · ${t(`feedback.reason.${f.removalReason}`)}`}
          </p>
        )}
      </div>
      <div className="side-card__section">
        <h3>{f.removalEligibility.eligible ? t('feedback.eligibility.eligible') : t('feedback.eligibility.notEligible')}</h3>
        <ul className="plain-list">
          {f.removalEligibility.reasons.map((r) => (
            <li key={r.reason}>
              ✓ {t(`feedback.reason.${r.reason}`)} ({t(`feedback.outcomeKind.${r.outcome}`)}){r.evidence.length > 0 && <span className="muted"> · {r.evidence.join(', ')}</span>}
            </li>
          ))}
          {f.removalEligibility.hints.map((h) => (
            <li key={h} className="muted">
              {t(`feedback.hint.${h}`)}
            </li>
          ))}
        </ul>
      </div>
      {stands && f.removalStatus !== 'REQUESTED' && (
        <div className="side-card__section feedback-request">
          <label>
            {t('feedback.request.reason')}{' '}
            <select value={reason} onChange={(e) => setChosen(e.target.value as FeedbackRemovalReason)}>
              {REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`feedback.reason.${r}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" className="button button--small" disabled={busy} onClick={() => request.mutate({ ...base, reason })}>
            {t('feedback.request.submit')}
          </button>
        </div>
      )}
      {stands && supervisor && (
        <div className="side-card__section">
          <h3>{t('feedback.outcome.title')}</h3>
          <div className="button-row" role="group" aria-label={t('feedback.outcome.title')}>
            {OUTCOMES.filter((o) => o === 'BUYER_REMOVED' || f.removalStatus === 'REQUESTED').map((o) => (
              <button key={o} type="button" className="button button--small" disabled={busy} onClick={() => record.mutate({ ...base, outcome: o })}>
                {t(`feedback.outcome.${o}`)}
              </button>
            ))}
          </div>
        </div>
      )}
      <CaseError error={request.error ?? record.error} />
    </section>
  );
}
