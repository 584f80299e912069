import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TicketsModule } from '../tickets/tickets.module';
import { InboundMailService } from './inbound-mail.service';
import { ReplyDeliveryRepository } from './reply-delivery.repository';
import { ReplyDeliveryService } from './reply-delivery.service';

/** How messages leave and enter Lifeline: e-mail out (SMTP) and in (an SMTP listener); marketplace APIs later. */
@Module({
  imports: [OutboxModule, TicketsModule, TenancyModule],
  providers: [ReplyDeliveryRepository, ReplyDeliveryService, InboundMailService],
})
export class ChannelsModule {}
