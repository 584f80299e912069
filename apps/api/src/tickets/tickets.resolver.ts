import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { StoreType, UserType } from '../tenancy/dto/tenancy.types';
import {
  AddTicketNoteInput,
  AssignTicketInput,
  LanguageCount,
  MarkMessageNoResponseNeededInput,
  MergeTicketsInput,
  MessageType,
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
  TicketNoteType,
  TicketType,
  TimelineEventType,
} from './dto/ticket.types';
import { TicketDetailsService } from './ticket-details.service';
import { TicketsService } from './tickets.service';

@Resolver(() => TicketType)
export class TicketResolver {
  constructor(
    private readonly service: TicketsService,
    private readonly details: TicketDetailsService,
  ) {}

  @Query(() => TicketConnection, { description: 'Tickets in urgency order (priority, nearest deadline, oldest), keyset-paginated.' })
  tickets(
    @CurrentUser() auth: AuthUser,
    @Args('filter', { type: () => TicketFilterInput, nullable: true }) filter: TicketFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<TicketConnection> {
    return this.service.list(auth, filter, first, after);
  }

  @Query(() => TicketType)
  ticket(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<TicketType> {
    return this.service.get(auth, id);
  }

  @Mutation(() => TicketType, { description: 'Replies to the buyer; the reply is handed to the channel layer for sending.' })
  replyToTicket(@CurrentUser() auth: AuthUser, @Args('input') input: ReplyToTicketInput): Promise<TicketType> {
    return this.service.reply(auth, input);
  }

  @Mutation(() => TicketType)
  assignTicket(@CurrentUser() auth: AuthUser, @Args('input') input: AssignTicketInput): Promise<TicketType> {
    return this.service.assign(auth, input);
  }

  @Mutation(() => TicketType)
  setTicketStatus(@CurrentUser() auth: AuthUser, @Args('input') input: SetTicketStatusInput): Promise<TicketType> {
    return this.service.setStatus(auth, input);
  }

  @Mutation(() => TicketType)
  setTicketPriority(@CurrentUser() auth: AuthUser, @Args('input') input: SetTicketPriorityInput): Promise<TicketType> {
    return this.service.setPriority(auth, input);
  }

  @Mutation(() => TicketType, { description: 'Corrects the detected language; the ticket moves to that language queue.' })
  setTicketLanguage(@CurrentUser() auth: AuthUser, @Args('input') input: SetTicketLanguageInput): Promise<TicketType> {
    return this.service.setLanguage(auth, input);
  }

  @Mutation(() => TicketType)
  addTicketNote(@CurrentUser() auth: AuthUser, @Args('input') input: AddTicketNoteInput): Promise<TicketType> {
    return this.service.addNote(auth, input);
  }

  @Mutation(() => TicketType, { description: 'Merges two tickets of the same buyer; returns the surviving ticket.' })
  mergeTickets(@CurrentUser() auth: AuthUser, @Args('input') input: MergeTicketsInput): Promise<TicketType> {
    return this.service.merge(auth, input);
  }

  @Mutation(() => TicketType, { description: 'Marks a buyer message "no response needed": it leaves the late response rate and its SLA clock stops.' })
  markMessageNoResponseNeeded(@CurrentUser() auth: AuthUser, @Args('input') input: MarkMessageNoResponseNeededInput): Promise<TicketType> {
    return this.service.markMessageNoResponseNeeded(auth, input);
  }

  @ResolveField(() => StoreType)
  store(@Parent() t: TicketType, @Context() ctx: GraphqlContext): Promise<StoreType> {
    return ctx.loaders.store.load(`${t.organizationId}|${t.storeId}`);
  }

  @ResolveField(() => QueueType, { description: 'Counts are not filled here; use `queues` for them.' })
  queue(@Parent() t: TicketType, @Context() ctx: GraphqlContext): Promise<QueueType> {
    return ctx.loaders.queue.load(`${t.organizationId}|${t.queueId}`);
  }

  @ResolveField(() => UserType, { nullable: true })
  assignee(@Parent() t: TicketType, @Context() ctx: GraphqlContext): Promise<UserType> | null {
    return t.assigneeId ? ctx.loaders.user.load(`${t.organizationId}|${t.assigneeId}`) : null;
  }

  @ResolveField(() => [MessageType])
  messages(@Parent() t: TicketType): Promise<MessageType[]> {
    return this.details.messages(t.organizationId, t.id);
  }

  @ResolveField(() => [TicketNoteType])
  notes(@Parent() t: TicketType): Promise<TicketNoteType[]> {
    return this.details.notes(t.organizationId, t.id);
  }

  @ResolveField(() => [TimelineEventType])
  timeline(@Parent() t: TicketType): Promise<TimelineEventType[]> {
    return this.details.timeline(t.organizationId, t.id);
  }

  @ResolveField(() => [TicketType], { description: 'Other tickets about the same marketplace order.' })
  otherTicketsForOrder(@Parent() t: TicketType): Promise<TicketType[]> {
    return this.details.otherTicketsForOrder(t);
  }
}

@Resolver(() => MessageType)
export class MessageResolver {
  @ResolveField(() => UserType, { nullable: true, description: 'The agent who wrote a reply.' })
  author(@Parent() m: MessageType, @Context() ctx: GraphqlContext): Promise<UserType> | null {
    return m.authorId && ctx.req.user ? ctx.loaders.user.load(`${ctx.req.user.organizationId}|${m.authorId}`) : null;
  }
}

@Resolver(() => TicketNoteType)
export class TicketNoteResolver {
  @ResolveField(() => UserType)
  author(@Parent() n: TicketNoteType, @Context() ctx: GraphqlContext): Promise<UserType> {
    return ctx.loaders.user.load(`${ctx.req.user!.organizationId}|${n.authorId}`);
  }
}

@Resolver(() => TimelineEventType)
export class TimelineEventResolver {
  @ResolveField(() => UserType, { nullable: true })
  actor(@Parent() e: TimelineEventType, @Context() ctx: GraphqlContext): Promise<UserType> | null {
    return e.actorId && ctx.req.user ? ctx.loaders.user.load(`${ctx.req.user.organizationId}|${e.actorId}`) : null;
  }
}

@Resolver(() => QueueType)
export class QueueResolver {
  constructor(private readonly tickets: TicketsService) {}

  @Query(() => [QueueType], { description: 'Queues with their open and unassigned counts.' })
  queues(@CurrentUser() auth: AuthUser): Promise<QueueType[]> {
    return this.tickets.queues(auth);
  }

  @Query(() => [LanguageCount], { description: 'Open tickets per language.' })
  ticketLanguageCounts(@CurrentUser() auth: AuthUser): Promise<LanguageCount[]> {
    return this.tickets.languageCounts(auth);
  }
}

@Resolver(() => ReplyTemplateType)
export class ReplyTemplateResolver {
  constructor(private readonly tickets: TicketsService) {}

  @Query(() => [ReplyTemplateType])
  replyTemplates(@CurrentUser() auth: AuthUser): Promise<ReplyTemplateType[]> {
    return this.tickets.listTemplates(auth);
  }

  @Query(() => RenderedReplyTemplateType, { description: "A template filled for a ticket, in the buyer's language when translated." })
  renderReplyTemplate(
    @CurrentUser() auth: AuthUser,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('templateId', { type: () => ID }) templateId: string,
  ): Promise<RenderedReplyTemplateType> {
    return this.tickets.renderTemplate(auth, ticketId, templateId);
  }

  @RequireRole('SUPERVISOR')
  @Mutation(() => ReplyTemplateType, { description: 'Creates a template, or replaces one (with its version).' })
  saveReplyTemplate(@CurrentUser() auth: AuthUser, @Args('input') input: SaveReplyTemplateInput): Promise<ReplyTemplateType> {
    return this.tickets.saveTemplate(auth, input);
  }
}
