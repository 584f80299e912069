import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import {
  rooms,
  type ClientToServerEvents,
  type DomainEvent,
  type ServerToClientEvents,
  type SyncRequest,
  type SyncResponse,
} from '@lifeline/api-contract';
import type { AuthUser } from '../common/auth-user';
import { AuthService } from '../auth/auth.service';
import { OutboxRepository } from './outbox.repository';

type LifelineServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { user: AuthUser }>;
type LifelineSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, { user: AuthUser }>;

const SYNC_LIMIT = 500;

/** socket.io: JWT checked at the handshake; each socket joins its organisation's and user's rooms. */
@WebSocketGateway({ cors: { origin: true, credentials: true } })
export class RealtimeGateway implements OnGatewayInit {
  private readonly logger = new Logger('Realtime');

  @WebSocketServer()
  server!: LifelineServer;

  constructor(
    private readonly auth: AuthService,
    private readonly outbox: OutboxRepository,
  ) {}

  afterInit(server: LifelineServer): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || token.length === 0) return next(new Error('UNAUTHENTICATED'));
      this.auth
        .verify(token)
        .then(async (user) => {
          socket.data.user = user;
          await socket.join([rooms.organization(user.organizationId), rooms.user(user.userId)]);
          next();
        })
        .catch(() => next(new Error('UNAUTHENTICATED')));
    });
    server.on('connection', (socket: LifelineSocket) => {
      const user = socket.data.user;
      void this.outbox
        .lastId()
        .then((lastEventId) => socket.emit('ready', { userId: user.userId, organizationId: user.organizationId, lastEventId }))
        .catch((e) => this.logger.warn(`ready failed: ${e instanceof Error ? e.message : e}`));
    });
  }

  emitEvent(room: string, event: DomainEvent): void {
    this.server.to(room).emit('event', event);
  }

  /** A reconnecting console sends the last id it saw and receives what it missed, in order. */
  @SubscribeMessage('sync')
  async sync(@ConnectedSocket() socket: LifelineSocket, @MessageBody() body: SyncRequest | undefined): Promise<SyncResponse> {
    const user = socket.data.user;
    const afterId = body?.afterId && /^\d+$/.test(body.afterId) ? body.afterId : await this.outbox.lastId();
    const found = await this.outbox.since(user.organizationId, rooms.user(user.userId), afterId, SYNC_LIMIT + 1);
    return { events: found.slice(0, SYNC_LIMIT).map((f) => f.event), truncated: found.length > SYNC_LIMIT };
  }
}
