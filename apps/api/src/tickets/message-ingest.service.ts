import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  detectLanguage,
  extractAmazonOrderIds,
  isSupportedLanguage,
  normaliseBuyerEmail,
  pickAgent,
  routeTicket,
  TICKET_PRIORITY_RANK,
  type LanguageCode,
  type TicketChannel,
} from '@lifeline/domain';
import { OutboxService } from '../realtime/outbox.service';
import { RiskRecomputeService } from '../risk/risk-recompute.service';
import { SlaService } from '../sla/sla.service';
import type { StoreCaller } from '../tenancy/store-api-key.service';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { MessageEntity } from './entities/message.entity';
import type { QueueEntity } from './entities/queue.entity';
import { NO_DEADLINE, type TicketEntity } from './entities/ticket.entity';
import { emitMessage, emitTicket } from './ticket-events';
import { TicketMessageHooks } from './ticket-message-hooks';
import { TicketsRepository } from './tickets.repository';

export interface InboundMessage {
  externalId: string;
  from: { address: string; name?: string | null };
  subject: string;
  body: string;
  receivedAt: Date;
  orderId?: string | null;
  noResponseNeeded?: boolean;
  channel?: TicketChannel;
  attachments?: { filename: string; contentType: string; sizeBytes: number }[];
}

export interface IngestResult {
  ticketId: string;
  messageId: string;
  language: string;
  queue: { id: string; name: string };
  duplicate: boolean;
}

/**
 * Turns one inbound buyer contact into a message on a ticket: detect the language, find the order,
 * join the buyer's open ticket about the same order or open a new one, route it to a queue and assign
 * it to an agent who speaks the language. A repeated delivery (same externalId for the store) returns
 * the first result and writes nothing (ARCHITECTURE.md "Idempotent ingest").
 */
@Injectable()
export class MessageIngestService {
  constructor(
    private readonly tickets: TicketsRepository,
    private readonly tenancy: TenancyRepository,
    private readonly outbox: OutboxService,
    private readonly sla: SlaService,
    private readonly hooks: TicketMessageHooks,
    private readonly risk: RiskRecomputeService,
  ) {}

  ingest(caller: StoreCaller, input: InboundMessage): Promise<IngestResult> {
    return this.tickets.transaction((m) => this.ingestIn(m, caller, input));
  }

