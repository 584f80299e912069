/*
 * The supervisor's approval of compensation above a requester's limit runs on a clock of its own: due a
 * number of calendar hours after the request (4 by default, editable in settings), with a warning when
 * three quarters have passed, and supervisors told at both points.
 */
import type { EscalationLevel } from '../sla/sla-policy';

export const DEFAULT_COMPENSATION_APPROVAL_MINUTES = 4 * 60;
/** Bounds of the setting: a quarter of an hour up to 30 days. */
export const MIN_COMPENSATION_APPROVAL_MINUTES = 15;
export const MAX_COMPENSATION_APPROVAL_MINUTES = 30 * 24 * 60;

export const COMPENSATION_APPROVAL_ESCALATION: readonly EscalationLevel[] = Object.freeze([
  { level: 1, on: 'WARNING', actions: ['NOTIFY_SUPERVISORS'] },
  { level: 2, on: 'BREACH', actions: ['NOTIFY_SUPERVISORS'] },
] as const);

const MINUTE_MS = 60_000;

/** Due and warning instants (ms) of an approval requested at `requestedAt`, counted in calendar time. */
export function compensationApprovalClock(requestedAt: number, approvalMinutes: number): { dueAt: number; warnAt: number } {
  const span = approvalMinutes * MINUTE_MS;
  return { dueAt: requestedAt + span, warnAt: requestedAt + Math.round(span * 0.75) };
}

/** Problems with an approval target in minutes, empty when usable. */
export function validateCompensationApprovalMinutes(minutes: number): string[] {
  if (!Number.isInteger(minutes) || minutes < MIN_COMPENSATION_APPROVAL_MINUTES || minutes > MAX_COMPENSATION_APPROVAL_MINUTES) {
    return [`the approval target must be between ${MIN_COMPENSATION_APPROVAL_MINUTES} minutes and ${MAX_COMPENSATION_APPROVAL_MINUTES / 60} hours, in whole minutes`];
  }
  return [];
}
