// Which SLA clock starts, stops, pauses or escalates on which ticket event; and the times a clock keeps.
// The API applies these to rows; nothing here knows about a database.
import type { TicketChannel, TicketPriority, TicketStatus } from '../tickets/ticket-lifecycle';
import { isOpenTicketStatus } from '../tickets/ticket-lifecycle';
import { businessTimeBetween, dueAt } from './business-time';
import type { SlaCalendar } from './calendar';
import type { Instant } from './duration';
import type { EscalationLevel, EscalationTrigger, SlaClockKind, SlaTargetSetting } from './sla-policy';
import { warningAt } from './warning-point';

/** The claim deadline a ticket of this channel runs, if any (DOMAIN.md "Lifeline's decisions", §1.6, §1.7, §1.3 RDR). */
export function claimClockKind(channel: TicketChannel): SlaClockKind | null {
  switch (channel) {
    case 'A_TO_Z_CLAIM':
      return 'A_TO_Z_INFORMATION_REQUEST';
    case 'CHARGEBACK':
      return 'CHARGEBACK_RESPONSE';
    case 'RETURN_REQUEST':
      return 'RETURN_REQUEST_RESPONSE';
    default:
      return null;
  }
}

/** Clocks a seller's reply answers: the per-message response clocks and the claim deadlines. */
export const ANSWERED_BY_REPLY: readonly SlaClockKind[] = [
  'FIRST_RESPONSE',
  'NEXT_RESPONSE',
  'A_TO_Z_INFORMATION_REQUEST',
  'CHARGEBACK_RESPONSE',
  'RETURN_REQUEST_RESPONSE',
];

/** The per-message clocks that "no response needed" takes away (DOMAIN.md §1.3). */
export const MESSAGE_RESPONSE_KINDS: readonly SlaClockKind[] = ['FIRST_RESPONSE', 'NEXT_RESPONSE'];

export interface InboundMessageFacts {
  channel: TicketChannel;
  /** Marked "no response needed" on arrival: the message starts nothing (DOMAIN.md §1.3). */
  noResponseNeeded: boolean;
  /** A person on the seller's side has replied on this ticket before (auto-replies do not count). */
  repliedBefore: boolean;
  /** The ticket has a resolution clock that is still running, paused or breached and unresolved. */
  resolutionClockOpen: boolean;
  /** The ticket's claim deadline was started before (it runs once per claim ticket). */
  claimClockStarted: boolean;
}

/**
 * Clocks an inbound message starts. Every buyer message starts a response clock, per message as Amazon
 * counts it (DOMAIN.md §1.3): FIRST_RESPONSE until the seller has replied, NEXT_RESPONSE after. A claim
 * (A-to-z, chargeback, return request) starts its own deadline instead of a first response. The case's
 * resolution clock starts with the first message that needs an answer.
 */
export function clocksStartedByInbound(facts: InboundMessageFacts): SlaClockKind[] {
  if (facts.noResponseNeeded) return [];
  const claim = claimClockKind(facts.channel);
  const kinds: SlaClockKind[] = [];
  if (claim && !facts.claimClockStarted) kinds.push(claim);
  else kinds.push(facts.repliedBefore ? 'NEXT_RESPONSE' : 'FIRST_RESPONSE');
  if (!facts.resolutionClockOpen) kinds.push('RESOLUTION');
  return kinds;
}

/** Clocks a reply meets. An auto-reply is not a response (DOMAIN.md §1.3), so it meets nothing. */
export function clocksMetByReply(reply: { isAutoReply: boolean }): readonly SlaClockKind[] {
  return reply.isAutoReply ? [] : ANSWERED_BY_REPLY;
}

export interface StatusClockChanges {
  /** Running clocks of these kinds stop counting. */
  pause: SlaClockKind[];
  /** Paused clocks of these kinds count again, with the time they had left. */
  resume: SlaClockKind[];
  /** Clocks of these kinds are met (a breached one keeps its breach and records when it was met). */
  meet: SlaClockKind[];
  /** Clocks of these kinds stop without being met or breached. */
  cancel: SlaClockKind[];
  /** New clocks of these kinds start. */
  start: SlaClockKind[];
}

