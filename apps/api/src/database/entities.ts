import { BusinessCalendarEntity } from '../sla/entities/business-calendar.entity';
import { SlaClockEntity } from '../sla/entities/sla-clock.entity';
import { SlaEventEntity } from '../sla/entities/sla-event.entity';
import { SlaPolicyEntity } from '../sla/entities/sla-policy.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import { MailOutboxEntity } from '../channels/entities/mail-outbox.entity';
import { ReportImportEntity } from '../channels/entities/report-import.entity';
import { CompensationActionEntity } from '../compensation/entities/compensation-action.entity';
import { CompensationSettingsEntity } from '../compensation/entities/compensation-settings.entity';
import { ClaimEntity } from '../claims/entities/claim.entity';
import { EbayFeedbackEntity } from '../ebay/entities/ebay-feedback.entity';
import { EbayTransactionEntity } from '../ebay/entities/ebay-transaction.entity';
import { SellerFeedbackEntity } from '../feedback/entities/seller-feedback.entity';
import { AccountStatusNoticeEntity } from '../health/entities/account-status-notice.entity';
import { AmazonPerformanceReportEntity } from '../health/entities/amazon-performance-report.entity';
import { HealthAlertEntity } from '../health/entities/health-alert.entity';
import { HealthMetricStateEntity } from '../health/entities/health-metric-state.entity';
import { HealthThresholdSettingsEntity } from '../health/entities/health-threshold-settings.entity';
import { HealthSnapshotEntity } from '../health/entities/health-snapshot.entity';
import { OrderDayCountEntity } from '../orders/entities/order-day-count.entity';
import { OrderEntity } from '../orders/entities/order.entity';
import { OutboxEventEntity } from '../realtime/entities/outbox-event.entity';
import { OrderRiskEntity } from '../risk/entities/order-risk.entity';
import { RiskSettingsEntity } from '../risk/entities/risk-settings.entity';
import { ReturnRequestEntity } from '../returns/entities/return-request.entity';
import { StoreApiKeyEntity } from '../tenancy/entities/store-api-key.entity';
import { OrganizationEntity } from '../tenancy/entities/organization.entity';
import { StoreEntity } from '../tenancy/entities/store.entity';
import { UserEntity } from '../tenancy/entities/user.entity';
import { MessageEntity } from '../tickets/entities/message.entity';
import { TicketNoteEntity } from '../tickets/entities/note.entity';
import { QueueEntity } from '../tickets/entities/queue.entity';
import { RoutingRuleEntity } from '../tickets/entities/routing-rule.entity';
import { ReplyTemplateEntity, ReplyTemplateTranslationEntity } from '../tickets/entities/template.entity';
import { TicketEntity } from '../tickets/entities/ticket.entity';
import { TimelineEventEntity } from '../tickets/entities/timeline-event.entity';

/** Every TypeORM entity; the migrations must produce exactly this schema (checked by a test). */
export const ENTITIES = [
  OrganizationEntity, StoreEntity, UserEntity, SessionEntity, OutboxEventEntity,
  StoreApiKeyEntity,
  QueueEntity,
  RoutingRuleEntity,
  TicketEntity,
  MessageEntity,
  TicketNoteEntity,
  TimelineEventEntity,
  ReplyTemplateEntity,
  ReplyTemplateTranslationEntity,
  SlaPolicyEntity,
  BusinessCalendarEntity,
  SlaClockEntity,
  SlaEventEntity,
  // account health: marketplace data, metrics, alerts
  OrderEntity, OrderDayCountEntity, SellerFeedbackEntity, ClaimEntity, ReturnRequestEntity, AccountStatusNoticeEntity,
  AmazonPerformanceReportEntity, HealthMetricStateEntity, HealthSnapshotEntity, HealthAlertEntity, HealthThresholdSettingsEntity, MailOutboxEntity, ReportImportEntity,
  // eBay's own data (DOMAIN.md §3)
  EbayTransactionEntity, EbayFeedbackEntity,
  // compensation offered to buyers
  CompensationActionEntity, CompensationSettingsEntity,
  // the high-risk order pool
  OrderRiskEntity, RiskSettingsEntity,
];
