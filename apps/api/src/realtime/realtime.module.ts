import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { TenancyModule } from '../tenancy/tenancy.module';
import { TicketsModule } from '../tickets/tickets.module';
import { OutboxModule } from './outbox.module';
import { OutboxRelayService } from './outbox-relay.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthModule, OutboxModule, TenancyModule, TicketsModule], providers: [RealtimeGateway, OutboxRelayService] })
export class RealtimeModule {}
