import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  canMergeTickets,
  canTransitionTicket,
  isSupportedLanguage,
  pickAgent,
  pickTemplateTranslation,
  renderReplyTemplate,
  roleAtLeast,
  routeTicket,
  TICKET_PRIORITY_RANK,
  validateReplyTemplate,
  type LanguageCode,
  type TicketPriority,
  type TicketStatus,
} from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { AppError, badUserInput, conflict, forbidden, notFound } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { OutboxService } from '../realtime/outbox.service';
import { RiskRecomputeService } from '../risk/risk-recompute.service';
import { SlaService } from '../sla/sla.service';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type {
  AddTicketNoteInput,
  AssignTicketInput,
  LanguageCount,
  MarkMessageNoResponseNeededInput,
  MergeTicketsInput,
  QueueType,
  RenderedReplyTemplateType,
  ReplyTemplateType,
  ReplyToTicketInput,
  SaveReplyTemplateInput,
  SetTicketLanguageInput,
  SetTicketPriorityInput,
  SetTicketStatusInput,
  TicketConnection,
  TicketFilterInput,
  TicketType,
} from './dto/ticket.types';
import type { UserType } from '../tenancy/dto/tenancy.types';
import { toUserType } from '../tenancy/tenancy.mappers';
import type { TicketEntity } from './entities/ticket.entity';
import { emitMessage, emitTicket } from './ticket-events';
import { toQueueType, toTicketType } from './tickets.mappers';
import { TemplatesRepository, type TemplateWithTranslations } from './templates.repository';
import { TicketsRepository, type TicketPatch, type TimelineAppend } from './tickets.repository';

/** What agents do on tickets. Every change takes the version last read and is refused when stale. */
@Injectable()
export class TicketsService {
  constructor(
    private readonly repo: TicketsRepository,
    private readonly templates: TemplatesRepository,
    private readonly tenancy: TenancyRepository,
    private readonly outbox: OutboxService,
    private readonly sla: SlaService,
    private readonly risk: RiskRecomputeService,
  ) {}

