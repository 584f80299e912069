import type { TicketChannel } from '../tickets/ticket-lifecycle';
import { ALWAYS_OPEN, type BusinessHoursCalendar, type SlaCalendar } from './calendar';
import { days, MINUTE, type Duration } from './duration';
import { SLA_TARGET_DEFAULTS } from './sla-defaults';
import type { WarningPoint } from './warning-point';

/**
 * The clocks Lifeline runs on a ticket, as a support team names them:
 * - FIRST_RESPONSE: a buyer message before the seller has replied on the ticket;
 * - NEXT_RESPONSE: each new buyer message after a reply;
 * - RESOLUTION: the case from its first message until resolved (paused while waiting on the buyer);
 * - claim deadlines, started by the claim itself: A-to-z information request, chargeback, return request.
 * Response clocks run per message, because Amazon counts its 24 hours per buyer message (DOMAIN.md §1.3).
 */
export const SLA_POLICY_CLOCK_KINDS = [
  'FIRST_RESPONSE',
  'NEXT_RESPONSE',
  'RESOLUTION',
  'A_TO_Z_INFORMATION_REQUEST',
  'CHARGEBACK_RESPONSE',
  'RETURN_REQUEST_RESPONSE',
] as const;
/** A clock whose target an SLA policy sets. */
export type SlaPolicyClockKind = (typeof SLA_POLICY_CLOCK_KINDS)[number];

/**
 * Every clock kind. COMPENSATION_APPROVAL (a supervisor deciding on compensation above an agent's limit)
 * runs to the compensation settings' approval target, not to a policy's, so policies do not list it.
 */
export const SLA_CLOCK_KINDS = [...SLA_POLICY_CLOCK_KINDS, 'COMPENSATION_APPROVAL'] as const;
export type SlaClockKind = (typeof SLA_CLOCK_KINDS)[number];

export const SLA_CLOCK_STATUSES = ['RUNNING', 'PAUSED', 'MET', 'BREACHED', 'CANCELLED'] as const;
export type SlaClockStatus = (typeof SLA_CLOCK_STATUSES)[number];

/** CALENDAR: every hour counts (Amazon's own clocks). BUSINESS: only the team's opening hours count. */
export type SlaHours = 'CALENDAR' | 'BUSINESS';

export const ESCALATION_ACTIONS = ['RAISE_PRIORITY', 'NOTIFY_ASSIGNEE', 'MOVE_TO_SUPERVISOR_QUEUE', 'NOTIFY_SUPERVISORS'] as const;
export type EscalationAction = (typeof ESCALATION_ACTIONS)[number];

/** When an escalation level fires: at the clock's warning point or at its breach. */
export type EscalationTrigger = 'WARNING' | 'BREACH';

export interface EscalationLevel {
  readonly level: number;
  readonly on: EscalationTrigger;
  readonly actions: readonly EscalationAction[];
}

export interface SlaTargetSetting {
  readonly target: Duration;
  readonly hours: SlaHours;
  readonly warning: WarningPoint;
  readonly escalation: readonly EscalationLevel[];
}

/** A policy's targets by clock kind; null switches that clock off. */
export type SlaTargets = Readonly<Record<SlaPolicyClockKind, SlaTargetSetting | null>>;

/** Level 1 at the warning: raise priority, tell the assignee. Level 2 at the breach: supervisors take over. */
export const DEFAULT_ESCALATION: readonly EscalationLevel[] = Object.freeze([
  { level: 1, on: 'WARNING', actions: ['RAISE_PRIORITY', 'NOTIFY_ASSIGNEE'] },
  { level: 2, on: 'BREACH', actions: ['MOVE_TO_SUPERVISOR_QUEUE', 'NOTIFY_SUPERVISORS'] },
] as const);

const calendarTarget = (target: Duration, warning: WarningPoint): SlaTargetSetting => ({ target, hours: 'CALENDAR', warning, escalation: DEFAULT_ESCALATION });
const buyerMessage = SLA_TARGET_DEFAULTS.amazonBuyerMessage;

/**
 * The targets of an organisation without a policy of its own. Response targets are Amazon's 24 calendar
 * hours per buyer message and the claim deadlines are Amazon's (DOMAIN.md "Lifeline's decisions", §1.3,
 * §1.6, §1.7, via SLA_TARGET_DEFAULTS); resolution (5 days) is Lifeline's own choice. All editable.
 */
