import { useTranslation } from 'react-i18next';
import { SlaCountdown } from '../sla/sla-countdown';

/** The deadline the desk works to on a claim (response or appeal) as a live countdown, or "Amazon's move". */
export function ClaimDeadline({ dueAt, deadlineKind }: { dueAt?: string | null; deadlineKind?: 'RESPONSE' | 'APPEAL' | null }) {
  const { t } = useTranslation();
  if (!dueAt || !deadlineKind) return <span className="muted claim-deadline claim-deadline--none">{t('claim.deadline.none')}</span>;
  return (
    <span className="claim-deadline" data-deadline-kind={deadlineKind}>
      <span className="claim-deadline__label">{t(`claim.deadline.${deadlineKind}`)}</span> <SlaCountdown dueAt={dueAt} status="RUNNING" />
    </span>
  );
}