  async list(auth: AuthUser, filter: TicketFilterInput | null | undefined, first: number, after?: string | null): Promise<TicketConnection> {
    checkPageSize(first);
    const position = after ? decodeCursor(after, 4) : undefined;
    const rows = await this.repo.page(
      auth.organizationId,
      { ...filter, assigneeId: filter?.mine ? auth.userId : filter?.assigneeId },
      first,
      position && { priorityRank: Number(position[0]), dueAt: String(position[1]), createdAt: String(position[2]), id: String(position[3]) },
    );
    const edges = rows.slice(0, first).map((t) => ({
      cursor: encodeCursor([t.priorityRank, t.dueAt.toISOString(), t.createdAt.toISOString(), t.id]),
      node: toTicketType(t),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async get(auth: AuthUser, id: string): Promise<TicketType> {
    const t = await this.repo.ticket(auth.organizationId, id);
    if (!t) throw notFound('The ticket');
    return toTicketType(t);
  }

  /**
   * Going ONLINE also picks up tickets that waited in the queue for someone who speaks their language,
   * most urgent first, up to the agent's cap.
   */
  async setAvailability(auth: AuthUser, availability: 'ONLINE' | 'AWAY'): Promise<UserType> {
    return this.repo.transaction(async (m) => {
      await this.repo.lock(m, `assign:${auth.organizationId}`);
      const user = await this.tenancy.setAvailability(auth.organizationId, auth.userId, availability, m);
      if (!user) throw notFound('Your user');
      if (availability === 'ONLINE') {
        const me = (await this.repo.assignableAgents(m, auth.organizationId)).find((a) => a.userId === auth.userId);
        const room = me ? me.maxOpenTickets - me.openTickets : 0;
        const waiting = await this.repo.waitingTickets(m, auth.organizationId, user.languages, roleAtLeast(user.role, 'SUPERVISOR'), room);
        for (const t of waiting) {
          await this.repo.updateUnversioned(m, auth.organizationId, t.id, { assigneeId: auth.userId });
          await this.repo.appendTimeline(m, auth.organizationId, t.id, [
            { type: 'ASSIGNED', actorType: 'SYSTEM', data: { assigneeId: auth.userId, reason: 'AGENT_ONLINE' } },
          ]);
          await emitTicket(this.outbox, m, 'ticket.updated', (await this.repo.ticket(auth.organizationId, t.id, m))!);
        }
        if (waiting.length) await this.repo.markAssigned(m, auth.organizationId, auth.userId);
      }
      return toUserType(user);
    });
  }

  async queues(auth: AuthUser): Promise<QueueType[]> {
    const [queues, counts] = await Promise.all([this.repo.queues(auth.organizationId), this.repo.queueCounts(auth.organizationId)]);
    return queues.map((q) => toQueueType(q, counts.get(q.id)));
  }

  async languageCounts(auth: AuthUser): Promise<LanguageCount[]> {
    return (await this.repo.languageCounts(auth.organizationId)).map((r) => ({ language: r.language, openCount: r.open }));
  }

  async reply(auth: AuthUser, input: ReplyToTicketInput): Promise<TicketType> {
    return this.change(auth, input.ticketId, input.version, async (m, t) => {
      const next: TicketStatus = input.status ?? 'WAITING_ON_BUYER';
      if (next !== t.status && !canTransitionTicket(t.status, next)) throw badUserInput(`A reply cannot move the ticket from ${t.status} to ${next}.`);
      if (input.templateId && !(await this.templates.get(auth.organizationId, input.templateId, m))) throw notFound('The template');
      const patch: TicketPatch = { status: next, lastMessageAt: new Date() };
      const events: TimelineAppend[] = [];
      if (!t.assigneeId) {
        patch.assigneeId = auth.userId;
        events.push({ type: 'ASSIGNED', actorType: 'USER', actorId: auth.userId, data: { assigneeId: auth.userId, reason: 'REPLIED' } });
      }
      const message = await this.repo.insertMessage(m, {
        organizationId: auth.organizationId,
        ticketId: t.id,
        storeId: t.storeId,
        direction: 'OUTBOUND',
        subject: t.subject.startsWith('Re:') ? t.subject : `Re: ${t.subject}`,
        body: input.body,
        language: t.language,
        sentAt: new Date(),
        authorId: auth.userId,
        templateId: input.templateId ?? null,
        // Handed to the channel layer (e-mail relay or marketplace API), which sends it and marks it SENT.
        deliveryStatus: 'QUEUED',
      });
      // Meets the clocks this reply answers and applies its status change to them (and to tickets.due_at).
      await this.sla.onReply(m, t, message, next);
      events.push({ type: 'MESSAGE_OUT', actorType: 'USER', actorId: auth.userId, data: { messageId: message.id, templateId: input.templateId ?? null } });
      if (next !== t.status) events.push({ type: 'STATUS_CHANGED', actorType: 'USER', actorId: auth.userId, data: { from: t.status, to: next } });
      return { patch, events, afterUpdate: (u) => emitMessage(this.outbox, m, u, message.id, 'OUTBOUND') };
    });
  }

  async assign(auth: AuthUser, input: AssignTicketInput): Promise<TicketType> {
    const assigneeId = input.assigneeId ?? null;
    return this.change(auth, input.ticketId, input.version, async (m, t) => {
      // Agents take tickets for themselves or give theirs back; supervisors assign anyone.
      if (!roleAtLeast(auth.role, 'SUPERVISOR')) {
        const own = assigneeId === auth.userId || (assigneeId === null && t.assigneeId === auth.userId);
        if (!own) throw forbidden('Agents can take a ticket for themselves or give their own back; ask a supervisor to assign others.');
      }
      if (assigneeId) {
        const user = await this.tenancy.user(auth.organizationId, assigneeId, m);
        if (!user || !user.isActive) throw notFound('The assignee');
      }
      if (assigneeId === t.assigneeId) return { patch: {}, events: [] };
      if (assigneeId) await this.repo.markAssigned(m, auth.organizationId, assigneeId);
      return {
        patch: { assigneeId },
        events: [{ type: assigneeId ? 'ASSIGNED' : 'UNASSIGNED', actorType: 'USER', actorId: auth.userId, data: { assigneeId, previousAssigneeId: t.assigneeId } }],
      };
    });
  }

  async setStatus(auth: AuthUser, input: SetTicketStatusInput): Promise<TicketType> {
    return this.change(auth, input.ticketId, input.version, async (m, t) => {
      if (input.status === t.status) return { patch: {}, events: [] };
      if (!canTransitionTicket(t.status, input.status)) throw badUserInput(`A ticket cannot go from ${t.status} to ${input.status}.`);
      await this.sla.onStatusChanged(m, t, t.status, input.status);
      return {
        patch: { status: input.status },
        events: [{ type: 'STATUS_CHANGED', actorType: 'USER', actorId: auth.userId, data: { from: t.status, to: input.status } }],
      };
    });
  }

  async setPriority(auth: AuthUser, input: SetTicketPriorityInput): Promise<TicketType> {
    return this.change(auth, input.ticketId, input.version, async (_m, t) => {
      if (input.priority === t.priority) return { patch: {}, events: [] };
      const priority: TicketPriority = input.priority;
      return {
        patch: { priority, priorityRank: TICKET_PRIORITY_RANK[priority] },
        events: [{ type: 'PRIORITY_CHANGED', actorType: 'USER', actorId: auth.userId, data: { from: t.priority, to: priority } }],
      };
    });
  }

  /** The agent corrects the language: the ticket moves to that language's queue and to someone who speaks it. */
  async setLanguage(auth: AuthUser, input: SetTicketLanguageInput): Promise<TicketType> {
    if (!isSupportedLanguage(input.language)) throw badUserInput('Unsupported language.', [{ field: 'language', message: 'not supported' }]);
    const language = input.language as LanguageCode;
    return this.change(auth, input.ticketId, input.version, async (m, t) => {
      if (language === t.language) return { patch: {}, events: [] };
      const queues = await this.repo.queues(auth.organizationId, m);
      const rules = await this.repo.routingRules(m, auth.organizationId);
      const route = routeTicket(
        { storeId: t.storeId, channel: t.channel, language, subject: t.subject, body: '', hasOrderId: t.marketplaceOrderId !== null },
        rules.map((r) => ({ id: r.id, priority: r.priority, conditions: r.conditions, queueId: r.queueId })),
        t.queueId,
        queues.map((q) => ({ id: q.id, storeId: q.storeId, language: q.language as LanguageCode | null, isFallback: q.isFallback })),
      );
      const events: TimelineAppend[] = [{ type: 'LANGUAGE_CHANGED', actorType: 'USER', actorId: auth.userId, data: { from: t.language, to: language } }];
      const patch: TicketPatch = { language, languageSource: 'AGENT' };
      if (route.queueId !== t.queueId) {
        patch.queueId = route.queueId;
        events.push({ type: 'ROUTED', actorType: 'SYSTEM', data: { queueId: route.queueId, queueName: queues.find((q) => q.id === route.queueId)?.name, routedBy: route.routedBy, ruleId: route.ruleId } });
      }
      const targetQueue = queues.find((q) => q.id === (patch.queueId ?? t.queueId));
      const agents = await this.repo.assignableAgents(m, auth.organizationId, targetQueue?.isSupervisorQueue ?? false);
      const current = agents.find((a) => a.userId === t.assigneeId);
      if (t.assigneeId && !current?.languages.includes(language)) {
        await this.repo.lock(m, `assign:${auth.organizationId}`);
        const next = pickAgent({ language }, agents);
        patch.assigneeId = next;
        if (next) await this.repo.markAssigned(m, auth.organizationId, next);
        events.push({ type: next ? 'ASSIGNED' : 'UNASSIGNED', actorType: 'SYSTEM', data: { assigneeId: next, previousAssigneeId: t.assigneeId, reason: 'LANGUAGE_CHANGED' } });
      }
      return { patch, events };
    });
  }

  async addNote(auth: AuthUser, input: AddTicketNoteInput): Promise<TicketType> {
    return this.change(auth, input.ticketId, input.version, async (m, t) => {
      const note = await this.repo.insertNote(m, { organizationId: auth.organizationId, ticketId: t.id, authorId: auth.userId, body: input.body });
      return { patch: {}, events: [{ type: 'NOTE', actorType: 'USER', actorId: auth.userId, data: { noteId: note.id } }], bumpVersion: true };
    });
  }

  /** Merges two tickets of the same buyer: messages, notes and timeline move to the target. */
  async merge(auth: AuthUser, input: MergeTicketsInput): Promise<TicketType> {
    return this.repo.transaction(async (m) => {
      const [source, target] = await Promise.all([this.repo.ticket(auth.organizationId, input.sourceTicketId, m), this.repo.ticket(auth.organizationId, input.targetTicketId, m)]);
      if (!source) throw notFound('The ticket to merge');
      if (!target) throw notFound('The ticket to merge into');
      const check = canMergeTickets(
        { id: source.id, organizationId: source.organizationId, storeId: source.storeId, buyerEmail: source.buyerAddress, mergedIntoTicketId: source.mergedIntoId },
        { id: target.id, organizationId: target.organizationId, storeId: target.storeId, buyerEmail: target.buyerAddress, mergedIntoTicketId: target.mergedIntoId },
      );
      if (!check.ok) throw badUserInput(`These tickets cannot be merged (${check.reason}).`, [{ field: 'targetTicketId', message: check.reason }]);
      const movedSource = await this.repo.updateVersioned(m, auth.organizationId, source.id, input.sourceVersion, { status: 'CLOSED', mergedIntoId: target.id });
      if (movedSource && 'conflict' in movedSource) throw conflict('The ticket to merge', movedSource.conflict);
      const lastMessageAt = source.lastMessageAt > target.lastMessageAt ? source.lastMessageAt : undefined;
      const survivor = await this.repo.updateVersioned(m, auth.organizationId, target.id, input.targetVersion, { lastMessageAt });
      if (survivor && 'conflict' in survivor) throw conflict('The ticket to merge into', survivor.conflict);
      const moved = await this.repo.moveToTicket(m, auth.organizationId, source.id, target.id);
      // The moved messages' clocks follow them; both tickets' due times follow the clocks.
      await this.sla.onMerged(m, source, target);
      await this.repo.appendTimeline(m, auth.organizationId, target.id, [
        { type: 'MERGED', actorType: 'USER', actorId: auth.userId, data: { fromTicketId: source.id, messagesMoved: moved } },
      ]);
      await this.repo.appendTimeline(m, auth.organizationId, source.id, [
        { type: 'MERGED_INTO', actorType: 'USER', actorId: auth.userId, data: { intoTicketId: target.id } },
      ]);
      const [s, t] = await Promise.all([this.repo.ticket(auth.organizationId, source.id, m), this.repo.ticket(auth.organizationId, target.id, m)]);
      await emitTicket(this.outbox, m, 'ticket.updated', s!);
      await emitTicket(this.outbox, m, 'ticket.updated', t!);
      // The messages now count for the survivor's order; the source's order lost them.
      for (const x of [s!, t!]) if (x.marketplaceOrderId) await this.risk.ordersChanged(m, auth.organizationId, x.storeId, [x.marketplaceOrderId]);
      return toTicketType(t!);
    });
  }

  /**
   * Amazon's "mark as no response needed" (DOMAIN.md §1.3): the buyer message leaves the late response
   * rate and its response clock is cancelled; the reason goes on the timeline.
   */
  async markMessageNoResponseNeeded(auth: AuthUser, input: MarkMessageNoResponseNeededInput): Promise<TicketType> {
    const message = await this.repo.message(auth.organizationId, input.messageId);
    if (!message) throw notFound('The message');
    if (message.direction !== 'INBOUND') throw badUserInput('Only a buyer message can be marked as needing no response.', [{ field: 'messageId', message: 'not a buyer message' }]);
    return this.change(auth, message.ticketId, input.ticketVersion, async (m, t) => {
      if (!(await this.repo.markNoResponseNeeded(m, auth.organizationId, message.id))) return { patch: {}, events: [] };
      const cancelled = await this.sla.onNoResponseNeeded(m, t, message.id);
      return {
        patch: {},
        events: [{ type: 'NO_RESPONSE_NEEDED', actorType: 'USER', actorId: auth.userId, data: { messageId: message.id, reason: input.reason, clocksCancelled: cancelled } }],
      };
    });
  }

  // ---- templates ----

  async listTemplates(auth: AuthUser): Promise<ReplyTemplateType[]> {
    return (await this.templates.list(auth.organizationId)).map(toTemplateType);
  }

  async saveTemplate(auth: AuthUser, input: SaveReplyTemplateInput): Promise<ReplyTemplateType> {
    const problems = input.translations.flatMap((t, i) => {
      const v = validateReplyTemplate(`${t.subject}\n${t.body}`);
      return v.ok ? [] : [{ field: `translations.${i}.body`, message: `unknown variables: ${v.unknownVariables.join(', ')}` }];
    });
    const languages = input.translations.map((t) => t.language);
    if (new Set(languages).size !== languages.length) problems.push({ field: 'translations', message: 'one translation per language' });
    if (input.translations.length === 0) problems.push({ field: 'translations', message: 'at least one translation' });
    if (problems.length) throw badUserInput('The template is not valid.', problems);
    return this.repo.transaction(async (m) => {
      let id = input.id ?? null;
      if (id) {
        if (!input.version) throw badUserInput('version is required to update a template.', [{ field: 'version', message: 'required' }]);
        const current = await this.templates.get(auth.organizationId, id, m);
        if (!current) throw notFound('The template');
        const ok = await this.templates.replace(m, auth.organizationId, id, input.version, input.name, input.category, input.translations);
        if (!ok) throw conflict('The template', current.template.version);
      } else {
        id = await this.templates.create(m, auth.organizationId, input.name, input.category, input.translations);
      }
      return id;
    }).then(async (id: string) => toTemplateType((await this.templates.get(auth.organizationId, id))!));
  }

  /** Fills a template for a ticket, in the ticket's language when a translation exists. */
  async renderTemplate(auth: AuthUser, ticketId: string, templateId: string): Promise<RenderedReplyTemplateType> {
    const [ticket, template] = await Promise.all([this.repo.ticket(auth.organizationId, ticketId), this.templates.get(auth.organizationId, templateId)]);
    if (!ticket) throw notFound('The ticket');
    if (!template) throw notFound('The template');
    const [store, agent] = await Promise.all([this.tenancy.store(auth.organizationId, ticket.storeId), this.tenancy.user(auth.organizationId, auth.userId)]);
    const translation = pickTemplateTranslation(
      template.translations.map((t) => ({ ...t, language: t.language as LanguageCode })),
      isSupportedLanguage(ticket.language) ? ticket.language : null,
      (store?.defaultLanguage ?? 'en') as LanguageCode,
    );
    if (!translation) throw notFound('A translation of the template');
    const values = {
      buyer_name: ticket.buyerName,
      order_id: ticket.marketplaceOrderId,
      agent_name: agent?.name,
      store_name: store?.name,
      product: null,
      tracking_number: null,
    };
    const subject = renderReplyTemplate(translation.subject, values);
    const body = renderReplyTemplate(translation.body, values);
    return { templateId, language: translation.language, subject: subject.text, body: body.text, missing: [...new Set([...subject.missing, ...body.missing])] };
  }

  /**
   * The shape every versioned change shares: lock-free check of the version in the UPDATE itself, the
   * change's own writes, timeline entries and a ticket.updated event, all in one transaction.
   */
  private change(
    auth: AuthUser,
    ticketId: string,
    version: number,
    apply: (
      m: EntityManager,
      t: TicketEntity,
    ) => Promise<{ patch: TicketPatch; events: TimelineAppend[]; bumpVersion?: boolean; afterUpdate?: (t: TicketEntity) => Promise<unknown> }>,
  ): Promise<TicketType> {
    return this.repo.transaction(async (m) => {
      const t = await this.repo.ticket(auth.organizationId, ticketId, m);
      if (!t) throw notFound('The ticket');
      if (t.version !== version) throw conflict('The ticket', t.version);
      if (t.mergedIntoId) throw new AppError('CONFLICT', 'This ticket was merged into another one.', { mergedIntoId: t.mergedIntoId });
      const { patch, events, bumpVersion, afterUpdate } = await apply(m, t);
      if (Object.keys(patch).length === 0 && events.length === 0 && !bumpVersion) return toTicketType(t);
      const updated = await this.repo.updateVersioned(m, auth.organizationId, t.id, version, patch);
      if (!updated) throw notFound('The ticket');
      if ('conflict' in updated) throw conflict('The ticket', updated.conflict);
      await this.repo.appendTimeline(m, auth.organizationId, t.id, events);
      await afterUpdate?.(updated);
      await emitTicket(this.outbox, m, 'ticket.updated', updated);
      // A reply stops the buyer-message deadline; a language correction moves the pool's language filter.
      if (updated.marketplaceOrderId) await this.risk.ordersChanged(m, auth.organizationId, updated.storeId, [updated.marketplaceOrderId]);
      return toTicketType(updated);
    });
  }
}

const toTemplateType = ({ template, translations }: TemplateWithTranslations): ReplyTemplateType => ({
  id: template.id,
  name: template.name,
  category: template.category,
  version: template.version,
  translations: translations.map((t) => ({ language: t.language, subject: t.subject, body: t.body })),
});
