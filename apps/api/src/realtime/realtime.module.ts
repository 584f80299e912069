import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OutboxModule } from './outbox.module';
import { OutboxRelayService } from './outbox-relay.service';
import { RealtimeGateway } from './realtime.gateway';

@Module({ imports: [AuthModule, OutboxModule], providers: [RealtimeGateway, OutboxRelayService] })
export class RealtimeModule {}
