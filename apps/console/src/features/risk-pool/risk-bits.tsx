import { useTranslation } from 'react-i18next';
import type { OrderRisk, RiskReason } from '../../api/risk.api';
import { SlaCountdown } from '../sla/sla-countdown';
import { reasonMessage, scoreLevel } from './risk-format';
import './risk-pool.css';

/** The score as a number with a small bar, coloured by how far above the pool threshold it is. */
export function RiskScore({ score, threshold }: { score: number; threshold?: number }) {
  const { t } = useTranslation();
  const level = scoreLevel(score, threshold);
  return (
    <span className={`risk-score risk-score--${level}`} data-testid="risk-score" title={t(`risk.level.${level}`)}>
      <span className="risk-score__value">{score}</span>
      <span className="risk-score__bar" aria-hidden="true">
        <span className="risk-score__fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </span>
  );
}

/** Reasons as translated chips, strongest first; the hover shows the points each scores alone. */
export function RiskReasonChips({ reasons, max }: { reasons: readonly RiskReason[]; max?: number }) {
  const { t, i18n } = useTranslation();
  const shown = max === undefined ? reasons : reasons.slice(0, max);
  return (
    <ul className="risk-chips" aria-label={t('risk.reasons')}>
      {shown.map((reason) => {
        const { key, values } = reasonMessage(reason, i18n.language);
        return (
          <li key={reason.code} className="risk-chip" data-code={reason.code} title={t('risk.points', { points: reason.points, weight: reason.weight })}>
            {t(key, values)}
          </li>
        );
      })}
      {shown.length < reasons.length && <li className="risk-chip risk-chip--more">{t('risk.moreReasons', { count: reasons.length - shown.length })}</li>}
    </ul>
  );
}

/** The nearest deadline as a live countdown with what it is for (the SLA countdown's looks and ticker). */
export function RiskDeadline({ risk }: { risk: Pick<OrderRisk, 'nextDeadline' | 'nextDeadlineKind'> }) {
  const { t } = useTranslation();
  if (!risk.nextDeadline || !risk.nextDeadlineKind) return <span className="muted">{t('risk.noDeadline')}</span>;
  return (
    <span className="risk-deadline" data-kind={risk.nextDeadlineKind}>
      <span className="risk-deadline__kind">{t(`risk.deadline.${risk.nextDeadlineKind}`)}</span>
      <SlaCountdown dueAt={risk.nextDeadline} status="RUNNING" />
    </span>
  );
}
