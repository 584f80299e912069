import { AuthResolver } from '../auth/auth.resolver';
import { ClaimResolver } from '../claims/claims.resolver';
import { SellerFeedbackResolver } from '../feedback/feedback.resolver';
import { CompensationResolver, TicketCompensationResolver } from '../compensation/compensation.resolver';
import { LateResponseRateResolver, SlaPolicyResolver, TicketSlaResolver } from '../sla/sla.resolver';
import { AccountHealthResolver } from '../health/health.resolver';
import { HealthThresholdsResolver } from '../health/health-thresholds.resolver';
import { RiskResolver } from '../risk/risk.resolver';
import { StoreApiKeyResolver } from '../tenancy/store-api-key.resolver';
import { AvailabilityResolver } from '../tickets/availability.resolver';
import { DeskSettingsResolver } from '../tickets/desk-settings.resolver';
import {
  MessageResolver,
  QueueResolver,
  ReplyTemplateResolver,
  TicketNoteResolver,
  TicketResolver,
  TimelineEventResolver,
} from '../tickets/tickets.resolver';
import { StoreResolver, UserResolver } from '../tenancy/tenancy.resolver';

/** Every resolver class, for printing the schema without a database (cli/print-schema.ts). */
export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  StoreResolver,
  StoreApiKeyResolver,
  TicketResolver,
  MessageResolver,
  TicketNoteResolver,
  TimelineEventResolver,
  QueueResolver,
  ReplyTemplateResolver,
  TicketSlaResolver,
  SlaPolicyResolver,
  LateResponseRateResolver,
  DeskSettingsResolver,
  AvailabilityResolver,
  AccountHealthResolver,
  HealthThresholdsResolver,
  ClaimResolver,
  SellerFeedbackResolver,
  CompensationResolver,
  TicketCompensationResolver,
  RiskResolver,
];