const NO_CHANGES: StatusClockChanges = { pause: [], resume: [], meet: [], cancel: [], start: [] };

/**
 * What a ticket status change does to its clocks:
 * - waiting on the buyer pauses resolution only (response clocks are Amazon's and keep running);
 * - back from waiting resumes it;
 * - resolved or closed meets resolution and the claim deadline, and cancels unanswered response clocks (the
 *   ticket leaves every queue; Amazon's late response rate is computed from the messages, not the clocks,
 *   so it still counts such a message as unanswered);
 * - reopened starts a new resolution clock.
 */
export function clockChangesOnStatus(from: TicketStatus, to: TicketStatus): StatusClockChanges {
  if (from === to) return NO_CHANGES;
  const wasOpen = isOpenTicketStatus(from);
  const isOpen = isOpenTicketStatus(to);
  if (wasOpen && !isOpen) {
    return { ...NO_CHANGES, meet: ['RESOLUTION', 'A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE'], cancel: [...MESSAGE_RESPONSE_KINDS] };
  }
  if (!wasOpen && isOpen) return { ...NO_CHANGES, start: ['RESOLUTION'] };
  if (to === 'WAITING_ON_BUYER') return { ...NO_CHANGES, pause: ['RESOLUTION'] };
  if (from === 'WAITING_ON_BUYER') return { ...NO_CHANGES, resume: ['RESOLUTION'] };
  return NO_CHANGES;
}

export interface ClockTimes {
  dueAt: Instant;
  /** null when the warning point is the due time itself. */
  warnAt: Instant | null;
}

/** Due and warning times of a clock started at `startedAt` under a target, counted in `calendar`. */
export function planClock(setting: Pick<SlaTargetSetting, 'target' | 'warning'>, calendar: SlaCalendar, startedAt: Instant): ClockTimes {
  const due = dueAt(calendar, startedAt, setting.target);
  const warn = warningAt(calendar, startedAt, setting.target, setting.warning);
  return { dueAt: due, warnAt: warn < due ? warn : null };
}

export interface PausedClock {
  dueAt: Instant;
  /** null when the clock has warned already or has no warning. */
  warnAt: Instant | null;
  pausedAt: Instant;
}

/**
 * A paused clock counting again at `now`: it keeps the business time it had left when paused, so its due
 * (and pending warning) move later by the business time spent paused. `pausedFor` is the elapsed pause.
 */
export function resumeClock(clock: PausedClock, calendar: SlaCalendar, now: Instant): ClockTimes & { pausedFor: number } {
  const left = (until: Instant) => Math.max(0, businessTimeBetween(calendar, clock.pausedAt, until));
  const resumedAt = Math.max(now, clock.pausedAt);
  return {
    dueAt: dueAt(calendar, resumedAt, left(clock.dueAt)),
    warnAt: clock.warnAt === null ? null : dueAt(calendar, resumedAt, left(clock.warnAt)),
    pausedFor: resumedAt - clock.pausedAt,
  };
}

/** The escalation level a warning or breach of a clock under `setting` fires, if the policy has one. */
export function escalationFor(setting: Pick<SlaTargetSetting, 'escalation'> | null | undefined, trigger: EscalationTrigger): EscalationLevel | null {
  return setting?.escalation.find((e) => e.on === trigger) ?? null;
}

const NEXT_PRIORITY: Readonly<Record<TicketPriority, TicketPriority>> = { LOW: 'NORMAL', NORMAL: 'HIGH', HIGH: 'URGENT', URGENT: 'URGENT' };

/** One step up, URGENT staying URGENT. */
export function raisedPriority(priority: TicketPriority): TicketPriority {
  return NEXT_PRIORITY[priority];
}
