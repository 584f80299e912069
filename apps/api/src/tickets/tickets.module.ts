import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { RiskModule } from '../risk/risk.module';
import { SlaModule } from '../sla/sla.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { AvailabilityResolver } from './availability.resolver';
import { DeskSettingsRepository } from './desk-settings.repository';
import { DeskSettingsResolver } from './desk-settings.resolver';
import { DeskSettingsService } from './desk-settings.service';
import { MessageIngestController } from './message-ingest.controller';
import { MessageIngestService } from './message-ingest.service';
import { TemplatesRepository } from './templates.repository';
import { TicketDetailsService } from './ticket-details.service';
import { TicketMessageHooks } from './ticket-message-hooks';
import {
  MessageResolver,
  QueueResolver,
  ReplyTemplateResolver,
  TicketNoteResolver,
  TicketResolver,
  TimelineEventResolver,
} from './tickets.resolver';
import { TicketsRepository } from './tickets.repository';
import { TicketsService } from './tickets.service';

@Module({
  imports: [TenancyModule, OutboxModule, SlaModule, RiskModule],
  controllers: [MessageIngestController],
  providers: [
    TicketsRepository,
    TemplatesRepository,
    TicketsService,
    TicketDetailsService,
    MessageIngestService,
    TicketMessageHooks,
    TicketResolver,
    MessageResolver,
    TicketNoteResolver,
    TimelineEventResolver,
    QueueResolver,
    ReplyTemplateResolver,
    DeskSettingsRepository,
    DeskSettingsService,
    DeskSettingsResolver,
    AvailabilityResolver,
  ],
  exports: [TicketsRepository, MessageIngestService, TicketMessageHooks],
})
export class TicketsModule {}