  /**
   * The same inside the caller's transaction (a claim or feedback arriving by report opens its ticket so).
   * `scoreRisk: false` when the caller re-scores the orders itself after recomputing health: the risk rows
   * are locked after the store's health lock, always in that order, so two ingests cannot deadlock.
   */
  async ingestIn(m: EntityManager, caller: StoreCaller, input: InboundMessage, options: { scoreRisk?: boolean } = {}): Promise<IngestResult> {
    const scoreRisk = options.scoreRisk ?? true;
    const { organizationId, storeId } = caller;
    // Concurrent repeats of one delivery wait here, then find the first one's message.
    await this.tickets.lock(m, `ingest:${storeId}:${input.externalId}`);
    const existing = await this.tickets.messageByExternalId(m, organizationId, storeId, input.externalId);
    if (existing) return this.duplicateResult(m, organizationId, existing);

    // On the transaction's connection: a second pool connection per ingest deadlocks the pool under load.
    const store = await this.tenancy.store(organizationId, storeId, m);
    if (!store) throw new Error(`store ${storeId} of an API key no longer exists`);
    const fallback = (isSupportedLanguage(store.defaultLanguage) ? store.defaultLanguage : 'en') as LanguageCode;
    const detection = detectLanguage(`${input.subject}\n\n${input.body}`, { fallback });
    const orderId = input.orderId?.trim() || extractAmazonOrderIds(`${input.subject}\n${input.body}`)[0] || null;
    const buyerAddress = normaliseBuyerEmail(input.from.address);
    const channel = input.channel ?? 'BUYER_MESSAGE';

    const open = await this.tickets.openTicketForBuyer(m, organizationId, storeId, buyerAddress, orderId);
    const messageRow = {
      organizationId,
      storeId,
      direction: 'INBOUND' as const,
      externalId: input.externalId,
      fromAddress: buyerAddress,
      fromName: input.from.name ?? null,
      subject: input.subject,
      body: input.body,
      language: detection.language,
      sentAt: input.receivedAt,
      noResponseNeeded: input.noResponseNeeded ?? false,
      attachments: input.attachments ?? [],
    };

    if (open) {
      const message = await this.tickets.insertMessage(m, { ...messageRow, ticketId: open.id });
      const reopened = open.status === 'WAITING_ON_BUYER';
      const lastMessageAt = input.receivedAt > open.lastMessageAt ? input.receivedAt : open.lastMessageAt;
      await this.tickets.updateUnversioned(m, organizationId, open.id, { status: reopened ? 'OPEN' : undefined, lastMessageAt });
      // The buyer's message starts its response clock; an answer from the buyer resumes the resolution clock.
      const now = { ...open, status: reopened ? ('OPEN' as const) : open.status };
      if (reopened) await this.sla.onStatusChanged(m, now, 'WAITING_ON_BUYER', 'OPEN');
      await this.sla.onInboundMessage(m, now, message);
      await this.tickets.appendTimeline(m, organizationId, open.id, [
        { type: 'MESSAGE_IN', actorType: 'BUYER', data: { messageId: message.id, language: detection.language } },
        ...(reopened ? [{ type: 'STATUS_CHANGED', actorType: 'SYSTEM' as const, data: { from: 'WAITING_ON_BUYER', to: 'OPEN', reason: 'BUYER_REPLIED' } }] : []),
      ]);
      const updated = (await this.tickets.ticket(organizationId, open.id, m))!;
      await this.hooks.run(m, updated);
      await emitMessage(this.outbox, m, updated, message.id, 'INBOUND');
      await emitTicket(this.outbox, m, 'ticket.updated', updated);
      if (scoreRisk && updated.marketplaceOrderId) await this.risk.ordersChanged(m, organizationId, storeId, [updated.marketplaceOrderId]);
      const queue = (await this.tickets.queues(organizationId, m)).find((q) => q.id === updated.queueId);
      return this.result(updated, message, queue, false);
    }

    const queues = await this.ensureQueues(m, organizationId);
    const rules = await this.tickets.routingRules(m, organizationId);
    const fallbackQueue = queues.find((q) => q.isFallback && q.storeId === null) ?? queues[0]!;
    const route = routeTicket(
      { storeId, channel, language: detection.language, subject: input.subject, body: input.body, hasOrderId: orderId !== null },
      rules.map((r) => ({ id: r.id, priority: r.priority, conditions: r.conditions, queueId: r.queueId })),
      fallbackQueue.id,
      queues.map((q) => ({ id: q.id, storeId: q.storeId, language: q.language as LanguageCode | null, isFallback: q.isFallback })),
    );
    const queue = queues.find((q) => q.id === route.queueId) ?? fallbackQueue;

    const created = await this.tickets.insertTicket(m, {
      organizationId,
      storeId,
      channel,
      subject: input.subject || '(no subject)',
      language: detection.language,
      languageSource: detection.source === 'detected' ? 'DETECTED' : 'FALLBACK',
      status: 'NEW',
      priority: 'NORMAL',
      priorityRank: TICKET_PRIORITY_RANK.NORMAL,
      dueAt: NO_DEADLINE, // set from the SLA clocks below
      queueId: queue.id,
      assigneeId: null,
      marketplaceOrderId: orderId,
      buyerAddress,
      buyerName: input.from.name ?? null,
      lastMessageAt: input.receivedAt,
    });
    const message = await this.tickets.insertMessage(m, { ...messageRow, ticketId: created.id });
    await this.sla.onInboundMessage(m, created, message);

    // Assignment last: one at a time per organisation (so two new tickets cannot push an agent over the
    // cap), and the lock is held only from here to the commit, not while the rows above are written.
    await this.tickets.lock(m, `assign:${organizationId}`);
    const assigneeId = pickAgent({ language: detection.language }, await this.tickets.assignableAgents(m, organizationId, queue.isSupervisorQueue));
    if (assigneeId) {
      await this.tickets.setInitialAssignee(m, organizationId, created.id, assigneeId);
      await this.tickets.markAssigned(m, organizationId, assigneeId);
    }
    await this.tickets.appendTimeline(m, organizationId, created.id, [
      { type: 'CREATED', actorType: 'CONNECTOR', data: { channel, externalId: input.externalId, orderId } },
      { type: 'LANGUAGE_DETECTED', actorType: 'SYSTEM', data: { language: detection.language, source: detection.source, confidence: detection.confidence } },
      { type: 'ROUTED', actorType: 'SYSTEM', data: { queueId: queue.id, queueName: queue.name, routedBy: route.routedBy, ruleId: route.ruleId } },
      assigneeId
        ? { type: 'ASSIGNED', actorType: 'SYSTEM', data: { assigneeId, reason: 'AUTO' } }
        : { type: 'WAITING_IN_QUEUE', actorType: 'SYSTEM', data: { reason: 'NO_AVAILABLE_AGENT', language: detection.language } },
      { type: 'MESSAGE_IN', actorType: 'BUYER', data: { messageId: message.id, language: detection.language } },
    ]);
    const ticket = (await this.tickets.ticket(organizationId, created.id, m))!;
    await this.hooks.run(m, ticket);
    await emitTicket(this.outbox, m, 'ticket.created', ticket);
    await emitMessage(this.outbox, m, ticket, message.id, 'INBOUND');
    // The buyer's words (a threat, the tone, one more contact) can move the order's risk.
    if (scoreRisk && orderId) await this.risk.ordersChanged(m, organizationId, storeId, [orderId]);
    return this.result(ticket, message, queue, false);
  }

  /** An organisation without queues gets its catch-all queue on the first ticket. */
  private async ensureQueues(m: EntityManager, organizationId: string): Promise<QueueEntity[]> {
    const queues = await this.tickets.queues(organizationId, m);
    if (queues.some((q) => q.isFallback && q.storeId === null)) return queues;
    await m.query(
      `INSERT INTO queues (organization_id, name, is_fallback) VALUES ($1, 'General', true) ON CONFLICT (organization_id, name) DO NOTHING`,
      [organizationId],
    );
    return this.tickets.queues(organizationId, m);
  }

  private async duplicateResult(m: EntityManager, organizationId: string, message: MessageEntity): Promise<IngestResult> {
    const ticket = (await this.tickets.ticket(organizationId, message.ticketId, m))!;
    // A merged ticket's messages now live on the survivor; report where the message is.
    const queue = (await this.tickets.queues(organizationId, m)).find((q) => q.id === ticket.queueId);
    return this.result(ticket, message, queue, true);
  }

  private result(ticket: TicketEntity, message: MessageEntity, queue: QueueEntity | undefined, duplicate: boolean): IngestResult {
    return {
      ticketId: ticket.id,
      messageId: message.id,
      language: message.language,
      queue: { id: ticket.queueId, name: queue?.name ?? '' },
      duplicate,
    };
  }
}
