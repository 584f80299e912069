import { useTranslation } from 'react-i18next';
import { countdown, formatOverdue, formatTimeLeft, type CountdownClock } from './countdown-state';
import { useSecondTicker } from './useSecondTicker';

interface Props extends Partial<CountdownClock> {
  /** Shown before the time, e.g. the clock's kind in the SLA panel. */
  label?: string;
}

/**
 * A live SLA countdown: `hh:mm:ss` left (days above 24 h), the warning colour past the warning point,
 * red "overdue 3 h 12 min" after the due time; met, paused and cancelled clocks shown quietly.
 */
export function SlaCountdown({ dueAt, warnAt, breachedAt, status }: Props) {
  const { t, i18n } = useTranslation();
  const now = useSecondTicker();
  const clock = dueAt && status ? { dueAt, warnAt, breachedAt, status } : null;
  const { state, leftMs } = countdown(clock, now);
  const units = { d: t('sla.unit.d'), h: t('sla.unit.h'), min: t('sla.unit.min') };
  if (state === 'none') return <span className="sla-countdown sla-countdown--none" data-state={state}>{t('due.none')}</span>;
  const text =
    state === 'overdue'
      ? t('sla.overdue', { duration: formatOverdue(leftMs, units) })
      : state === 'met' || state === 'paused' || state === 'cancelled'
        ? t(`sla.state.${state}`)
        : formatTimeLeft(leftMs, units);
  return (
    <time
      className={`sla-countdown sla-countdown--${state}`}
      data-state={state}
      dateTime={dueAt ?? undefined}
      title={t('sla.dueTitle', { time: new Date(dueAt!).toLocaleString(i18n.language) })}
    >
      {text}
    </time>
  );
}
