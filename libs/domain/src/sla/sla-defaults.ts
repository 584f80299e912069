import { ALWAYS_OPEN, type AlwaysOpenCalendar } from './calendar';
import { days, hours, type Duration } from './duration';
import type { WarningPoint } from './warning-point';

/** The marketplace clocks Lifeline runs, as sellers name them. */
export type MarketplaceSlaTarget = 'amazonBuyerMessage' | 'amazonAtoZInformationRequest' | 'amazonChargeback' | 'amazonReturnRequest';

export interface SlaTargetDefault {
  readonly target: Duration;
  /** Marketplace clocks count calendar time: nights, weekends and holidays included. */
  readonly calendar: AlwaysOpenCalendar;
  readonly warning: WarningPoint;
}

const WARN_AT_THREE_QUARTERS: WarningPoint = { kind: 'elapsedShare', share: 0.75 };

/**
 * Defaults only: the live values are in configuration (DOMAIN.md preamble: "every threshold, window and
 * deadline below lives in configuration with these values as defaults, never as a literal in code").
 */
export const SLA_TARGET_DEFAULTS: Readonly<Record<MarketplaceSlaTarget, SlaTargetDefault>> = Object.freeze({
  // DOMAIN.md "Lifeline's decisions" (Buyer message) and §1.3 Contact Response Time: 24 hours, weekends and holidays included.
  amazonBuyerMessage: { target: hours(24), calendar: ALWAYS_OPEN, warning: WARN_AT_THREE_QUARTERS },
  // DOMAIN.md "Lifeline's decisions" (A-to-z) and §1.6 step 3: sources say 48 h or 72 h; the stricter 48 h is the engineer SLA.
  amazonAtoZInformationRequest: { target: hours(48), calendar: ALWAYS_OPEN, warning: WARN_AT_THREE_QUARTERS },
  // DOMAIN.md "Lifeline's decisions" (Chargeback) and §1.7: 7 calendar days from Amazon's email, counted here as 168 elapsed hours.
  amazonChargeback: { target: days(7), calendar: ALWAYS_OPEN, warning: WARN_AT_THREE_QUARTERS },
  // DOMAIN.md "Lifeline's decisions" (Return request) and §1.3 RDR "Late Response": authorise, refund or close within 48 hours.
  amazonReturnRequest: { target: hours(48), calendar: ALWAYS_OPEN, warning: WARN_AT_THREE_QUARTERS },
});
