import type { MessageEntity } from './entities/message.entity';
import type { TicketNoteEntity } from './entities/note.entity';
import type { QueueEntity } from './entities/queue.entity';
import { NO_DEADLINE, type TicketEntity } from './entities/ticket.entity';
import type { TimelineEventEntity } from './entities/timeline-event.entity';
import type { MessageType, QueueType, TicketNoteType, TicketType, TimelineEventType } from './dto/ticket.types';

export const toTicketType = (t: TicketEntity): TicketType => ({
  id: t.id,
  organizationId: t.organizationId,
  storeId: t.storeId,
  queueId: t.queueId,
  assigneeId: t.assigneeId,
  channel: t.channel,
  subject: t.subject,
  language: t.language,
  languageSource: t.languageSource,
  status: t.status,
  priority: t.priority,
  dueAt: t.dueAt.getTime() >= NO_DEADLINE.getTime() ? null : t.dueAt,
  marketplaceOrderId: t.marketplaceOrderId,
  buyerAddress: t.buyerAddress,
  buyerName: t.buyerName,
  mergedIntoId: t.mergedIntoId,
  lastMessageAt: t.lastMessageAt,
  createdAt: t.createdAt,
  updatedAt: t.updatedAt,
  version: t.version,
});

export const toMessageType = (m: MessageEntity): MessageType => ({
  id: m.id,
  ticketId: m.ticketId,
  direction: m.direction,
  fromAddress: m.fromAddress,
  fromName: m.fromName,
  subject: m.subject,
  body: m.body,
  language: m.language,
  sentAt: m.sentAt,
  authorId: m.authorId,
  templateId: m.templateId,
  noResponseNeeded: m.noResponseNeeded,
  isAutoReply: m.isAutoReply,
  deliveryStatus: m.deliveryStatus,
  attachments: m.attachments,
});

export const toNoteType = (n: TicketNoteEntity): TicketNoteType => ({ id: n.id, authorId: n.authorId, body: n.body, createdAt: n.createdAt });

export const toTimelineType = (e: TimelineEventEntity): TimelineEventType => ({
  id: String(e.id),
  type: e.type,
  actorType: e.actorType,
  actorId: e.actorId,
  data: e.data,
  createdAt: e.createdAt,
});

export const toQueueType = (q: QueueEntity, counts?: { open: number; unassigned: number }): QueueType => ({
  id: q.id,
  name: q.name,
  storeId: q.storeId,
  language: q.language,
  isFallback: q.isFallback,
  isSupervisorQueue: q.isSupervisorQueue,
  openCount: counts?.open ?? 0,
  unassignedCount: counts?.unassigned ?? 0,
});
