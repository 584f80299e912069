/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddTicketNoteInput = {
  body: string;
  ticketId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type AssignTicketInput = {
  /** null unassigns. */
  assigneeId?: string | number | null | undefined;
  ticketId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type Availability =
  | 'AWAY'
  | 'ONLINE';

export type CreateStoreApiKeyInput = {
  name: string;
  storeId: string | number;
};

/** MFN = seller-fulfilled, AFN = FBA, ALL = both. */
export type FulfillmentScope =
  | 'AFN'
  | 'ALL'
  | 'MFN';

export type HealthMetricKey =
  | 'ALIEXPRESS_POSITIVE_FEEDBACK_RATE'
  | 'A_TO_Z_CLAIM_RATE'
  | 'CHARGEBACK_RATE'
  | 'CUSTOMER_SERVICE_DISSATISFACTION_RATE'
  | 'EBAY_CASES_CLOSED_WITHOUT_SELLER_RESOLUTION_RATE'
  | 'EBAY_LATE_SHIPMENT_RATE'
  | 'EBAY_POSITIVE_FEEDBACK_RATE'
  | 'EBAY_TRACKING_UPLOADED_ON_TIME_RATE'
  | 'EBAY_TRANSACTION_DEFECT_RATE'
  | 'LATE_RESPONSE_RATE_7D'
  | 'LATE_RESPONSE_RATE_30D'
  | 'LATE_RESPONSE_RATE_90D'
  | 'LATE_SHIPMENT_RATE_10D'
  | 'LATE_SHIPMENT_RATE_30D'
  | 'NEGATIVE_FEEDBACK_RATE'
  | 'ON_TIME_DELIVERY_RATE'
  | 'ORDER_DEFECT_RATE'
  | 'PRE_FULFILLMENT_CANCEL_RATE'
  | 'RETURN_DISSATISFACTION_RATE'
  | 'VALID_TRACKING_RATE';

export type HealthStatus =
  | 'BREACH'
  | 'OK'
  | 'WARNING';

export type MarkMessageNoResponseNeededInput = {
  messageId: string | number;
  /** Why no answer is needed (shown on the timeline). */
  reason: string;
  /** The ticket's version last read; a stale one is refused with CONFLICT. */
  ticketVersion: number;
};

export type Marketplace =
  | 'ALIEXPRESS'
  | 'AMAZON'
  | 'EBAY';

export type MergeTicketsInput = {
  /** The ticket that goes away; its messages move to the target. */
  sourceTicketId: string | number;
  sourceVersion: number;
  targetTicketId: string | number;
  targetVersion: number;
};

export type MessageDirection =
  | 'INBOUND'
  | 'OUTBOUND';

/** Why an order counts in a metric numerator. */
export type MetricOrderDefect =
  | 'A_TO_Z_CLAIM'
  | 'CHARGEBACK'
  | 'LATE_SHIPMENT'
  | 'NEGATIVE_FEEDBACK'
  | 'SELLER_CANCELLATION';

export type ReplyTemplateTranslationInput = {
  body: string;
  language: string;
  subject: string;
};

export type ReplyToTicketInput = {
  body: string;
  /** Status after the reply; WAITING_ON_BUYER by default. */
  status?: TicketStatus | null | undefined;
  templateId?: string | number | null | undefined;
  ticketId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type RiskCurrencyBandsInput = {
  bands: Array<RiskValueBandInput>;
  currency: string;
};

export type RiskDeadlineKind =
  | 'A_TO_Z_RESPONSE'
  | 'BUYER_MESSAGE_RESPONSE'
  | 'CHARGEBACK_RESPONSE'
  | 'RETURN_RESPONSE'
  | 'SHIP_BY';

export type RiskPoolFilterInput = {
  /** Only orders this user claimed. */
  claimedBy?: string | number | null | undefined;
  /** The buyer's language (ISO 639-1). */
  language?: string | null | undefined;
  /** Only the caller's claimed orders. */
  mine?: boolean | null | undefined;
  /** Only orders with this reason. */
  reason?: RiskReasonCode | null | undefined;
  storeId?: string | number | null | undefined;
  /** Only orders nobody claimed. */
  unclaimed?: boolean | null | undefined;
};

/** Why an order is at risk (libs/domain risk/scoring.ts). */
export type RiskReasonCode =
  | 'A_TO_Z_INTENT'
  | 'CHARGEBACK_INTENT'
  | 'COMPLAINT_INTENT'
  | 'DELIVERED_LATE'
  | 'ESCALATION_THREAT'
  | 'HIGH_ORDER_VALUE'
  | 'LATE_SHIPMENT'
  | 'MISSING_TRACKING_SCAN'
  | 'NEGATIVE_FEEDBACK_LEFT'
  | 'NEGATIVE_FEEDBACK_THREAT'
  | 'NEGATIVE_TONE'
  | 'NOT_DELIVERED_PAST_PROMISE'
  | 'OPEN_A_TO_Z_CLAIM'
  | 'OPEN_CHARGEBACK'
  | 'REFUND_INTENT'
  | 'REPEATED_CONTACTS'
  | 'RETURN_INTENT'
  | 'RETURN_NOT_HANDLED';

export type RiskSettingsInput = {
  aToZResponseHours?: number | null | undefined;
  buyerMessageResponseHours?: number | null | undefined;
  chargebackResponseDays?: number | null | undefined;
  /** Replaces all bands when given. */
  orderValueBands?: Array<RiskCurrencyBandsInput> | null | undefined;
  overdueFullAfterDays?: number | null | undefined;
  repeatedContactsCount?: number | null | undefined;
  repeatedContactsWithinHours?: number | null | undefined;
  returnHandlingHours?: number | null | undefined;
  returnResponseHours?: number | null | undefined;
  threshold?: number | null | undefined;
  trackingScanGraceHours?: number | null | undefined;
  weights?: Array<RiskWeightInput> | null | undefined;
};

export type RiskValueBandInput = {
  from: string;
  share: number;
};

export type RiskWeightInput = {
  code: RiskReasonCode;
  weight: number;
};

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'SUPERVISOR';

export type SaveBusinessCalendarInput = {
  calendar: Record<string, unknown>;
  /** Omit to create. */
  id?: string | number | null | undefined;
  name: string;
  /** null: the organisation’s calendar. */
  storeId?: string | number | null | undefined;
  /** Required when updating. */
  version?: number | null | undefined;
};

export type SaveQueueInput = {
  /** Omit to create. */
  id?: string | number | null | undefined;
  isFallback?: boolean;
  isSupervisorQueue?: boolean;
  /** null: every language. */
  language?: string | null | undefined;
  name: string;
  /** null: every store. */
  storeId?: string | number | null | undefined;
};

export type SaveReplyTemplateInput = {
  category?: string;
  /** Omit to create. */
  id?: string | number | null | undefined;
  name: string;
  translations: Array<ReplyTemplateTranslationInput>;
  /** Required when updating. */
  version?: number | null | undefined;
};

export type SaveRoutingRuleInput = {
  bodyContains?: Array<string> | null | undefined;
  channels?: Array<TicketChannel> | null | undefined;
  enabled?: boolean;
  hasOrderId?: boolean | null | undefined;
  /** Omit to create. */
  id?: string | number | null | undefined;
  languages?: Array<string> | null | undefined;
  name: string;
  priority: number;
  queueId: string | number;
  storeIds?: Array<string | number> | null | undefined;
  subjectContains?: Array<string> | null | undefined;
};

export type SaveSlaPolicyInput = {
  channel?: TicketChannel | null | undefined;
  /** Omit to create. */
  id?: string | number | null | undefined;
  name: string;
  storeId?: string | number | null | undefined;
  /** Targets to set; kinds left out keep their current (or default) setting. */
  targets: Array<SlaTargetInput>;
  /** Required when updating. */
  version?: number | null | undefined;
};

export type SetTicketLanguageInput = {
  language: string;
  ticketId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type SetTicketPriorityInput = {
  priority: TicketPriority;
  ticketId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type SetTicketStatusInput = {
  status: TicketStatus;
  ticketId: string | number;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type SlaClockKind =
  | 'A_TO_Z_INFORMATION_REQUEST'
  | 'CHARGEBACK_RESPONSE'
  | 'FIRST_RESPONSE'
  | 'NEXT_RESPONSE'
  | 'RESOLUTION'
  | 'RETURN_REQUEST_RESPONSE';

export type SlaClockStatus =
  | 'BREACHED'
  | 'CANCELLED'
  | 'MET'
  | 'PAUSED'
  | 'RUNNING';

export type SlaEscalationAction =
  | 'MOVE_TO_SUPERVISOR_QUEUE'
  | 'NOTIFY_ASSIGNEE'
  | 'NOTIFY_SUPERVISORS'
  | 'RAISE_PRIORITY';

export type SlaEscalationLevelInput = {
  actions: Array<SlaEscalationAction>;
  level: number;
  on: SlaEscalationTrigger;
};

export type SlaEscalationTrigger =
  | 'BREACH'
  | 'WARNING';

/** CALENDAR: every hour counts. BUSINESS: only the team calendar’s opening hours. */
export type SlaHours =
  | 'BUSINESS'
  | 'CALENDAR';

export type SlaTargetInput = {
  enabled?: boolean;
  escalation: Array<SlaEscalationLevelInput>;
  hours: SlaHours;
  kind: SlaClockKind;
  targetMinutes: number;
  warning: SlaWarningPointInput;
};

export type SlaWarningPointInput = {
  elapsedPercent?: number | null | undefined;
  minutesBeforeDue?: number | null | undefined;
};

export type TicketChannel =
  | 'ACCOUNT_HEALTH_NOTICE'
  | 'A_TO_Z_CLAIM'
  | 'BUYER_MESSAGE'
  | 'CHARGEBACK'
  | 'NEGATIVE_FEEDBACK'
  | 'RETURN_REQUEST';

export type TicketFilterInput = {
  assigneeId?: string | number | null | undefined;
  channel?: TicketChannel | null | undefined;
  language?: string | null | undefined;
  /** Only the caller's tickets. */
  mine?: boolean | null | undefined;
  queueId?: string | number | null | undefined;
  statuses?: Array<TicketStatus> | null | undefined;
  storeId?: string | number | null | undefined;
  /** Only tickets nobody is assigned to. */
  unassigned?: boolean | null | undefined;
};

export type TicketPriority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

export type TicketStatus =
  | 'CLOSED'
  | 'NEW'
  | 'OPEN'
  | 'RESOLVED'
  | 'WAITING_ON_BUYER';

export type UpdateStoreInput = {
  defaultLanguage?: string | null | undefined;
  id: string | number;
  /** An e-mail address; empty clears it. */
  inboundAddress?: string | null | undefined;
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
  version: number;
};

export type AccountHealthQueryVariables = Exact<{
  storeId: string | number;
  asOf?: string | null | undefined;
}>;


export type AccountHealthQuery = { accountHealth: { storeId: string, asOf: string, accountStatus: string | null, amazonReportImportedAt: string | null, amazonAccountHealthRating: number | null, metrics: Array<{ key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, value: number | null, numerator: number, denominator: number, windowStart: string, windowEnd: string, warningAt: number | null, redLine: number | null, higherIsBetter: boolean, status: HealthStatus, defectBudget: number | null, amazon: { value: number | null, numerator: number | null, denominator: number | null, status: string | null, targetValue: number | null, targetCondition: string | null, windowStart: string | null, windowEnd: string | null, difference: number | null } | null }> } };

export type AccountHealthForecastQueryVariables = Exact<{
  storeId: string | number;
  asOf?: string | null | undefined;
}>;


export type AccountHealthForecastQuery = { accountHealth: { storeId: string, asOf: string, forecast: Array<{ key: HealthMetricKey, fulfillmentChannel: FulfillmentScope, points: Array<{ horizonDays: number, windowStart: string, windowEnd: string, value: number | null, expectedNumerator: number, expectedDenominator: number, status: HealthStatus }> }> } };

export type AccountHealthTrendQueryVariables = Exact<{
  storeId: string | number;
  key: HealthMetricKey;
  fulfillmentChannel?: FulfillmentScope | null | undefined;
  from: string;
  to: string;
}>;


export type AccountHealthTrendQuery = { accountHealthTrend: Array<{ day: string, value: number | null, numerator: number, denominator: number, status: HealthStatus, warningAt: number | null, redLine: number | null }> };

export type HealthAlertsQueryVariables = Exact<{
  storeId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HealthAlertsQuery = { healthAlerts: { edges: Array<{ cursor: string, node: { id: string, storeId: string, key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, level: HealthStatus, previousStatus: HealthStatus, value: number | null, numerator: number, denominator: number, line: number | null, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MetricOrdersQueryVariables = Exact<{
  storeId: string | number;
  key: HealthMetricKey;
  fulfillmentChannel?: FulfillmentScope | null | undefined;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MetricOrdersQuery = { metricOrders: { supported: boolean, edges: Array<{ cursor: string, node: { marketplaceOrderId: string, purchasedAt: string, fulfillmentChannel: FulfillmentScope, defects: Array<MetricOrderDefect>, ticketIds: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { token: string, refreshToken: string, expiresAt: string } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { token: string, refreshToken: string, expiresAt: string } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, name: string, role: Role, languages: Array<string>, availability: Availability, maxOpenTickets: number, organization: { id: string, name: string } } };

export type RoutingRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingRulesQuery = { routingRules: Array<{ id: string, name: string, priority: number, queueId: string, enabled: boolean, storeIds: Array<string> | null, channels: Array<TicketChannel> | null, languages: Array<string> | null, subjectContains: Array<string> | null, bodyContains: Array<string> | null, hasOrderId: boolean | null }> };

export type SaveQueueMutationVariables = Exact<{
  input: SaveQueueInput;
}>;


export type SaveQueueMutation = { saveQueue: { id: string, name: string, storeId: string | null, language: string | null, isFallback: boolean, isSupervisorQueue: boolean } };

export type DeleteQueueMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteQueueMutation = { deleteQueue: boolean };

export type SaveRoutingRuleMutationVariables = Exact<{
  input: SaveRoutingRuleInput;
}>;


export type SaveRoutingRuleMutation = { saveRoutingRule: { id: string, name: string, priority: number, queueId: string, enabled: boolean, storeIds: Array<string> | null, channels: Array<TicketChannel> | null, languages: Array<string> | null, subjectContains: Array<string> | null, bodyContains: Array<string> | null, hasOrderId: boolean | null } };

export type DeleteRoutingRuleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRoutingRuleMutation = { deleteRoutingRule: boolean };

export type RiskReasonFieldsFragment = { code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> };

export type OrderRiskFieldsFragment = { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null };

export type RiskPoolQueryVariables = Exact<{
  filter?: RiskPoolFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RiskPoolQuery = { riskPool: { edges: Array<{ cursor: string, node: { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, tickets: Array<{ id: string, subject: string, status: TicketStatus, language: string }>, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderRiskQueryVariables = Exact<{
  storeId: string | number;
  marketplaceOrderId: string;
}>;


export type OrderRiskQuery = { orderRisk: { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null } | null };

export type ClaimRiskOrderMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ClaimRiskOrderMutation = { claimRiskOrder: { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null } };

export type ReleaseRiskOrderMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ReleaseRiskOrderMutation = { releaseRiskOrder: { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null } };

export type ResolveRiskOrderMutationVariables = Exact<{
  id: string | number;
  version: number;
  note?: string | null | undefined;
}>;


export type ResolveRiskOrderMutation = { resolveRiskOrder: { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null } };

export type ReopenRiskOrderMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type ReopenRiskOrderMutation = { reopenRiskOrder: { id: string, marketplaceOrderId: string, score: number, nextDeadline: string | null, nextDeadlineKind: RiskDeadlineKind | null, inPool: boolean, language: string | null, orderValue: string, currency: string | null, claimedAt: string | null, resolvedAt: string | null, resolutionNote: string | null, computedAt: string, version: number, reasons: Array<{ code: RiskReasonCode, weight: number, points: number, detail: string, params: Record<string, unknown> }>, store: { id: string, name: string, marketplace: Marketplace }, claimedBy: { id: string, name: string } | null, resolvedBy: { id: string, name: string } | null } };

export type RiskSettingsFieldsFragment = { threshold: number, trackingScanGraceHours: number, returnHandlingHours: number, repeatedContactsCount: number, repeatedContactsWithinHours: number, overdueFullAfterDays: number, aToZResponseHours: number, chargebackResponseDays: number, returnResponseHours: number, buyerMessageResponseHours: number, version: number, updatedAt: string | null, weights: Array<{ code: RiskReasonCode, weight: number }>, orderValueBands: Array<{ currency: string, bands: Array<{ from: string, share: number }> }> };

export type RiskSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskSettingsQuery = { riskSettings: { threshold: number, trackingScanGraceHours: number, returnHandlingHours: number, repeatedContactsCount: number, repeatedContactsWithinHours: number, overdueFullAfterDays: number, aToZResponseHours: number, chargebackResponseDays: number, returnResponseHours: number, buyerMessageResponseHours: number, version: number, updatedAt: string | null, weights: Array<{ code: RiskReasonCode, weight: number }>, orderValueBands: Array<{ currency: string, bands: Array<{ from: string, share: number }> }> } };

export type UpdateRiskSettingsMutationVariables = Exact<{
  version: number;
  settings: RiskSettingsInput;
}>;


export type UpdateRiskSettingsMutation = { updateRiskSettings: { threshold: number, trackingScanGraceHours: number, returnHandlingHours: number, repeatedContactsCount: number, repeatedContactsWithinHours: number, overdueFullAfterDays: number, aToZResponseHours: number, chargebackResponseDays: number, returnResponseHours: number, buyerMessageResponseHours: number, version: number, updatedAt: string | null, weights: Array<{ code: RiskReasonCode, weight: number }>, orderValueBands: Array<{ currency: string, bands: Array<{ from: string, share: number }> }> } };

export type SlaClockFieldsFragment = { id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number };

export type TicketSlaClocksQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketSlaClocksQuery = { ticket: { id: string, version: number, status: TicketStatus, priority: TicketPriority, dueAt: string | null, queue: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type SlaTargetFieldsFragment = { kind: SlaClockKind, enabled: boolean, targetMinutes: number, hours: SlaHours, warning: { elapsedPercent: number | null, minutesBeforeDue: number | null }, escalation: Array<{ level: number, on: SlaEscalationTrigger, actions: Array<SlaEscalationAction> }> };

export type SlaPolicyFieldsFragment = { id: string, name: string, storeId: string | null, channel: TicketChannel | null, version: number, updatedAt: string, targets: Array<{ kind: SlaClockKind, enabled: boolean, targetMinutes: number, hours: SlaHours, warning: { elapsedPercent: number | null, minutesBeforeDue: number | null }, escalation: Array<{ level: number, on: SlaEscalationTrigger, actions: Array<SlaEscalationAction> }> }> };

export type SlaPoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type SlaPoliciesQuery = { slaPolicies: Array<{ id: string, name: string, storeId: string | null, channel: TicketChannel | null, version: number, updatedAt: string, targets: Array<{ kind: SlaClockKind, enabled: boolean, targetMinutes: number, hours: SlaHours, warning: { elapsedPercent: number | null, minutesBeforeDue: number | null }, escalation: Array<{ level: number, on: SlaEscalationTrigger, actions: Array<SlaEscalationAction> }> }> }>, defaultSlaTargets: Array<{ kind: SlaClockKind, enabled: boolean, targetMinutes: number, hours: SlaHours, warning: { elapsedPercent: number | null, minutesBeforeDue: number | null }, escalation: Array<{ level: number, on: SlaEscalationTrigger, actions: Array<SlaEscalationAction> }> }> };

export type SaveSlaPolicyMutationVariables = Exact<{
  input: SaveSlaPolicyInput;
}>;


export type SaveSlaPolicyMutation = { saveSlaPolicy: { id: string, name: string, storeId: string | null, channel: TicketChannel | null, version: number, updatedAt: string, targets: Array<{ kind: SlaClockKind, enabled: boolean, targetMinutes: number, hours: SlaHours, warning: { elapsedPercent: number | null, minutesBeforeDue: number | null }, escalation: Array<{ level: number, on: SlaEscalationTrigger, actions: Array<SlaEscalationAction> }> }> } };

export type DeleteSlaPolicyMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteSlaPolicyMutation = { deleteSlaPolicy: boolean };

export type BusinessCalendarFieldsFragment = { id: string, name: string, storeId: string | null, calendar: Record<string, unknown>, version: number };

export type BusinessCalendarsQueryVariables = Exact<{ [key: string]: never; }>;


export type BusinessCalendarsQuery = { businessCalendars: Array<{ id: string, name: string, storeId: string | null, calendar: Record<string, unknown>, version: number }> };

export type SaveBusinessCalendarMutationVariables = Exact<{
  input: SaveBusinessCalendarInput;
}>;


export type SaveBusinessCalendarMutation = { saveBusinessCalendar: { id: string, name: string, storeId: string | null, calendar: Record<string, unknown>, version: number } };

export type LateResponseWindowFieldsFragment = { days: number, rate: number | null, lateCount: number, messageCount: number, status: string, warningAt: number | null, redLine: number | null, averageResponseSeconds: number | null, windowStart: string, windowEnd: string };

export type LateResponseRateQueryVariables = Exact<{
  storeId: string | number;
}>;


export type LateResponseRateQuery = { lateResponseRate: { storeId: string, asOf: string, responseHours: number, last7Days: { days: number, rate: number | null, lateCount: number, messageCount: number, status: string, warningAt: number | null, redLine: number | null, averageResponseSeconds: number | null, windowStart: string, windowEnd: string }, last30Days: { days: number, rate: number | null, lateCount: number, messageCount: number, status: string, warningAt: number | null, redLine: number | null, averageResponseSeconds: number | null, windowStart: string, windowEnd: string }, last90Days: { days: number, rate: number | null, lateCount: number, messageCount: number, status: string, warningAt: number | null, redLine: number | null, averageResponseSeconds: number | null, windowStart: string, windowEnd: string } } };

export type MarkMessageNoResponseNeededMutationVariables = Exact<{
  input: MarkMessageNoResponseNeededInput;
}>;


export type MarkMessageNoResponseNeededMutation = { markMessageNoResponseNeeded: { id: string, version: number, dueAt: string | null, messages: Array<{ id: string, noResponseNeeded: boolean }>, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type StoreApiKeysQueryVariables = Exact<{
  storeId: string | number;
}>;


export type StoreApiKeysQuery = { storeApiKeys: Array<{ id: string, storeId: string, name: string, prefix: string, createdAt: string, revokedAt: string | null, lastUsedAt: string | null }> };

export type CreateStoreApiKeyMutationVariables = Exact<{
  input: CreateStoreApiKeyInput;
}>;


export type CreateStoreApiKeyMutation = { createStoreApiKey: { key: string, apiKey: { id: string, prefix: string, name: string } } };

export type RevokeStoreApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeStoreApiKeyMutation = { revokeStoreApiKey: { id: string, revokedAt: string | null } };

export type StoresQueryVariables = Exact<{ [key: string]: never; }>;


export type StoresQuery = { stores: Array<{ id: string, name: string, marketplace: Marketplace, region: string, marketplaceId: string, timeZone: string, defaultLanguage: string, inboundAddress: string | null, version: number }> };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { edges: Array<{ cursor: string, node: { id: string, email: string, name: string, role: Role, languages: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type UpdateStoreMutationVariables = Exact<{
  input: UpdateStoreInput;
}>;


export type UpdateStoreMutation = { updateStore: { id: string, name: string, timeZone: string, defaultLanguage: string, inboundAddress: string | null, version: number } };

export type TicketListFieldsFragment = { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> };

export type TicketsQueryVariables = Exact<{
  filter?: TicketFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TicketsQuery = { tickets: { edges: Array<{ cursor: string, node: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TicketQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketQuery = { ticket: { languageSource: string, mergedIntoId: string | null, updatedAt: string, id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, store: { id: string, name: string, marketplace: Marketplace, timeZone: string, defaultLanguage: string }, messages: Array<{ id: string, direction: MessageDirection, fromAddress: string | null, fromName: string | null, subject: string, body: string, language: string, sentAt: string, noResponseNeeded: boolean, isAutoReply: boolean, deliveryStatus: string | null, templateId: string | null, attachments: Array<{ filename: string, contentType: string, sizeBytes: number }>, author: { id: string, name: string } | null }>, notes: Array<{ id: string, body: string, createdAt: string, author: { id: string, name: string } }>, timeline: Array<{ id: string, type: string, actorType: string, data: Record<string, unknown>, createdAt: string, actor: { id: string, name: string } | null }>, otherTicketsForOrder: Array<{ id: string, subject: string, status: TicketStatus, channel: TicketChannel, createdAt: string }>, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type QueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type QueuesQuery = { queues: Array<{ id: string, name: string, language: string | null, storeId: string | null, isFallback: boolean, isSupervisorQueue: boolean, openCount: number, unassignedCount: number }>, ticketLanguageCounts: Array<{ language: string, openCount: number }> };

export type ReplyTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplyTemplatesQuery = { replyTemplates: Array<{ id: string, name: string, category: string, version: number, translations: Array<{ language: string, subject: string, body: string }> }> };

export type RenderReplyTemplateQueryVariables = Exact<{
  ticketId: string | number;
  templateId: string | number;
}>;


export type RenderReplyTemplateQuery = { renderReplyTemplate: { templateId: string, language: string, subject: string, body: string, missing: Array<string> } };

export type SaveReplyTemplateMutationVariables = Exact<{
  input: SaveReplyTemplateInput;
}>;


export type SaveReplyTemplateMutation = { saveReplyTemplate: { id: string, name: string, version: number, translations: Array<{ language: string, subject: string, body: string }> } };

export type ReplyToTicketMutationVariables = Exact<{
  input: ReplyToTicketInput;
}>;


export type ReplyToTicketMutation = { replyToTicket: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type AssignTicketMutationVariables = Exact<{
  input: AssignTicketInput;
}>;


export type AssignTicketMutation = { assignTicket: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type SetTicketStatusMutationVariables = Exact<{
  input: SetTicketStatusInput;
}>;


export type SetTicketStatusMutation = { setTicketStatus: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type SetTicketPriorityMutationVariables = Exact<{
  input: SetTicketPriorityInput;
}>;


export type SetTicketPriorityMutation = { setTicketPriority: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type SetTicketLanguageMutationVariables = Exact<{
  input: SetTicketLanguageInput;
}>;


export type SetTicketLanguageMutation = { setTicketLanguage: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type AddTicketNoteMutationVariables = Exact<{
  input: AddTicketNoteInput;
}>;


export type AddTicketNoteMutation = { addTicketNote: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type MergeTicketsMutationVariables = Exact<{
  input: MergeTicketsInput;
}>;


export type MergeTicketsMutation = { mergeTickets: { id: string, channel: TicketChannel, subject: string, language: string, status: TicketStatus, priority: TicketPriority, dueAt: string | null, marketplaceOrderId: string | null, buyerName: string | null, buyerAddress: string, lastMessageAt: string, createdAt: string, version: number, queue: { id: string, name: string }, assignee: { id: string, name: string } | null, store: { id: string, name: string }, slaClocks: Array<{ id: string, kind: SlaClockKind, status: SlaClockStatus, hours: SlaHours, messageId: string | null, startedAt: string, dueAt: string, warnAt: string | null, warnedAt: string | null, metAt: string | null, breachedAt: string | null, cancelledAt: string | null, pausedAt: string | null, pausedSeconds: number, escalationLevel: number }> } };

export type SetMyAvailabilityMutationVariables = Exact<{
  availability: Availability;
}>;


export type SetMyAvailabilityMutation = { setMyAvailability: { id: string, availability: Availability } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const RiskReasonFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
    `, {"fragmentName":"RiskReasonFields"}) as unknown as TypedDocumentString<RiskReasonFieldsFragment, unknown>;
export const OrderRiskFieldsFragmentDoc = new TypedDocumentString(`
    fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}`, {"fragmentName":"OrderRiskFields"}) as unknown as TypedDocumentString<OrderRiskFieldsFragment, unknown>;
export const RiskSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiskSettingsFields on RiskSettings {
  threshold
  weights {
    code
    weight
  }
  orderValueBands {
    currency
    bands {
      from
      share
    }
  }
  trackingScanGraceHours
  returnHandlingHours
  repeatedContactsCount
  repeatedContactsWithinHours
  overdueFullAfterDays
  aToZResponseHours
  chargebackResponseDays
  returnResponseHours
  buyerMessageResponseHours
  version
  updatedAt
}
    `, {"fragmentName":"RiskSettingsFields"}) as unknown as TypedDocumentString<RiskSettingsFieldsFragment, unknown>;
export const SlaTargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlaTargetFields on SlaTarget {
  kind
  enabled
  targetMinutes
  hours
  warning {
    elapsedPercent
    minutesBeforeDue
  }
  escalation {
    level
    on
    actions
  }
}
    `, {"fragmentName":"SlaTargetFields"}) as unknown as TypedDocumentString<SlaTargetFieldsFragment, unknown>;
export const SlaPolicyFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlaPolicyFields on SlaPolicy {
  id
  name
  storeId
  channel
  version
  updatedAt
  targets {
    ...SlaTargetFields
  }
}
    fragment SlaTargetFields on SlaTarget {
  kind
  enabled
  targetMinutes
  hours
  warning {
    elapsedPercent
    minutesBeforeDue
  }
  escalation {
    level
    on
    actions
  }
}`, {"fragmentName":"SlaPolicyFields"}) as unknown as TypedDocumentString<SlaPolicyFieldsFragment, unknown>;
export const BusinessCalendarFieldsFragmentDoc = new TypedDocumentString(`
    fragment BusinessCalendarFields on BusinessCalendar {
  id
  name
  storeId
  calendar
  version
}
    `, {"fragmentName":"BusinessCalendarFields"}) as unknown as TypedDocumentString<BusinessCalendarFieldsFragment, unknown>;
export const LateResponseWindowFieldsFragmentDoc = new TypedDocumentString(`
    fragment LateResponseWindowFields on LateResponseWindow {
  days
  rate
  lateCount
  messageCount
  status
  warningAt
  redLine
  averageResponseSeconds
  windowStart
  windowEnd
}
    `, {"fragmentName":"LateResponseWindowFields"}) as unknown as TypedDocumentString<LateResponseWindowFieldsFragment, unknown>;
export const SlaClockFieldsFragmentDoc = new TypedDocumentString(`
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
    `, {"fragmentName":"SlaClockFields"}) as unknown as TypedDocumentString<SlaClockFieldsFragment, unknown>;
export const TicketListFieldsFragmentDoc = new TypedDocumentString(`
    fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}`, {"fragmentName":"TicketListFields"}) as unknown as TypedDocumentString<TicketListFieldsFragment, unknown>;
export const AccountHealthDocument = new TypedDocumentString(`
    query AccountHealth($storeId: ID!, $asOf: DateTime) {
  accountHealth(storeId: $storeId, asOf: $asOf) {
    storeId
    asOf
    accountStatus
    amazonReportImportedAt
    amazonAccountHealthRating
    metrics {
      key
      fulfillmentChannel
      value
      numerator
      denominator
      windowStart
      windowEnd
      warningAt
      redLine
      higherIsBetter
      status
      defectBudget
      amazon {
        value
        numerator
        denominator
        status
        targetValue
        targetCondition
        windowStart
        windowEnd
        difference
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountHealthQuery, AccountHealthQueryVariables>;
export const AccountHealthForecastDocument = new TypedDocumentString(`
    query AccountHealthForecast($storeId: ID!, $asOf: DateTime) {
  accountHealth(storeId: $storeId, asOf: $asOf) {
    storeId
    asOf
    forecast {
      key
      fulfillmentChannel
      points {
        horizonDays
        windowStart
        windowEnd
        value
        expectedNumerator
        expectedDenominator
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountHealthForecastQuery, AccountHealthForecastQueryVariables>;
export const AccountHealthTrendDocument = new TypedDocumentString(`
    query AccountHealthTrend($storeId: ID!, $key: HealthMetricKey!, $fulfillmentChannel: FulfillmentScope, $from: DateTime!, $to: DateTime!) {
  accountHealthTrend(
    storeId: $storeId
    key: $key
    fulfillmentChannel: $fulfillmentChannel
    from: $from
    to: $to
  ) {
    day
    value
    numerator
    denominator
    status
    warningAt
    redLine
  }
}
    `) as unknown as TypedDocumentString<AccountHealthTrendQuery, AccountHealthTrendQueryVariables>;
export const HealthAlertsDocument = new TypedDocumentString(`
    query HealthAlerts($storeId: ID!, $first: Int, $after: String) {
  healthAlerts(storeId: $storeId, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        storeId
        key
        fulfillmentChannel
        level
        previousStatus
        value
        numerator
        denominator
        line
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<HealthAlertsQuery, HealthAlertsQueryVariables>;
export const MetricOrdersDocument = new TypedDocumentString(`
    query MetricOrders($storeId: ID!, $key: HealthMetricKey!, $fulfillmentChannel: FulfillmentScope, $asOf: DateTime, $first: Int, $after: String) {
  metricOrders(
    storeId: $storeId
    key: $key
    fulfillmentChannel: $fulfillmentChannel
    asOf: $asOf
    first: $first
    after: $after
  ) {
    supported
    edges {
      cursor
      node {
        marketplaceOrderId
        purchasedAt
        fulfillmentChannel
        defects
        ticketIds
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<MetricOrdersQuery, MetricOrdersQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    token
    refreshToken
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    email
    name
    role
    languages
    availability
    maxOpenTickets
    organization {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const RoutingRulesDocument = new TypedDocumentString(`
    query RoutingRules {
  routingRules {
    id
    name
    priority
    queueId
    enabled
    storeIds
    channels
    languages
    subjectContains
    bodyContains
    hasOrderId
  }
}
    `) as unknown as TypedDocumentString<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const SaveQueueDocument = new TypedDocumentString(`
    mutation SaveQueue($input: SaveQueueInput!) {
  saveQueue(input: $input) {
    id
    name
    storeId
    language
    isFallback
    isSupervisorQueue
  }
}
    `) as unknown as TypedDocumentString<SaveQueueMutation, SaveQueueMutationVariables>;
export const DeleteQueueDocument = new TypedDocumentString(`
    mutation DeleteQueue($id: ID!) {
  deleteQueue(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteQueueMutation, DeleteQueueMutationVariables>;
export const SaveRoutingRuleDocument = new TypedDocumentString(`
    mutation SaveRoutingRule($input: SaveRoutingRuleInput!) {
  saveRoutingRule(input: $input) {
    id
    name
    priority
    queueId
    enabled
    storeIds
    channels
    languages
    subjectContains
    bodyContains
    hasOrderId
  }
}
    `) as unknown as TypedDocumentString<SaveRoutingRuleMutation, SaveRoutingRuleMutationVariables>;
export const DeleteRoutingRuleDocument = new TypedDocumentString(`
    mutation DeleteRoutingRule($id: ID!) {
  deleteRoutingRule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteRoutingRuleMutation, DeleteRoutingRuleMutationVariables>;
export const RiskPoolDocument = new TypedDocumentString(`
    query RiskPool($filter: RiskPoolFilterInput, $first: Int, $after: String) {
  riskPool(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...OrderRiskFields
        tickets {
          id
          subject
          status
          language
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<RiskPoolQuery, RiskPoolQueryVariables>;
export const OrderRiskDocument = new TypedDocumentString(`
    query OrderRisk($storeId: ID!, $marketplaceOrderId: String!) {
  orderRisk(storeId: $storeId, marketplaceOrderId: $marketplaceOrderId) {
    ...OrderRiskFields
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<OrderRiskQuery, OrderRiskQueryVariables>;
export const ClaimRiskOrderDocument = new TypedDocumentString(`
    mutation ClaimRiskOrder($id: ID!, $version: Int!) {
  claimRiskOrder(id: $id, version: $version) {
    ...OrderRiskFields
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ClaimRiskOrderMutation, ClaimRiskOrderMutationVariables>;
export const ReleaseRiskOrderDocument = new TypedDocumentString(`
    mutation ReleaseRiskOrder($id: ID!, $version: Int!) {
  releaseRiskOrder(id: $id, version: $version) {
    ...OrderRiskFields
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReleaseRiskOrderMutation, ReleaseRiskOrderMutationVariables>;
export const ResolveRiskOrderDocument = new TypedDocumentString(`
    mutation ResolveRiskOrder($id: ID!, $version: Int!, $note: String) {
  resolveRiskOrder(id: $id, version: $version, note: $note) {
    ...OrderRiskFields
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ResolveRiskOrderMutation, ResolveRiskOrderMutationVariables>;
export const ReopenRiskOrderDocument = new TypedDocumentString(`
    mutation ReopenRiskOrder($id: ID!, $version: Int!) {
  reopenRiskOrder(id: $id, version: $version) {
    ...OrderRiskFields
  }
}
    fragment RiskReasonFields on RiskReason {
  code
  weight
  points
  detail
  params
}
fragment OrderRiskFields on OrderRisk {
  id
  marketplaceOrderId
  score
  reasons {
    ...RiskReasonFields
  }
  nextDeadline
  nextDeadlineKind
  inPool
  language
  orderValue
  currency
  claimedAt
  resolvedAt
  resolutionNote
  computedAt
  version
  store {
    id
    name
    marketplace
  }
  claimedBy {
    id
    name
  }
  resolvedBy {
    id
    name
  }
}`) as unknown as TypedDocumentString<ReopenRiskOrderMutation, ReopenRiskOrderMutationVariables>;
export const RiskSettingsDocument = new TypedDocumentString(`
    query RiskSettings {
  riskSettings {
    ...RiskSettingsFields
  }
}
    fragment RiskSettingsFields on RiskSettings {
  threshold
  weights {
    code
    weight
  }
  orderValueBands {
    currency
    bands {
      from
      share
    }
  }
  trackingScanGraceHours
  returnHandlingHours
  repeatedContactsCount
  repeatedContactsWithinHours
  overdueFullAfterDays
  aToZResponseHours
  chargebackResponseDays
  returnResponseHours
  buyerMessageResponseHours
  version
  updatedAt
}`) as unknown as TypedDocumentString<RiskSettingsQuery, RiskSettingsQueryVariables>;
export const UpdateRiskSettingsDocument = new TypedDocumentString(`
    mutation UpdateRiskSettings($version: Int!, $settings: RiskSettingsInput!) {
  updateRiskSettings(version: $version, settings: $settings) {
    ...RiskSettingsFields
  }
}
    fragment RiskSettingsFields on RiskSettings {
  threshold
  weights {
    code
    weight
  }
  orderValueBands {
    currency
    bands {
      from
      share
    }
  }
  trackingScanGraceHours
  returnHandlingHours
  repeatedContactsCount
  repeatedContactsWithinHours
  overdueFullAfterDays
  aToZResponseHours
  chargebackResponseDays
  returnResponseHours
  buyerMessageResponseHours
  version
  updatedAt
}`) as unknown as TypedDocumentString<UpdateRiskSettingsMutation, UpdateRiskSettingsMutationVariables>;
export const TicketSlaClocksDocument = new TypedDocumentString(`
    query TicketSlaClocks($id: ID!) {
  ticket(id: $id) {
    id
    version
    status
    priority
    dueAt
    queue {
      id
      name
    }
    slaClocks {
      ...SlaClockFields
    }
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}`) as unknown as TypedDocumentString<TicketSlaClocksQuery, TicketSlaClocksQueryVariables>;
export const SlaPoliciesDocument = new TypedDocumentString(`
    query SlaPolicies {
  slaPolicies {
    ...SlaPolicyFields
  }
  defaultSlaTargets {
    ...SlaTargetFields
  }
}
    fragment SlaTargetFields on SlaTarget {
  kind
  enabled
  targetMinutes
  hours
  warning {
    elapsedPercent
    minutesBeforeDue
  }
  escalation {
    level
    on
    actions
  }
}
fragment SlaPolicyFields on SlaPolicy {
  id
  name
  storeId
  channel
  version
  updatedAt
  targets {
    ...SlaTargetFields
  }
}`) as unknown as TypedDocumentString<SlaPoliciesQuery, SlaPoliciesQueryVariables>;
export const SaveSlaPolicyDocument = new TypedDocumentString(`
    mutation SaveSlaPolicy($input: SaveSlaPolicyInput!) {
  saveSlaPolicy(input: $input) {
    ...SlaPolicyFields
  }
}
    fragment SlaTargetFields on SlaTarget {
  kind
  enabled
  targetMinutes
  hours
  warning {
    elapsedPercent
    minutesBeforeDue
  }
  escalation {
    level
    on
    actions
  }
}
fragment SlaPolicyFields on SlaPolicy {
  id
  name
  storeId
  channel
  version
  updatedAt
  targets {
    ...SlaTargetFields
  }
}`) as unknown as TypedDocumentString<SaveSlaPolicyMutation, SaveSlaPolicyMutationVariables>;
export const DeleteSlaPolicyDocument = new TypedDocumentString(`
    mutation DeleteSlaPolicy($id: ID!) {
  deleteSlaPolicy(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteSlaPolicyMutation, DeleteSlaPolicyMutationVariables>;
export const BusinessCalendarsDocument = new TypedDocumentString(`
    query BusinessCalendars {
  businessCalendars {
    ...BusinessCalendarFields
  }
}
    fragment BusinessCalendarFields on BusinessCalendar {
  id
  name
  storeId
  calendar
  version
}`) as unknown as TypedDocumentString<BusinessCalendarsQuery, BusinessCalendarsQueryVariables>;
export const SaveBusinessCalendarDocument = new TypedDocumentString(`
    mutation SaveBusinessCalendar($input: SaveBusinessCalendarInput!) {
  saveBusinessCalendar(input: $input) {
    ...BusinessCalendarFields
  }
}
    fragment BusinessCalendarFields on BusinessCalendar {
  id
  name
  storeId
  calendar
  version
}`) as unknown as TypedDocumentString<SaveBusinessCalendarMutation, SaveBusinessCalendarMutationVariables>;
export const LateResponseRateDocument = new TypedDocumentString(`
    query LateResponseRate($storeId: ID!) {
  lateResponseRate(storeId: $storeId) {
    storeId
    asOf
    responseHours
    last7Days {
      ...LateResponseWindowFields
    }
    last30Days {
      ...LateResponseWindowFields
    }
    last90Days {
      ...LateResponseWindowFields
    }
  }
}
    fragment LateResponseWindowFields on LateResponseWindow {
  days
  rate
  lateCount
  messageCount
  status
  warningAt
  redLine
  averageResponseSeconds
  windowStart
  windowEnd
}`) as unknown as TypedDocumentString<LateResponseRateQuery, LateResponseRateQueryVariables>;
export const MarkMessageNoResponseNeededDocument = new TypedDocumentString(`
    mutation MarkMessageNoResponseNeeded($input: MarkMessageNoResponseNeededInput!) {
  markMessageNoResponseNeeded(input: $input) {
    id
    version
    dueAt
    messages {
      id
      noResponseNeeded
    }
    slaClocks {
      ...SlaClockFields
    }
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}`) as unknown as TypedDocumentString<MarkMessageNoResponseNeededMutation, MarkMessageNoResponseNeededMutationVariables>;
export const StoreApiKeysDocument = new TypedDocumentString(`
    query StoreApiKeys($storeId: ID!) {
  storeApiKeys(storeId: $storeId) {
    id
    storeId
    name
    prefix
    createdAt
    revokedAt
    lastUsedAt
  }
}
    `) as unknown as TypedDocumentString<StoreApiKeysQuery, StoreApiKeysQueryVariables>;
export const CreateStoreApiKeyDocument = new TypedDocumentString(`
    mutation CreateStoreApiKey($input: CreateStoreApiKeyInput!) {
  createStoreApiKey(input: $input) {
    key
    apiKey {
      id
      prefix
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CreateStoreApiKeyMutation, CreateStoreApiKeyMutationVariables>;
export const RevokeStoreApiKeyDocument = new TypedDocumentString(`
    mutation RevokeStoreApiKey($id: ID!) {
  revokeStoreApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeStoreApiKeyMutation, RevokeStoreApiKeyMutationVariables>;
export const StoresDocument = new TypedDocumentString(`
    query Stores {
  stores {
    id
    name
    marketplace
    region
    marketplaceId
    timeZone
    defaultLanguage
    inboundAddress
    version
  }
}
    `) as unknown as TypedDocumentString<StoresQuery, StoresQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users($first: Int, $after: String) {
  users(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        email
        name
        role
        languages
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const UpdateStoreDocument = new TypedDocumentString(`
    mutation UpdateStore($input: UpdateStoreInput!) {
  updateStore(input: $input) {
    id
    name
    timeZone
    defaultLanguage
    inboundAddress
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateStoreMutation, UpdateStoreMutationVariables>;
export const TicketsDocument = new TypedDocumentString(`
    query Tickets($filter: TicketFilterInput, $first: Int, $after: String) {
  tickets(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...TicketListFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<TicketsQuery, TicketsQueryVariables>;
export const TicketDocument = new TypedDocumentString(`
    query Ticket($id: ID!) {
  ticket(id: $id) {
    ...TicketListFields
    languageSource
    mergedIntoId
    updatedAt
    store {
      id
      name
      marketplace
      timeZone
      defaultLanguage
    }
    messages {
      id
      direction
      fromAddress
      fromName
      subject
      body
      language
      sentAt
      noResponseNeeded
      isAutoReply
      deliveryStatus
      templateId
      attachments {
        filename
        contentType
        sizeBytes
      }
      author {
        id
        name
      }
    }
    notes {
      id
      body
      createdAt
      author {
        id
        name
      }
    }
    timeline {
      id
      type
      actorType
      data
      createdAt
      actor {
        id
        name
      }
    }
    otherTicketsForOrder {
      id
      subject
      status
      channel
      createdAt
    }
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<TicketQuery, TicketQueryVariables>;
export const QueuesDocument = new TypedDocumentString(`
    query Queues {
  queues {
    id
    name
    language
    storeId
    isFallback
    isSupervisorQueue
    openCount
    unassignedCount
  }
  ticketLanguageCounts {
    language
    openCount
  }
}
    `) as unknown as TypedDocumentString<QueuesQuery, QueuesQueryVariables>;
export const ReplyTemplatesDocument = new TypedDocumentString(`
    query ReplyTemplates {
  replyTemplates {
    id
    name
    category
    version
    translations {
      language
      subject
      body
    }
  }
}
    `) as unknown as TypedDocumentString<ReplyTemplatesQuery, ReplyTemplatesQueryVariables>;
export const RenderReplyTemplateDocument = new TypedDocumentString(`
    query RenderReplyTemplate($ticketId: ID!, $templateId: ID!) {
  renderReplyTemplate(ticketId: $ticketId, templateId: $templateId) {
    templateId
    language
    subject
    body
    missing
  }
}
    `) as unknown as TypedDocumentString<RenderReplyTemplateQuery, RenderReplyTemplateQueryVariables>;
export const SaveReplyTemplateDocument = new TypedDocumentString(`
    mutation SaveReplyTemplate($input: SaveReplyTemplateInput!) {
  saveReplyTemplate(input: $input) {
    id
    name
    version
    translations {
      language
      subject
      body
    }
  }
}
    `) as unknown as TypedDocumentString<SaveReplyTemplateMutation, SaveReplyTemplateMutationVariables>;
export const ReplyToTicketDocument = new TypedDocumentString(`
    mutation ReplyToTicket($input: ReplyToTicketInput!) {
  replyToTicket(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<ReplyToTicketMutation, ReplyToTicketMutationVariables>;
export const AssignTicketDocument = new TypedDocumentString(`
    mutation AssignTicket($input: AssignTicketInput!) {
  assignTicket(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<AssignTicketMutation, AssignTicketMutationVariables>;
export const SetTicketStatusDocument = new TypedDocumentString(`
    mutation SetTicketStatus($input: SetTicketStatusInput!) {
  setTicketStatus(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<SetTicketStatusMutation, SetTicketStatusMutationVariables>;
export const SetTicketPriorityDocument = new TypedDocumentString(`
    mutation SetTicketPriority($input: SetTicketPriorityInput!) {
  setTicketPriority(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<SetTicketPriorityMutation, SetTicketPriorityMutationVariables>;
export const SetTicketLanguageDocument = new TypedDocumentString(`
    mutation SetTicketLanguage($input: SetTicketLanguageInput!) {
  setTicketLanguage(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<SetTicketLanguageMutation, SetTicketLanguageMutationVariables>;
export const AddTicketNoteDocument = new TypedDocumentString(`
    mutation AddTicketNote($input: AddTicketNoteInput!) {
  addTicketNote(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<AddTicketNoteMutation, AddTicketNoteMutationVariables>;
export const MergeTicketsDocument = new TypedDocumentString(`
    mutation MergeTickets($input: MergeTicketsInput!) {
  mergeTickets(input: $input) {
    ...TicketListFields
  }
}
    fragment SlaClockFields on SlaClock {
  id
  kind
  status
  hours
  messageId
  startedAt
  dueAt
  warnAt
  warnedAt
  metAt
  breachedAt
  cancelledAt
  pausedAt
  pausedSeconds
  escalationLevel
}
fragment TicketListFields on Ticket {
  id
  channel
  subject
  language
  status
  priority
  dueAt
  marketplaceOrderId
  buyerName
  buyerAddress
  lastMessageAt
  createdAt
  version
  queue {
    id
    name
  }
  assignee {
    id
    name
  }
  store {
    id
    name
  }
  slaClocks {
    ...SlaClockFields
  }
}`) as unknown as TypedDocumentString<MergeTicketsMutation, MergeTicketsMutationVariables>;
export const SetMyAvailabilityDocument = new TypedDocumentString(`
    mutation SetMyAvailability($availability: Availability!) {
  setMyAvailability(availability: $availability) {
    id
    availability
  }
}
    `) as unknown as TypedDocumentString<SetMyAvailabilityMutation, SetMyAvailabilityMutationVariables>;