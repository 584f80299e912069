import {
  AddTicketNoteDocument,
  AssignTicketDocument,
  MergeTicketsDocument,
  QueuesDocument,
  RenderReplyTemplateDocument,
  ReplyTemplatesDocument,
  ReplyToTicketDocument,
  SetTicketLanguageDocument,
  SetTicketPriorityDocument,
  SetTicketStatusDocument,
  TicketDocument,
  TicketsDocument,
  type AddTicketNoteInput,
  type AssignTicketInput,
  type MergeTicketsInput,
  type QueuesQuery,
  type RenderReplyTemplateQuery,
  type ReplyTemplatesQuery,
  type ReplyToTicketInput,
  type SetTicketLanguageInput,
  type SetTicketPriorityInput,
  type SetTicketStatusInput,
  type TicketFilterInput,
  type TicketListFieldsFragment,
  type TicketQuery,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type TicketListItem = TicketListFieldsFragment;
export type TicketDetail = TicketQuery['ticket'];
export type Queue = QueuesQuery['queues'][number];
export type LanguageCount = QueuesQuery['ticketLanguageCounts'][number];
export type ReplyTemplate = ReplyTemplatesQuery['replyTemplates'][number];
export type RenderedReplyTemplate = RenderReplyTemplateQuery['renderReplyTemplate'];

/** One keyset page of a ticket list, in the API's urgency order. */
export interface TicketsPage {
  rows: TicketListItem[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const TICKETS_PAGE_SIZE = 50;

export async function fetchTickets(filter: TicketFilterInput, after: string | null): Promise<TicketsPage> {
  const { tickets } = await graphqlRequest(TicketsDocument, { filter, first: TICKETS_PAGE_SIZE, after });
  return {
    rows: tickets.edges.map((edge) => edge.node),
    endCursor: tickets.pageInfo.endCursor ?? null,
    hasNextPage: tickets.pageInfo.hasNextPage,
  };
}

export async function fetchTicket(id: string): Promise<TicketDetail> {
  return (await graphqlRequest(TicketDocument, { id })).ticket;
}

export async function fetchQueues(): Promise<QueuesQuery> {
  return graphqlRequest(QueuesDocument);
}

export async function fetchReplyTemplates(): Promise<ReplyTemplate[]> {
  return (await graphqlRequest(ReplyTemplatesDocument)).replyTemplates;
}

export async function renderReplyTemplate(ticketId: string, templateId: string): Promise<RenderedReplyTemplate> {
  return (await graphqlRequest(RenderReplyTemplateDocument, { ticketId, templateId })).renderReplyTemplate;
}

export async function replyToTicket(input: ReplyToTicketInput): Promise<TicketListItem> {
  return (await graphqlRequest(ReplyToTicketDocument, { input })).replyToTicket;
}

export async function assignTicket(input: AssignTicketInput): Promise<TicketListItem> {
  return (await graphqlRequest(AssignTicketDocument, { input })).assignTicket;
}

export async function setTicketStatus(input: SetTicketStatusInput): Promise<TicketListItem> {
  return (await graphqlRequest(SetTicketStatusDocument, { input })).setTicketStatus;
}

export async function setTicketPriority(input: SetTicketPriorityInput): Promise<TicketListItem> {
  return (await graphqlRequest(SetTicketPriorityDocument, { input })).setTicketPriority;
}

export async function setTicketLanguage(input: SetTicketLanguageInput): Promise<TicketListItem> {
  return (await graphqlRequest(SetTicketLanguageDocument, { input })).setTicketLanguage;
}

export async function addTicketNote(input: AddTicketNoteInput): Promise<TicketListItem> {
  return (await graphqlRequest(AddTicketNoteDocument, { input })).addTicketNote;
}

export async function mergeTickets(input: MergeTicketsInput): Promise<TicketListItem> {
  return (await graphqlRequest(MergeTicketsDocument, { input })).mergeTickets;
}
