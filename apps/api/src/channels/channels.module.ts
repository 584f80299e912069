import { Module } from '@nestjs/common';
import { OutboxModule } from '../realtime/outbox.module';
import { TicketsModule } from '../tickets/tickets.module';
import { ReplyDeliveryRepository } from './reply-delivery.repository';
import { ReplyDeliveryService } from './reply-delivery.service';

/** How messages leave and enter Lifeline: e-mail out (SMTP); later IMAP/SMTP in and marketplace APIs. */
@Module({
  imports: [OutboxModule, TicketsModule],
  providers: [ReplyDeliveryRepository, ReplyDeliveryService],
})
export class ChannelsModule {}
