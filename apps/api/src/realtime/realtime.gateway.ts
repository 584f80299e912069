import { Logger } from '@nestjs/common';
import { ConnectedSocket, MessageBody, SubscribeMessage, WebSocketGateway, WebSocketServer, type OnGatewayInit } from '@nestjs/websockets';
import type { Server, Socket } from 'socket.io';
import {
  rooms,
  type ClientToServerEvents,
  type DomainEvent,
  type PresencePayload,
  type ServerToClientEvents,
  type SyncRequest,
  type SyncResponse,
} from '@lifeline/api-contract';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import { TicketsRepository } from '../tickets/tickets.repository';
import type { AuthUser } from '../common/auth-user';
import { AuthService } from '../auth/auth.service';
import { OutboxRepository } from './outbox.repository';

/** Per-socket state; plain data, since fetchSockets() carries it across replicas through Redis. */
interface SocketData {
  user: AuthUser;
  name: string;
  /** Tickets this socket views, with whether its user is typing there. */
  viewing: Record<string, boolean>;
}
type LifelineServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type LifelineSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

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
    private readonly tenancy: TenancyRepository,
    private readonly tickets: TicketsRepository,
  ) {}

  afterInit(server: LifelineServer): void {
    server.use((socket, next) => {
      const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || token.length === 0) return next(new Error('UNAUTHENTICATED'));
      this.auth
        .verify(token)
        .then(async (user) => {
          const row = await this.tenancy.user(user.organizationId, user.userId);
          if (!row?.isActive) throw new Error('inactive');
          socket.data.user = user;
          socket.data.name = row.name;
          socket.data.viewing = {};
          await socket.join([rooms.organization(user.organizationId), rooms.user(user.userId)]);
          next();
        })
        .catch(() => next(new Error('UNAUTHENTICATED')));
    });
    server.on('connection', (socket: LifelineSocket) => {
      const user = socket.data.user;
      socket.on('disconnect', () => {
        for (const ticketId of Object.keys(socket.data.viewing ?? {})) void this.broadcastPresence(ticketId);
      });
      void this.outbox
        .lastId()
        .then((lastEventId) => socket.emit('ready', { userId: user.userId, organizationId: user.organizationId, lastEventId }))
        .catch((e) => this.logger.warn(`ready failed: ${e instanceof Error ? e.message : e}`));
    });
  }

  emitEvent(room: string, event: DomainEvent): void {
    this.server.to(room).emit('event', event);
  }

  /** Joins a ticket's room; everyone there learns who is viewing it. */
  @SubscribeMessage('ticket.view')
  async view(@ConnectedSocket() socket: LifelineSocket, @MessageBody() body: { ticketId?: unknown } | undefined): Promise<PresencePayload | { error: string }> {
    const ticketId = typeof body?.ticketId === 'string' ? body.ticketId : '';
    const user = socket.data.user;
    if (!/^[0-9a-f-]{36}$/i.test(ticketId) || !(await this.tickets.ticket(user.organizationId, ticketId))) return { error: 'NOT_FOUND' };
    socket.data.viewing[ticketId] = false;
    await socket.join(rooms.ticket(ticketId));
    return this.broadcastPresence(ticketId);
  }

  @SubscribeMessage('ticket.leave')
  async leave(@ConnectedSocket() socket: LifelineSocket, @MessageBody() body: { ticketId?: unknown } | undefined): Promise<void> {
    const ticketId = typeof body?.ticketId === 'string' ? body.ticketId : '';
    if (!(ticketId in socket.data.viewing)) return;
    delete socket.data.viewing[ticketId];
    await socket.leave(rooms.ticket(ticketId));
    await this.broadcastPresence(ticketId);
  }

  @SubscribeMessage('ticket.typing')
  async typing(@ConnectedSocket() socket: LifelineSocket, @MessageBody() body: { ticketId?: unknown; typing?: unknown } | undefined): Promise<void> {
    const ticketId = typeof body?.ticketId === 'string' ? body.ticketId : '';
    if (!(ticketId in socket.data.viewing)) return;
    socket.data.viewing[ticketId] = body?.typing === true;
    await this.broadcastPresence(ticketId);
  }

  /** Viewers of a ticket across every replica (fetchSockets asks the others through the adapter). */
  private async broadcastPresence(ticketId: string): Promise<PresencePayload> {
    const sockets = await this.server.in(rooms.ticket(ticketId)).fetchSockets();
    const byUser = new Map<string, { userId: string; name: string; typing: boolean }>();
    for (const s of sockets) {
      if (!(ticketId in (s.data.viewing ?? {}))) continue;
      const prev = byUser.get(s.data.user.userId);
      byUser.set(s.data.user.userId, { userId: s.data.user.userId, name: s.data.name, typing: (prev?.typing ?? false) || s.data.viewing[ticketId] === true });
    }
    const payload: PresencePayload = { ticketId, viewers: [...byUser.values()].sort((a, b) => a.name.localeCompare(b.name)) };
    this.server.to(rooms.ticket(ticketId)).emit('presence', payload);
    return payload;
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
