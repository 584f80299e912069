/**
 * The typed socket.io event map shared by the API gateway and the console (ARCHITECTURE.md "Realtime").
 * Every domain event travels in an envelope whose `id` increases strictly within the outbox, so a console
 * that reconnects sends the last id it saw (`sync`) and receives what it missed, in order.
 */
export interface StoreUpdatedPayload {
  storeId: string;
  version: number;
}

export interface TicketEventPayload {
  ticketId: string;
  version: number;
  queueId: string;
  storeId: string;
  status: string;
  priority: string;
  language: string;
  assigneeId: string | null;
  /** The nearest deadline (ISO), or null when none runs: lists re-sort without a refetch. */
  dueAt: string | null;
  /** Set when the ticket was merged into another. */
  mergedIntoId?: string | null;
}

export interface MessageCreatedPayload {
  ticketId: string;
  messageId: string;
  direction: 'INBOUND' | 'OUTBOUND';
}

export interface MessageDeliveryPayload {
  ticketId: string;
  messageId: string;
  status: 'SENT' | 'FAILED';
}

/** One metric's new figure after a recompute (rates are fractions; channel null = no channel split). */
export interface HealthMetricChange {
  key: string;
  fulfillmentChannel: 'ALL' | 'MFN' | 'AFN' | null;
  value: number | null;
  numerator: number;
  denominator: number;
  status: 'OK' | 'WARNING' | 'BREACH';
  previousStatus: 'OK' | 'WARNING' | 'BREACH' | null;
}

/** A store's account-health metrics moved (a claim, feedback, return or shipment changed). */
export interface HealthChangedPayload {
  storeId: string;
  metrics: HealthMetricChange[];
}

/** A metric crossed its warning line or red line; sent once per crossing (DOMAIN.md "Lifeline's decisions"). */
export interface HealthAlertPayload {
  alertId: string;
  storeId: string;
  key: string;
  fulfillmentChannel: 'ALL' | 'MFN' | 'AFN' | null;
  level: 'WARNING' | 'BREACH';
  previousStatus: 'OK' | 'WARNING' | 'BREACH';
  value: number | null;
  line: number | null;
  /** The operations owners told in the console and by e-mail. */
  notifiedUserIds: string[];
}

/** An SLA clock reached its warning point or its due time (fired exactly once, by one API process). */
export interface SlaFiredPayload {
  ticketId: string;
  clockId: string;
  /** FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION, A_TO_Z_INFORMATION_REQUEST, CHARGEBACK_RESPONSE, RETURN_REQUEST_RESPONSE or COMPENSATION_APPROVAL. */
  kind: string;
  dueAt: string;
  /** The escalation level it ran, null when the policy has none for it. */
  level: number | null;
  /** Who should be told (the assignee, the supervisors), as the policy's escalation says. */
  notifyUserIds: string[];
}

/** A claim's case status, decision or ticket changed (DOMAIN.md §1.6, §1.7); deadlines warn through the claim ticket's SLA clock. */
export interface ClaimChangedPayload {
  claimId: string;
  ticketId: string | null;
  storeId: string;
  kind: 'A_TO_Z' | 'CHARGEBACK';
  /** OPEN, RESPONDED, APPEALED or DECIDED. */
  status: string;
  /** FOR_SELLER, FOR_BUYER_SELLER_FUNDED, FOR_BUYER_AMAZON_FUNDED, WITHDRAWN or null. */
  decision: string | null;
  version: number;
}

/** A seller feedback's removal request or outcome changed, or it got its ticket (DOMAIN.md §1.5). */
export interface FeedbackChangedPayload {
  feedbackId: string;
  ticketId: string | null;
  storeId: string;
  /** REQUESTED, REMOVED, STRUCK_THROUGH, DENIED, BUYER_REMOVED or null. */
  removalStatus: string | null;
  version: number;
}

