import type { QueryKey } from '@tanstack/react-query';
import type { DomainEvent, DomainEventType } from '@lifeline/api-contract';
import { storesKeys } from '../features/stores/stores.keys';

/**
 * Which cached queries each domain event makes stale, as key prefixes. Typed over the shared event map, so
 * a new event type in @lifeline/api-contract does not compile until the console says what it invalidates.
 */
const invalidationsByType: { [T in DomainEventType]: (event: DomainEvent<T>) => QueryKey[] } = {
  'store.updated': (event) => [storesKeys.all(event.organizationId)],
  'ticket.created': (event) => [['org', event.organizationId, 'tickets'], ['org', event.organizationId, 'queues']],
  'ticket.updated': (event) => [['org', event.organizationId, 'tickets'], ['org', event.organizationId, 'queues']],
  'message.created': (event) => [['org', event.organizationId, 'tickets', 'detail', event.payload.ticketId]],
  'sla.warning': (event) => [['org', event.organizationId, 'tickets']],
  'sla.breached': (event) => [['org', event.organizationId, 'tickets']],
};

export function queryKeysToInvalidate(event: DomainEvent): QueryKey[] {
  const invalidate = invalidationsByType[event.type] as ((event: DomainEvent) => QueryKey[]) | undefined;
  // An event type newer than this build of the console: nothing known to refresh, so refresh nothing.
  return invalidate ? invalidate(event) : [];
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