export const DEFAULT_SLA_TARGETS: SlaTargets = Object.freeze({
  FIRST_RESPONSE: calendarTarget(buyerMessage.target, buyerMessage.warning),
  NEXT_RESPONSE: calendarTarget(buyerMessage.target, buyerMessage.warning),
  RESOLUTION: calendarTarget(days(5), { kind: 'elapsedShare', share: 0.75 }),
  A_TO_Z_INFORMATION_REQUEST: calendarTarget(SLA_TARGET_DEFAULTS.amazonAtoZInformationRequest.target, SLA_TARGET_DEFAULTS.amazonAtoZInformationRequest.warning),
  CHARGEBACK_RESPONSE: calendarTarget(SLA_TARGET_DEFAULTS.amazonChargeback.target, SLA_TARGET_DEFAULTS.amazonChargeback.warning),
  RETURN_REQUEST_RESPONSE: calendarTarget(SLA_TARGET_DEFAULTS.amazonReturnRequest.target, SLA_TARGET_DEFAULTS.amazonReturnRequest.warning),
});

/** A policy as stored: for one store and/or channel, or (both null) the organisation's default. */
export interface SlaPolicyScope {
  readonly storeId: string | null;
  readonly channel: TicketChannel | null;
}

/**
 * The policy that applies to a ticket: the most specific scope wins (store and channel, then store, then
 * channel, then the organisation's default); undefined when the organisation has none (use the defaults).
 */
export function pickSlaPolicy<P extends SlaPolicyScope>(policies: readonly P[], storeId: string, channel: TicketChannel): P | undefined {
  const rank = (p: P): number => {
    if (p.storeId !== null && p.storeId !== storeId) return -1;
    if (p.channel !== null && p.channel !== channel) return -1;
    return (p.storeId !== null ? 2 : 0) + (p.channel !== null ? 1 : 0);
  };
  let best: P | undefined;
  for (const p of policies) if (rank(p) >= 0 && (!best || rank(p) > rank(best))) best = p;
  return best;
}

/**
 * The calendar a target is counted in: 24×7 for calendar hours; for business hours the store's calendar,
 * else the organisation's, else Monday–Friday 09:00–17:00 in the store's time zone.
 */
export function calendarForTarget(hoursKind: SlaHours, configured: SlaCalendar | null | undefined, storeTimeZone: string): SlaCalendar {
  if (hoursKind === 'CALENDAR') return ALWAYS_OPEN;
  return configured ?? defaultBusinessCalendar(storeTimeZone);
}

export function defaultBusinessCalendar(timeZone: string): BusinessHoursCalendar {
  const nineToFive = [{ start: '09:00', end: '17:00' }];
  return { kind: 'business', timeZone, weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } };
}

export interface SlaProblem {
  readonly field: string;
  readonly message: string;
}

const LONGEST_TARGET = days(366);

/** What is wrong with a policy's targets, for the admin who saves them; empty when sound. */
export function validateSlaTargets(targets: SlaTargets): SlaProblem[] {
  const problems: SlaProblem[] = [];
  for (const kind of SLA_POLICY_CLOCK_KINDS) {
    const t = targets[kind];
    if (!t) continue;
    const at = (field: string, message: string) => problems.push({ field: `${kind}.${field}`, message });
    if (!Number.isFinite(t.target) || t.target < MINUTE || t.target > LONGEST_TARGET) at('target', 'must be between 1 minute and 366 days');
    if (t.warning.kind === 'elapsedShare' && !(t.warning.share > 0 && t.warning.share < 1)) at('warning', 'an elapsed share must be above 0 % and below 100 %');
    if (t.warning.kind === 'beforeDue' && !(t.warning.ahead > 0 && t.warning.ahead < t.target)) at('warning', 'the time before due must be positive and shorter than the target');
    const levels = t.escalation.map((e) => e.level);
    if (new Set(levels).size !== levels.length) at('escalation', 'each level appears once');
    if (t.escalation.some((e) => !Number.isInteger(e.level) || e.level < 1 || e.level > 9)) at('escalation', 'levels are whole numbers from 1 to 9');
    if (t.escalation.some((e) => e.actions.length === 0)) at('escalation', 'a level needs at least one action');
    const triggers = t.escalation.map((e) => e.on);
    if (new Set(triggers).size !== triggers.length) at('escalation', 'one level per trigger (WARNING, BREACH)');
  }
  return problems;
}