/** A compensation action was requested or changed state (or its outcome was recorded). */
export interface CompensationChangedPayload {
  ticketId: string;
  actionId: string;
  storeId: string;
  /** REQUESTED, APPROVED, REJECTED, EXECUTED or FAILED. */
  state: string;
  version: number;
}

/** A compensation request above its requester's limit waits for a supervisor (the approval inbox). */
export interface CompensationApprovalRequestedPayload {
  ticketId: string;
  actionId: string;
  storeId: string;
  requestedBy: string;
  /** PARTIAL_REFUND, FULL_REFUND, RESHIPMENT, REPLACEMENT, COUPON or PREPAID_RETURN_LABEL. */
  kind: string;
  /** Decimal string in `currency`, e.g. "25.00". */
  cost: string;
  currency: string;
  approvalDueAt: string;
}

/** One order whose risk moved: enough for a console to patch its pool list or decide to refetch. */
export interface RiskOrderChange {
  /** The order's risk entry id (OrderRisk.id). */
  id: string;
  storeId: string;
  marketplaceOrderId: string;
  score: number;
  /** null: the order had no score before. */
  previousScore: number | null;
  inPool: boolean;
  previousInPool: boolean;
  /** The nearest deadline (ISO) or null. */
  nextDeadline: string | null;
  reasonCodes: string[];
  claimedById: string | null;
  resolved: boolean;
  version: number;
}

/**
 * Orders entered or left the high-risk pool, or their score, reasons or deadline changed. A large import
 * lists the first orders only and sets `truncated`: refetch the pool then.
 */
export interface RiskChangedPayload {
  storeId: string;
  orders: RiskOrderChange[];
  truncated: boolean;
}

/** An agent claimed an order from the pool, or the claim was released (claimedById null). */
export interface RiskClaimedPayload {
  id: string;
  storeId: string;
  marketplaceOrderId: string;
  claimedById: string | null;
  claimedByName: string | null;
  /** Who held it before (a release), null for a claim of a free order. */
  previousClaimedById: string | null;
  version: number;
}

/** Domain events by type; later features add theirs here and the console turns each into a cache update. */
export interface DomainEventPayloads {
  'store.updated': StoreUpdatedPayload;
  'ticket.created': TicketEventPayload;
  'ticket.updated': TicketEventPayload;
  'message.created': MessageCreatedPayload;
  'sla.warning': SlaFiredPayload;
  'sla.breached': SlaFiredPayload;
  'message.delivery': MessageDeliveryPayload;
  'health.changed': HealthChangedPayload;
  'health.alert': HealthAlertPayload;
  'claim.changed': ClaimChangedPayload;
  'feedback.changed': FeedbackChangedPayload;
  'compensation.changed': CompensationChangedPayload;
  'compensation.approvalRequested': CompensationApprovalRequestedPayload;
  'risk.changed': RiskChangedPayload;
  'risk.claimed': RiskClaimedPayload;
}

/** Who is looking at a ticket right now, so two agents do not answer the same buyer. */
export interface TicketViewer {
  userId: string;
  name: string;
  typing: boolean;
}

export interface PresencePayload {
  ticketId: string;
  viewers: TicketViewer[];
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
  presence: (payload: PresencePayload) => void;
}

export interface ClientToServerEvents {
  sync: (request: SyncRequest, ack: (response: SyncResponse) => void) => void;
  /** Start viewing a ticket (joins its room); the ack carries who else is there. */
  'ticket.view': (request: { ticketId: string }, ack: (response: PresencePayload | { error: string }) => void) => void;
  'ticket.leave': (request: { ticketId: string }) => void;
  'ticket.typing': (request: { ticketId: string; typing: boolean }) => void;
}

/** Room names; a socket joins its organisation's and its user's rooms at the handshake. */
export const rooms = {
  organization: (organizationId: string) => `org:${organizationId}`,
  user: (userId: string) => `user:${userId}`,
  queue: (queueId: string) => `queue:${queueId}`,
  ticket: (ticketId: string) => `ticket:${ticketId}`,
} as const;
