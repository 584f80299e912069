/**
 * The typed socket.io event map shared by the API gateway and the console (ARCHITECTURE.md "Realtime").
 * Every domain event travels in an envelope whose `id` increases strictly within the outbox, so a console
 * that reconnects sends the last id it saw (`sync`) and receives what it missed, in order.
 */
export interface StoreUpdatedPayload {
  storeId: string;
  version: number;
}

/** Domain events by type; later features add theirs here and the console turns each into a cache update. */
export interface DomainEventPayloads {
  'store.updated': StoreUpdatedPayload;
}

export type DomainEventType = keyof DomainEventPayloads;

export interface DomainEvent<T extends DomainEventType = DomainEventType> {
  /** Outbox id (a bigint, sent as a decimal string); strictly increasing. */
  id: string;
  type: T;
  organizationId: string;
  payload: DomainEventPayloads[T];
  occurredAt: string;
}

export interface SyncRequest {
  /** The last event id this client saw; omit for "from now on". */
  afterId?: string;
}

export interface SyncResponse {
  events: DomainEvent[];
  /** True when more events than one reply carries were missed: refetch everything instead. */
  truncated: boolean;
}

export interface ReadyPayload {
  userId: string;
  organizationId: string;
  /** The newest outbox id at connection time; a client may keep it as its starting point. */
  lastEventId: string;
}

export interface ServerToClientEvents {
  ready: (payload: ReadyPayload) => void;
  event: (event: DomainEvent) => void;
}

export interface ClientToServerEvents {
  sync: (request: SyncRequest, ack: (response: SyncResponse) => void) => void;
}

/** Room names; a socket joins its organisation's and its user's rooms at the handshake. */
export const rooms = {
  organization: (organizationId: string) => `org:${organizationId}`,
  user: (userId: string) => `user:${userId}`,
} as const;
