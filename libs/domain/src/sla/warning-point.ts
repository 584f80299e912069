import type { SlaCalendar } from './calendar';
import { dueAt } from './business-time';
import { assertDuration, type Duration, type Instant } from './duration';

/** When a running SLA clock warns: after a share of its target has elapsed, or some time before it falls due. */
export type WarningPoint =
  | { readonly kind: 'elapsedShare'; readonly share: number } // 0.75 → "75 % of the target elapsed"
  | { readonly kind: 'beforeDue'; readonly ahead: Duration }; // hours(2) → "2 h before due"

/**
 * The instant a clock started at `start` with `target` warns, measured in the same calendar as its due time:
 * the first instant at which that much business time has elapsed (so a warning that lands on a Friday
 * closing fires at the close, before the weekend). Never before `start`, never after the due time.
 */
export function warningAt(calendar: SlaCalendar, start: Instant, target: Duration, warning: WarningPoint): Instant {
  assertDuration(target, 'target');
  return dueAt(calendar, start, elapsedAtWarning(target, warning));
}

function elapsedAtWarning(target: Duration, warning: WarningPoint): Duration {
  if (warning.kind === 'elapsedShare') {
    if (!(warning.share >= 0 && warning.share <= 1)) throw new RangeError(`Warning share must be between 0 and 1, got ${warning.share}`);
    return Math.round(target * warning.share);
  }
  assertDuration(warning.ahead, 'ahead');
  return Math.max(0, target - warning.ahead);
}
