import type { QueryClient } from '@tanstack/react-query';
import type { DomainEvent, DomainEventType } from '@lifeline/api-contract';
import { accountHealthKeys } from '../features/account-health/account-health.keys';
import { healthAlertToasts } from '../features/account-health/health-alert-toasts';
import { claimsKeys, feedbackKeys } from '../features/claims/claims.keys';
import { approvalToasts } from '../features/compensation/approval-toasts';
import { compensationKeys } from '../features/compensation/compensation.keys';
import { applyRiskChanged, applyRiskClaimed } from '../features/risk-pool/risk-cache';
import { storesKeys } from '../features/stores/stores.keys';
import { applyMessageEvent, applyTicketEvent } from '../features/tickets/ticket-cache';
import { ticketsKeys } from '../features/tickets/tickets.keys';

function applySlaEvent(queryClient: QueryClient, event: DomainEvent<'sla.warning'> | DomainEvent<'sla.breached'>): void {
  void queryClient.invalidateQueries({ queryKey: ticketsKeys.lists(event.organizationId) });
  void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(event.organizationId, event.payload.ticketId), exact: true });
}

/**
 * What each domain event does to the cache: invalidate the queries it makes stale, or patch them with
 * `setQueryData` where the payload says enough. Typed over the shared event map, so a new event type in
 * @lifeline/api-contract does not compile until the console says what it refreshes.
 */
const handlersByType: { [T in DomainEventType]: (queryClient: QueryClient, event: DomainEvent<T>) => void } = {
  'store.updated': (queryClient, event) => void queryClient.invalidateQueries({ queryKey: storesKeys.all(event.organizationId) }),
  'ticket.created': applyTicketEvent,
  'ticket.updated': applyTicketEvent,
  'message.created': applyMessageEvent,
  'message.delivery': applyMessageEvent,
  // Metrics, forecast, trends, alerts and the orders behind each numerator all sit under the store's prefix.
  'health.changed': (queryClient, event) =>
    void queryClient.invalidateQueries({ queryKey: accountHealthKeys.store(event.organizationId, event.payload.storeId) }),
  'health.alert': (queryClient, event) => {
    healthAlertToasts.push(event.payload);
    void queryClient.invalidateQueries({ queryKey: accountHealthKeys.store(event.organizationId, event.payload.storeId) });
  },
  // The clock's status changed (warned, breached) and escalation may have moved or re-prioritised the ticket:
  // the lists (and the SLA board, which is one) and that ticket's view refetch; other tickets' views do not.
  'sla.warning': applySlaEvent,
  'sla.breached': applySlaEvent,
  // The board and every claim panel; the ticket view's timeline gained the desk's move.
  'claim.changed': (queryClient, event) => {
    void queryClient.invalidateQueries({ queryKey: claimsKeys.all(event.organizationId) });
    if (event.payload.ticketId) void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(event.organizationId, event.payload.ticketId), exact: true });
  },
  'feedback.changed': (queryClient, event) => {
    void queryClient.invalidateQueries({ queryKey: feedbackKeys.all(event.organizationId) });
    if (event.payload.ticketId) void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(event.organizationId, event.payload.ticketId), exact: true });
  },
  // A compensation changed: that ticket's actions, hints and timeline, the approval inbox and the report.
  'compensation.changed': (queryClient, event) => {
    void queryClient.invalidateQueries({ queryKey: compensationKeys.ticket(event.organizationId, event.payload.ticketId) });
    void queryClient.invalidateQueries({ queryKey: compensationKeys.approvals(event.organizationId) });
    void queryClient.invalidateQueries({ queryKey: compensationKeys.reports(event.organizationId) });
    void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(event.organizationId, event.payload.ticketId), exact: true });
  },
  'compensation.approvalRequested': (queryClient, event) => {
    approvalToasts.push(event.payload);
    void queryClient.invalidateQueries({ queryKey: compensationKeys.approvals(event.organizationId) });
  },
  'risk.changed': applyRiskChanged,
  'risk.claimed': applyRiskClaimed,
};

export function applyDomainEvent(queryClient: QueryClient, event: DomainEvent): void {
  const handle = handlersByType[event.type] as ((queryClient: QueryClient, event: DomainEvent) => void) | undefined;
  // An event type newer than this build of the console: nothing known to refresh, so refresh nothing.
  handle?.(queryClient, event);
}

/** Outbox ids are bigints sent as decimal strings; compare them without losing precision. */
export function isNewerEventId(candidate: string, than: string | null): boolean {
  if (than === null) return true;
  try {
    return BigInt(candidate) > BigInt(than);
  } catch {
    return false;
  }
}
