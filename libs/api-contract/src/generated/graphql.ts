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

export type AppealClaimInput = {
  id: string | number;
  /** The appeal sent to Amazon. */
  text: string;
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

/** OPEN → RESPONDED → DECIDED; DECIDED → APPEALED → DECIDED. */
export type ClaimCaseStatus =
  | 'APPEALED'
  | 'DECIDED'
  | 'OPEN'
  | 'RESPONDED';

export type ClaimDeadlineKind =
  | 'APPEAL'
  | 'RESPONSE';

/** What Amazon or the buyer decided; only FOR_SELLER and WITHDRAWN leave ODR. */
export type ClaimDecision =
  | 'FOR_BUYER_AMAZON_FUNDED'
  | 'FOR_BUYER_SELLER_FUNDED'
  | 'FOR_SELLER'
  | 'WITHDRAWN';

export type ClaimEvidenceItemKey =
  | 'COMPENSATION_OFFERED'
  | 'DELIVERY'
  | 'MESSAGE_HISTORY'
  | 'SHIP_CONFIRMATION'
  | 'TRACKING';

export type ClaimEvidenceState =
  | 'MISSING'
  | 'NOT_APPLICABLE'
  | 'PRESENT';

export type ClaimFilterInput = {
  kind?: ClaimKind | null | undefined;
  status?: ClaimCaseStatus | null | undefined;
  storeId?: string | number | null | undefined;
};

/** A_TO_Z: A-to-z Guarantee claim (DOMAIN.md §1.6); CHARGEBACK: card chargeback (§1.7). */
export type ClaimKind =
  | 'A_TO_Z'
  | 'CHARGEBACK';

export type CompensationCurrencyLimitInput = {
  amount: string;
  currency: string;
};

export type CompensationKind =
  | 'COUPON'
  | 'FULL_REFUND'
  | 'PARTIAL_REFUND'
  | 'PREPAID_RETURN_LABEL'
  | 'REPLACEMENT'
  | 'RESHIPMENT';

/** What the compensation achieved; FEEDBACK_REMOVED, FEEDBACK_REVISED, CLAIM_WITHDRAWN and RETURN_AVOIDED count as defects avoided. */
export type CompensationOutcome =
  | 'BUYER_SATISFIED'
  | 'CLAIM_WITHDRAWN'
  | 'FEEDBACK_REMOVED'
  | 'FEEDBACK_REVISED'
  | 'NO_EFFECT'
  | 'RETURN_AVOIDED';

export type CompensationRoleLimitsInput = {
  limits: Array<CompensationCurrencyLimitInput>;
  role: Role;
  unlimited: boolean;
};

/** REQUESTED → APPROVED → EXECUTED, or REJECTED / FAILED. */
export type CompensationState =
  | 'APPROVED'
  | 'EXECUTED'
  | 'FAILED'
  | 'REJECTED'
  | 'REQUESTED';

export type CreateStoreApiKeyInput = {
  name: string;
  storeId: string | number;
};

export type DecideClaimInput = {
  decision: ClaimDecision;
  id: string | number;
  note?: string | null | undefined;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type EbaySellerLevel =
  | 'ABOVE_STANDARD'
  | 'BELOW_STANDARD'
  | 'TOP_RATED';

export type EditCompensationInput = {
  /** PARTIAL_REFUND by amount. */
  amount?: string | null | undefined;
  /** COUPON. */
  couponValue?: string | null | undefined;
  /** ISO 4217; defaults to the order's currency. */
  currency?: string | null | undefined;
  id: string | number;
  /** RESHIPMENT / REPLACEMENT. */
  itemCost?: string | null | undefined;
  kind: CompensationKind;
  /** PREPAID_RETURN_LABEL. */
  labelCost?: string | null | undefined;
  /** PARTIAL_REFUND by percent of the order value (above 0, at most 100). */
  percent?: number | null | undefined;
  reason: string;
  /** RESHIPMENT / REPLACEMENT; 0 for free shipping. */
  shippingCost?: string | null | undefined;
  version: number;
};

export type ExecuteCompensationInput = {
  id: string | number;
  /** Required unless a marketplace connector executes it: the refund id, tracking number, coupon code … */
  reference?: string | null | undefined;
  version: number;
};

/** The DOMAIN.md §1.5 grounds Amazon removes or strikes through feedback on. */
export type FeedbackRemovalReason =
  | 'BUY_SHIPPING_DELAY_ONLY'
  | 'FBA_FULFILMENT_ONLY'
  | 'OBSCENE_LANGUAGE'
  | 'PRODUCT_REVIEW_ONLY'
  | 'SELLER_PERSONAL_INFORMATION';

/** REMOVED, STRUCK_THROUGH and BUYER_REMOVED take the feedback out of ODR; DENIED does not. */
export type FeedbackRemovalResult =
  | 'BUYER_REMOVED'
  | 'DENIED'
  | 'REMOVED'
  | 'STRUCK_THROUGH';

export type FeedbackRemovalStatus =
  | 'BUYER_REMOVED'
  | 'DENIED'
  | 'REMOVED'
  | 'REQUESTED'
  | 'STRUCK_THROUGH';

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

export type HealthThresholdInput = {
  key: HealthMetricKey;
  redLine?: number | null | undefined;
  warningAt?: number | null | undefined;
  windowDays?: number | null | undefined;
};

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

export type RecordCompensationOutcomeInput = {
  id: string | number;
  outcome: CompensationOutcome;
  version: number;
};

export type RecordFeedbackRemovalOutcomeInput = {
  feedbackId: string | number;
  outcome: FeedbackRemovalResult;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

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

export type RequestCompensationInput = {
  /** PARTIAL_REFUND by amount. */
  amount?: string | null | undefined;
  /** COUPON. */
  couponValue?: string | null | undefined;
  /** ISO 4217; defaults to the order's currency. */
  currency?: string | null | undefined;
  /** RESHIPMENT / REPLACEMENT. */
  itemCost?: string | null | undefined;
  kind: CompensationKind;
  /** PREPAID_RETURN_LABEL. */
  labelCost?: string | null | undefined;
  /** PARTIAL_REFUND by percent of the order value (above 0, at most 100). */
  percent?: number | null | undefined;
  reason: string;
  /** RESHIPMENT / REPLACEMENT; 0 for free shipping. */
  shippingCost?: string | null | undefined;
  ticketId: string | number;
};

export type RequestFeedbackRemovalInput = {
  feedbackId: string | number;
  reason: FeedbackRemovalReason;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type RespondToClaimInput = {
  id: string | number;
  /** The response sent to Amazon (information, representment). */
  response: string;
  /** The version last read; a stale one is refused with CONFLICT. */
  version: number;
};

export type ReviewCompensationInput = {
  id: string | number;
  reason: string;
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
  | 'COMPENSATION_APPROVAL'
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

export type UpdateCompensationLimitsInput = {
  approvalHours: number;
  limits: Array<CompensationRoleLimitsInput>;
  /** The version read; 0 while the defaults apply. */
  version: number;
};

export type UpdateHealthThresholdsInput = {
  /** Every metric the store sets itself; a metric left out goes back to the default. */
  metrics: Array<HealthThresholdInput>;
  storeId: string | number;
  version: number;
};

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


export type AccountHealthQuery = { accountHealth: { storeId: string, asOf: string, accountStatus: string | null, amazonReportImportedAt: string | null, amazonAccountHealthRating: number | null, ebay: { level: EbaySellerLevel, shortfalls: Array<string>, lookbackMonths: number, feedbackScore: number, positiveCount: number, neutralCount: number, negativeCount: number } | null, metrics: Array<{ key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, value: number | null, numerator: number, denominator: number, windowStart: string, windowEnd: string, warningAt: number | null, redLine: number | null, higherIsBetter: boolean, status: HealthStatus, defectBudget: number | null, amazon: { value: number | null, numerator: number | null, denominator: number | null, status: string | null, targetValue: number | null, targetCondition: string | null, windowStart: string | null, windowEnd: string | null, difference: number | null } | null }> } };

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

export type HealthThresholdsFieldsFragment = { storeId: string, version: number, metrics: Array<{ key: HealthMetricKey, higherIsBetter: boolean, warningAt: number | null, redLine: number | null, windowDays: number | null, defaultWarningAt: number | null, defaultRedLine: number | null, defaultWindowDays: number | null, edited: boolean }> };

export type HealthThresholdsQueryVariables = Exact<{
  storeId: string | number;
}>;


export type HealthThresholdsQuery = { healthThresholds: { storeId: string, version: number, metrics: Array<{ key: HealthMetricKey, higherIsBetter: boolean, warningAt: number | null, redLine: number | null, windowDays: number | null, defaultWarningAt: number | null, defaultRedLine: number | null, defaultWindowDays: number | null, edited: boolean }> } };

export type UpdateHealthThresholdsMutationVariables = Exact<{
  input: UpdateHealthThresholdsInput;
}>;


export type UpdateHealthThresholdsMutation = { updateHealthThresholds: { storeId: string, version: number, metrics: Array<{ key: HealthMetricKey, higherIsBetter: boolean, warningAt: number | null, redLine: number | null, windowDays: number | null, defaultWarningAt: number | null, defaultRedLine: number | null, defaultWindowDays: number | null, edited: boolean }> } };

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

export type ClaimCardFieldsFragment = { id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, store: { id: string, name: string } };

export type ClaimDetailFieldsFragment = { chargebackType: string | null, respondedAt: string | null, responseText: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, appealedAt: string | null, appealText: string | null, appealRefusal: string | null, id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, evidence: Array<{ key: ClaimEvidenceItemKey, state: ClaimEvidenceState, detail: string, params: Record<string, unknown> }>, history: Array<{ at: string, action: string, status: ClaimCaseStatus, decision: ClaimDecision | null, userId: string | null, text: string | null }>, store: { id: string, name: string } };

export type ClaimsQueryVariables = Exact<{
  filter?: ClaimFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClaimsQuery = { claims: { edges: Array<{ cursor: string, node: { id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, store: { id: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ClaimQueryVariables = Exact<{
  id: string | number;
}>;


export type ClaimQuery = { claim: { chargebackType: string | null, respondedAt: string | null, responseText: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, appealedAt: string | null, appealText: string | null, appealRefusal: string | null, id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, evidence: Array<{ key: ClaimEvidenceItemKey, state: ClaimEvidenceState, detail: string, params: Record<string, unknown> }>, history: Array<{ at: string, action: string, status: ClaimCaseStatus, decision: ClaimDecision | null, userId: string | null, text: string | null }>, store: { id: string, name: string } } };

export type TicketClaimQueryVariables = Exact<{
  ticketId: string | number;
}>;


export type TicketClaimQuery = { ticketClaim: { chargebackType: string | null, respondedAt: string | null, responseText: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, appealedAt: string | null, appealText: string | null, appealRefusal: string | null, id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, evidence: Array<{ key: ClaimEvidenceItemKey, state: ClaimEvidenceState, detail: string, params: Record<string, unknown> }>, history: Array<{ at: string, action: string, status: ClaimCaseStatus, decision: ClaimDecision | null, userId: string | null, text: string | null }>, store: { id: string, name: string } } | null };

export type RespondToClaimMutationVariables = Exact<{
  input: RespondToClaimInput;
}>;


export type RespondToClaimMutation = { respondToClaim: { chargebackType: string | null, respondedAt: string | null, responseText: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, appealedAt: string | null, appealText: string | null, appealRefusal: string | null, id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, evidence: Array<{ key: ClaimEvidenceItemKey, state: ClaimEvidenceState, detail: string, params: Record<string, unknown> }>, history: Array<{ at: string, action: string, status: ClaimCaseStatus, decision: ClaimDecision | null, userId: string | null, text: string | null }>, store: { id: string, name: string } } };

export type DecideClaimMutationVariables = Exact<{
  input: DecideClaimInput;
}>;


export type DecideClaimMutation = { decideClaim: { chargebackType: string | null, respondedAt: string | null, responseText: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, appealedAt: string | null, appealText: string | null, appealRefusal: string | null, id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, evidence: Array<{ key: ClaimEvidenceItemKey, state: ClaimEvidenceState, detail: string, params: Record<string, unknown> }>, history: Array<{ at: string, action: string, status: ClaimCaseStatus, decision: ClaimDecision | null, userId: string | null, text: string | null }>, store: { id: string, name: string } } };

export type AppealClaimMutationVariables = Exact<{
  input: AppealClaimInput;
}>;


export type AppealClaimMutation = { appealClaim: { chargebackType: string | null, respondedAt: string | null, responseText: string | null, decidedAt: string | null, decidedBy: string | null, decisionNote: string | null, appealedAt: string | null, appealText: string | null, appealRefusal: string | null, id: string, kind: ClaimKind, storeId: string, marketplaceClaimId: string, marketplaceOrderId: string, openedAt: string, amount: string | null, currency: string | null, caseStatus: ClaimCaseStatus, decision: ClaimDecision | null, countsInOdr: boolean, ticketId: string | null, respondBy: string, dueAt: string | null, deadlineKind: ClaimDeadlineKind | null, appealBy: string | null, appealable: boolean, version: number, evidence: Array<{ key: ClaimEvidenceItemKey, state: ClaimEvidenceState, detail: string, params: Record<string, unknown> }>, history: Array<{ at: string, action: string, status: ClaimCaseStatus, decision: ClaimDecision | null, userId: string | null, text: string | null }>, store: { id: string, name: string } } };

export type CompensationActionFieldsFragment = { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null };

export type TicketCompensationQueryVariables = Exact<{
  id: string | number;
}>;


export type TicketCompensationQuery = { ticket: { id: string, marketplaceOrderId: string | null, compensationActions: Array<{ id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null }> } };

export type CompensationHeadroomQueryVariables = Exact<{
  ticketId: string | number;
  currency?: string | null | undefined;
}>;


export type CompensationHeadroomQuery = { compensationHeadroom: { ticketId: string, marketplaceOrderId: string | null, currency: string, role: Role, limit: string | null, alreadyGranted: string, left: string | null, orderValue: string | null, orderCurrency: string | null } };

export type CompensationApprovalsQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type CompensationApprovalsQuery = { compensationApprovals: { edges: Array<{ cursor: string, node: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CompensationSettingsFieldsFragment = { approvalHours: number, version: number, updatedAt: string | null, roles: Array<{ role: Role, unlimited: boolean, limits: Array<{ currency: string, amount: string }> }> };

export type CompensationLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompensationLimitsQuery = { compensationLimits: { approvalHours: number, version: number, updatedAt: string | null, roles: Array<{ role: Role, unlimited: boolean, limits: Array<{ currency: string, amount: string }> }> } };

export type UpdateCompensationLimitsMutationVariables = Exact<{
  input: UpdateCompensationLimitsInput;
}>;


export type UpdateCompensationLimitsMutation = { updateCompensationLimits: { approvalHours: number, version: number, updatedAt: string | null, roles: Array<{ role: Role, unlimited: boolean, limits: Array<{ currency: string, amount: string }> }> } };

export type CompensationReportQueryVariables = Exact<{
  storeId?: string | number | null | undefined;
  from: string;
  to: string;
}>;


export type CompensationReportQuery = { compensationReport: Array<{ storeId: string, storeName: string, month: string, actions: number, defectsAvoided: number, buyerSatisfied: number, noEffect: number, outcomePending: number, costs: Array<{ currency: string, cost: string, costPerDefectAvoided: string | null }> }> };

export type RequestCompensationMutationVariables = Exact<{
  input: RequestCompensationInput;
}>;


export type RequestCompensationMutation = { requestCompensation: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

export type EditCompensationMutationVariables = Exact<{
  input: EditCompensationInput;
}>;


export type EditCompensationMutation = { editCompensation: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

export type ApproveCompensationMutationVariables = Exact<{
  input: ReviewCompensationInput;
}>;


export type ApproveCompensationMutation = { approveCompensation: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

export type RejectCompensationMutationVariables = Exact<{
  input: ReviewCompensationInput;
}>;


export type RejectCompensationMutation = { rejectCompensation: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

export type ExecuteCompensationMutationVariables = Exact<{
  input: ExecuteCompensationInput;
}>;


export type ExecuteCompensationMutation = { executeCompensation: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

export type MarkCompensationFailedMutationVariables = Exact<{
  input: ReviewCompensationInput;
}>;


export type MarkCompensationFailedMutation = { markCompensationFailed: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

export type RecordCompensationOutcomeMutationVariables = Exact<{
  input: RecordCompensationOutcomeInput;
}>;


export type RecordCompensationOutcomeMutation = { recordCompensationOutcome: { id: string, ticketId: string, ticketSubject: string | null, storeId: string, storeName: string, marketplaceOrderId: string | null, kind: CompensationKind, state: CompensationState, amount: string | null, shippingCost: string | null, percent: number | null, orderValue: string | null, cost: string, currency: string, reason: string, requestedRole: Role, requestedAt: string, autoApproved: boolean, approvalDueAt: string | null, reviewedAt: string | null, reviewReason: string | null, executedAt: string | null, executionReference: string | null, failureReason: string | null, outcome: CompensationOutcome | null, outcomeAt: string | null, version: number, requestedBy: { id: string, name: string }, reviewedBy: { id: string, name: string } | null, executedBy: { id: string, name: string } | null } };

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

export type SellerFeedbackFieldsFragment = { id: string, storeId: string, marketplaceOrderId: string, rating: number, comment: string | null, leftAt: string, removedAt: string | null, struckThrough: boolean, countsInOdr: boolean, ticketId: string | null, removalStatus: FeedbackRemovalStatus | null, removalReason: FeedbackRemovalReason | null, removalRequestedAt: string | null, removalOutcomeAt: string | null, version: number, removalEligibility: { eligible: boolean, hints: Array<string>, reasons: Array<{ reason: FeedbackRemovalReason, outcome: string, evidence: Array<string> }> } };

export type TicketFeedbackQueryVariables = Exact<{
  ticketId: string | number;
}>;


export type TicketFeedbackQuery = { ticketFeedback: { id: string, storeId: string, marketplaceOrderId: string, rating: number, comment: string | null, leftAt: string, removedAt: string | null, struckThrough: boolean, countsInOdr: boolean, ticketId: string | null, removalStatus: FeedbackRemovalStatus | null, removalReason: FeedbackRemovalReason | null, removalRequestedAt: string | null, removalOutcomeAt: string | null, version: number, removalEligibility: { eligible: boolean, hints: Array<string>, reasons: Array<{ reason: FeedbackRemovalReason, outcome: string, evidence: Array<string> }> } } | null };

export type RequestFeedbackRemovalMutationVariables = Exact<{
  input: RequestFeedbackRemovalInput;
}>;


export type RequestFeedbackRemovalMutation = { requestFeedbackRemoval: { id: string, storeId: string, marketplaceOrderId: string, rating: number, comment: string | null, leftAt: string, removedAt: string | null, struckThrough: boolean, countsInOdr: boolean, ticketId: string | null, removalStatus: FeedbackRemovalStatus | null, removalReason: FeedbackRemovalReason | null, removalRequestedAt: string | null, removalOutcomeAt: string | null, version: number, removalEligibility: { eligible: boolean, hints: Array<string>, reasons: Array<{ reason: FeedbackRemovalReason, outcome: string, evidence: Array<string> }> } } };

export type RecordFeedbackRemovalOutcomeMutationVariables = Exact<{
  input: RecordFeedbackRemovalOutcomeInput;
}>;


export type RecordFeedbackRemovalOutcomeMutation = { recordFeedbackRemovalOutcome: { id: string, storeId: string, marketplaceOrderId: string, rating: number, comment: string | null, leftAt: string, removedAt: string | null, struckThrough: boolean, countsInOdr: boolean, ticketId: string | null, removalStatus: FeedbackRemovalStatus | null, removalReason: FeedbackRemovalReason | null, removalRequestedAt: string | null, removalOutcomeAt: string | null, version: number, removalEligibility: { eligible: boolean, hints: Array<string>, reasons: Array<{ reason: FeedbackRemovalReason, outcome: string, evidence: Array<string> }> } } };

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
export const HealthThresholdsFieldsFragmentDoc = new TypedDocumentString(`
    fragment HealthThresholdsFields on HealthThresholds {
  storeId
  version
  metrics {
    key
    higherIsBetter
    warningAt
    redLine
    windowDays
    defaultWarningAt
    defaultRedLine
    defaultWindowDays
    edited
  }
}
    `, {"fragmentName":"HealthThresholdsFields"}) as unknown as TypedDocumentString<HealthThresholdsFieldsFragment, unknown>;
export const ClaimCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}
    `, {"fragmentName":"ClaimCardFields"}) as unknown as TypedDocumentString<ClaimCardFieldsFragment, unknown>;
export const ClaimDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClaimDetailFields on Claim {
  ...ClaimCardFields
  chargebackType
  respondedAt
  responseText
  decidedAt
  decidedBy
  decisionNote
  appealedAt
  appealText
  appealRefusal
  evidence {
    key
    state
    detail
    params
  }
  history {
    at
    action
    status
    decision
    userId
    text
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}`, {"fragmentName":"ClaimDetailFields"}) as unknown as TypedDocumentString<ClaimDetailFieldsFragment, unknown>;
export const CompensationActionFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}
    `, {"fragmentName":"CompensationActionFields"}) as unknown as TypedDocumentString<CompensationActionFieldsFragment, unknown>;
export const CompensationSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CompensationSettingsFields on CompensationSettings {
  roles {
    role
    unlimited
    limits {
      currency
      amount
    }
  }
  approvalHours
  version
  updatedAt
}
    `, {"fragmentName":"CompensationSettingsFields"}) as unknown as TypedDocumentString<CompensationSettingsFieldsFragment, unknown>;
export const SellerFeedbackFieldsFragmentDoc = new TypedDocumentString(`
    fragment SellerFeedbackFields on SellerFeedback {
  id
  storeId
  marketplaceOrderId
  rating
  comment
  leftAt
  removedAt
  struckThrough
  countsInOdr
  ticketId
  removalStatus
  removalReason
  removalRequestedAt
  removalOutcomeAt
  version
  removalEligibility {
    eligible
    reasons {
      reason
      outcome
      evidence
    }
    hints
  }
}
    `, {"fragmentName":"SellerFeedbackFields"}) as unknown as TypedDocumentString<SellerFeedbackFieldsFragment, unknown>;
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
    ebay {
      level
      shortfalls
      lookbackMonths
      feedbackScore
      positiveCount
      neutralCount
      negativeCount
    }
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
export const HealthThresholdsDocument = new TypedDocumentString(`
    query HealthThresholds($storeId: ID!) {
  healthThresholds(storeId: $storeId) {
    ...HealthThresholdsFields
  }
}
    fragment HealthThresholdsFields on HealthThresholds {
  storeId
  version
  metrics {
    key
    higherIsBetter
    warningAt
    redLine
    windowDays
    defaultWarningAt
    defaultRedLine
    defaultWindowDays
    edited
  }
}`) as unknown as TypedDocumentString<HealthThresholdsQuery, HealthThresholdsQueryVariables>;
export const UpdateHealthThresholdsDocument = new TypedDocumentString(`
    mutation UpdateHealthThresholds($input: UpdateHealthThresholdsInput!) {
  updateHealthThresholds(input: $input) {
    ...HealthThresholdsFields
  }
}
    fragment HealthThresholdsFields on HealthThresholds {
  storeId
  version
  metrics {
    key
    higherIsBetter
    warningAt
    redLine
    windowDays
    defaultWarningAt
    defaultRedLine
    defaultWindowDays
    edited
  }
}`) as unknown as TypedDocumentString<UpdateHealthThresholdsMutation, UpdateHealthThresholdsMutationVariables>;
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
export const ClaimsDocument = new TypedDocumentString(`
    query Claims($filter: ClaimFilterInput, $first: Int, $after: String) {
  claims(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...ClaimCardFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}`) as unknown as TypedDocumentString<ClaimsQuery, ClaimsQueryVariables>;
export const ClaimDocument = new TypedDocumentString(`
    query Claim($id: ID!) {
  claim(id: $id) {
    ...ClaimDetailFields
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}
fragment ClaimDetailFields on Claim {
  ...ClaimCardFields
  chargebackType
  respondedAt
  responseText
  decidedAt
  decidedBy
  decisionNote
  appealedAt
  appealText
  appealRefusal
  evidence {
    key
    state
    detail
    params
  }
  history {
    at
    action
    status
    decision
    userId
    text
  }
}`) as unknown as TypedDocumentString<ClaimQuery, ClaimQueryVariables>;
export const TicketClaimDocument = new TypedDocumentString(`
    query TicketClaim($ticketId: ID!) {
  ticketClaim(ticketId: $ticketId) {
    ...ClaimDetailFields
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}
fragment ClaimDetailFields on Claim {
  ...ClaimCardFields
  chargebackType
  respondedAt
  responseText
  decidedAt
  decidedBy
  decisionNote
  appealedAt
  appealText
  appealRefusal
  evidence {
    key
    state
    detail
    params
  }
  history {
    at
    action
    status
    decision
    userId
    text
  }
}`) as unknown as TypedDocumentString<TicketClaimQuery, TicketClaimQueryVariables>;
export const RespondToClaimDocument = new TypedDocumentString(`
    mutation RespondToClaim($input: RespondToClaimInput!) {
  respondToClaim(input: $input) {
    ...ClaimDetailFields
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}
fragment ClaimDetailFields on Claim {
  ...ClaimCardFields
  chargebackType
  respondedAt
  responseText
  decidedAt
  decidedBy
  decisionNote
  appealedAt
  appealText
  appealRefusal
  evidence {
    key
    state
    detail
    params
  }
  history {
    at
    action
    status
    decision
    userId
    text
  }
}`) as unknown as TypedDocumentString<RespondToClaimMutation, RespondToClaimMutationVariables>;
export const DecideClaimDocument = new TypedDocumentString(`
    mutation DecideClaim($input: DecideClaimInput!) {
  decideClaim(input: $input) {
    ...ClaimDetailFields
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}
fragment ClaimDetailFields on Claim {
  ...ClaimCardFields
  chargebackType
  respondedAt
  responseText
  decidedAt
  decidedBy
  decisionNote
  appealedAt
  appealText
  appealRefusal
  evidence {
    key
    state
    detail
    params
  }
  history {
    at
    action
    status
    decision
    userId
    text
  }
}`) as unknown as TypedDocumentString<DecideClaimMutation, DecideClaimMutationVariables>;
export const AppealClaimDocument = new TypedDocumentString(`
    mutation AppealClaim($input: AppealClaimInput!) {
  appealClaim(input: $input) {
    ...ClaimDetailFields
  }
}
    fragment ClaimCardFields on Claim {
  id
  kind
  storeId
  marketplaceClaimId
  marketplaceOrderId
  openedAt
  amount
  currency
  caseStatus
  decision
  countsInOdr
  ticketId
  respondBy
  dueAt
  deadlineKind
  appealBy
  appealable
  version
  store {
    id
    name
  }
}
fragment ClaimDetailFields on Claim {
  ...ClaimCardFields
  chargebackType
  respondedAt
  responseText
  decidedAt
  decidedBy
  decisionNote
  appealedAt
  appealText
  appealRefusal
  evidence {
    key
    state
    detail
    params
  }
  history {
    at
    action
    status
    decision
    userId
    text
  }
}`) as unknown as TypedDocumentString<AppealClaimMutation, AppealClaimMutationVariables>;
export const TicketCompensationDocument = new TypedDocumentString(`
    query TicketCompensation($id: ID!) {
  ticket(id: $id) {
    id
    marketplaceOrderId
    compensationActions {
      ...CompensationActionFields
    }
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<TicketCompensationQuery, TicketCompensationQueryVariables>;
export const CompensationHeadroomDocument = new TypedDocumentString(`
    query CompensationHeadroom($ticketId: ID!, $currency: String) {
  compensationHeadroom(ticketId: $ticketId, currency: $currency) {
    ticketId
    marketplaceOrderId
    currency
    role
    limit
    alreadyGranted
    left
    orderValue
    orderCurrency
  }
}
    `) as unknown as TypedDocumentString<CompensationHeadroomQuery, CompensationHeadroomQueryVariables>;
export const CompensationApprovalsDocument = new TypedDocumentString(`
    query CompensationApprovals($storeId: ID, $first: Int!, $after: String) {
  compensationApprovals(storeId: $storeId, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...CompensationActionFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<CompensationApprovalsQuery, CompensationApprovalsQueryVariables>;
export const CompensationLimitsDocument = new TypedDocumentString(`
    query CompensationLimits {
  compensationLimits {
    ...CompensationSettingsFields
  }
}
    fragment CompensationSettingsFields on CompensationSettings {
  roles {
    role
    unlimited
    limits {
      currency
      amount
    }
  }
  approvalHours
  version
  updatedAt
}`) as unknown as TypedDocumentString<CompensationLimitsQuery, CompensationLimitsQueryVariables>;
export const UpdateCompensationLimitsDocument = new TypedDocumentString(`
    mutation UpdateCompensationLimits($input: UpdateCompensationLimitsInput!) {
  updateCompensationLimits(input: $input) {
    ...CompensationSettingsFields
  }
}
    fragment CompensationSettingsFields on CompensationSettings {
  roles {
    role
    unlimited
    limits {
      currency
      amount
    }
  }
  approvalHours
  version
  updatedAt
}`) as unknown as TypedDocumentString<UpdateCompensationLimitsMutation, UpdateCompensationLimitsMutationVariables>;
export const CompensationReportDocument = new TypedDocumentString(`
    query CompensationReport($storeId: ID, $from: DateTime!, $to: DateTime!) {
  compensationReport(storeId: $storeId, from: $from, to: $to) {
    storeId
    storeName
    month
    actions
    costs {
      currency
      cost
      costPerDefectAvoided
    }
    defectsAvoided
    buyerSatisfied
    noEffect
    outcomePending
  }
}
    `) as unknown as TypedDocumentString<CompensationReportQuery, CompensationReportQueryVariables>;
export const RequestCompensationDocument = new TypedDocumentString(`
    mutation RequestCompensation($input: RequestCompensationInput!) {
  requestCompensation(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<RequestCompensationMutation, RequestCompensationMutationVariables>;
export const EditCompensationDocument = new TypedDocumentString(`
    mutation EditCompensation($input: EditCompensationInput!) {
  editCompensation(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<EditCompensationMutation, EditCompensationMutationVariables>;
export const ApproveCompensationDocument = new TypedDocumentString(`
    mutation ApproveCompensation($input: ReviewCompensationInput!) {
  approveCompensation(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<ApproveCompensationMutation, ApproveCompensationMutationVariables>;
export const RejectCompensationDocument = new TypedDocumentString(`
    mutation RejectCompensation($input: ReviewCompensationInput!) {
  rejectCompensation(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<RejectCompensationMutation, RejectCompensationMutationVariables>;
export const ExecuteCompensationDocument = new TypedDocumentString(`
    mutation ExecuteCompensation($input: ExecuteCompensationInput!) {
  executeCompensation(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<ExecuteCompensationMutation, ExecuteCompensationMutationVariables>;
export const MarkCompensationFailedDocument = new TypedDocumentString(`
    mutation MarkCompensationFailed($input: ReviewCompensationInput!) {
  markCompensationFailed(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<MarkCompensationFailedMutation, MarkCompensationFailedMutationVariables>;
export const RecordCompensationOutcomeDocument = new TypedDocumentString(`
    mutation RecordCompensationOutcome($input: RecordCompensationOutcomeInput!) {
  recordCompensationOutcome(input: $input) {
    ...CompensationActionFields
  }
}
    fragment CompensationActionFields on CompensationAction {
  id
  ticketId
  ticketSubject
  storeId
  storeName
  marketplaceOrderId
  kind
  state
  amount
  shippingCost
  percent
  orderValue
  cost
  currency
  reason
  requestedBy {
    id
    name
  }
  requestedRole
  requestedAt
  autoApproved
  approvalDueAt
  reviewedBy {
    id
    name
  }
  reviewedAt
  reviewReason
  executedBy {
    id
    name
  }
  executedAt
  executionReference
  failureReason
  outcome
  outcomeAt
  version
}`) as unknown as TypedDocumentString<RecordCompensationOutcomeMutation, RecordCompensationOutcomeMutationVariables>;
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
export const TicketFeedbackDocument = new TypedDocumentString(`
    query TicketFeedback($ticketId: ID!) {
  ticketFeedback(ticketId: $ticketId) {
    ...SellerFeedbackFields
  }
}
    fragment SellerFeedbackFields on SellerFeedback {
  id
  storeId
  marketplaceOrderId
  rating
  comment
  leftAt
  removedAt
  struckThrough
  countsInOdr
  ticketId
  removalStatus
  removalReason
  removalRequestedAt
  removalOutcomeAt
  version
  removalEligibility {
    eligible
    reasons {
      reason
      outcome
      evidence
    }
    hints
  }
}`) as unknown as TypedDocumentString<TicketFeedbackQuery, TicketFeedbackQueryVariables>;
export const RequestFeedbackRemovalDocument = new TypedDocumentString(`
    mutation RequestFeedbackRemoval($input: RequestFeedbackRemovalInput!) {
  requestFeedbackRemoval(input: $input) {
    ...SellerFeedbackFields
  }
}
    fragment SellerFeedbackFields on SellerFeedback {
  id
  storeId
  marketplaceOrderId
  rating
  comment
  leftAt
  removedAt
  struckThrough
  countsInOdr
  ticketId
  removalStatus
  removalReason
  removalRequestedAt
  removalOutcomeAt
  version
  removalEligibility {
    eligible
    reasons {
      reason
      outcome
      evidence
    }
    hints
  }
}`) as unknown as TypedDocumentString<RequestFeedbackRemovalMutation, RequestFeedbackRemovalMutationVariables>;
export const RecordFeedbackRemovalOutcomeDocument = new TypedDocumentString(`
    mutation RecordFeedbackRemovalOutcome($input: RecordFeedbackRemovalOutcomeInput!) {
  recordFeedbackRemovalOutcome(input: $input) {
    ...SellerFeedbackFields
  }
}
    fragment SellerFeedbackFields on SellerFeedback {
  id
  storeId
  marketplaceOrderId
  rating
  comment
  leftAt
  removedAt
  struckThrough
  countsInOdr
  ticketId
  removalStatus
  removalReason
  removalRequestedAt
  removalOutcomeAt
  version
  removalEligibility {
    eligible
    reasons {
      reason
      outcome
      evidence
    }
    hints
  }
}`) as unknown as TypedDocumentString<RecordFeedbackRemovalOutcomeMutation, RecordFeedbackRemovalOutcomeMutationVariables>;
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