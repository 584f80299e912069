import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import type { DomainEvent, QueuesQuery, TicketEventPayload } from '@lifeline/api-contract';
import type { OrganizationUser } from '../../api/tenancy.api';
import type { TicketDetail, TicketListItem, TicketsPage } from '../../api/tickets.api';
import { queuesKeys } from '../queues/queues.keys';
import { usersKeys } from '../users/users.keys';
import { ticketsKeys, type TicketListFilter } from './tickets.keys';

export type TicketListData = InfiniteData<TicketsPage, string | null>;
type TicketEvent = DomainEvent<'ticket.created'> | DomainEvent<'ticket.updated'>;
type TicketFacts = Pick<TicketEventPayload, 'queueId' | 'storeId' | 'status' | 'language' | 'assigneeId'>;

/** Whether a ticket in this state belongs in a list with this filter (the same rules as the API's filter). */
export function ticketMatchesFilter(ticket: TicketFacts, filter: TicketListFilter): boolean {
  if (filter.queueId !== undefined && ticket.queueId !== filter.queueId) return false;
  if (filter.storeId !== undefined && ticket.storeId !== filter.storeId) return false;
  if (filter.language !== undefined && ticket.language !== filter.language) return false;
  if (filter.assigneeId !== undefined && ticket.assigneeId !== filter.assigneeId) return false;
  if (filter.unassigned && ticket.assigneeId !== null) return false;
  if (filter.statuses?.length && !filter.statuses.includes(ticket.status as (typeof filter.statuses)[number])) return false;
  return true;
}

const allRows = (data: TicketListData | undefined): TicketListItem[] => data?.pages.flatMap((page) => page.rows) ?? [];

function mapRows(data: TicketListData, map: (rows: TicketListItem[]) => TicketListItem[]): TicketListData {
  return { ...data, pages: data.pages.map((page) => ({ ...page, rows: map(page.rows) })) };
}

/**
 * The row as the event describes it. Names come from what the console already holds (users, queues);
 * `complete` is false when one is unknown, and the caller then refetches the list instead of guessing.
 */
export function patchRow(
  row: TicketListItem,
  payload: TicketEventPayload,
  lookup: { user: (id: string) => OrganizationUser | undefined; queueName: (id: string) => string | undefined },
): { row: TicketListItem; complete: boolean } {
  let complete = true;
  let assignee = row.assignee ?? null;
  if (payload.assigneeId === null) assignee = null;
  else if (payload.assigneeId !== row.assignee?.id) {
    const user = lookup.user(payload.assigneeId);
    assignee = user ? { id: user.id, name: user.name } : row.assignee ?? null;
    complete &&= user !== undefined;
  }
  let queue = row.queue;
  if (payload.queueId !== row.queue.id) {
    const name = lookup.queueName(payload.queueId);
    queue = { id: payload.queueId, name: name ?? row.queue.name };
    complete &&= name !== undefined;
  }
  return {
    row: {
      ...row,
      version: payload.version,
      status: payload.status as TicketListItem['status'],
      priority: payload.priority as TicketListItem['priority'],
      language: payload.language,
      assignee,
      queue,
    },
    complete,
  };
}

/**
 * A ticket.created / ticket.updated event applied to the cache:
 * - a cached list holding the ticket gets the row patched in place (status, priority, assignee, version);
 *   when the change can move it in urgency order (status, priority, queue: the deadline moves too) the
 *   list refetches behind the patch;
 * - a list whose filter the ticket no longer matches loses the row (taken, closed, moved to another queue);
 * - a list whose filter it now matches but which does not hold it refetches, to place it in order;
 * - the queue counts refetch, and the ticket's own view refetches unless it already has this version.
 * Events older than the cached row (a late or replayed event) change nothing.
 */
export function applyTicketEvent(queryClient: QueryClient, event: TicketEvent): void {
  const organizationId = event.organizationId;
  const payload = event.payload;
  const users = queryClient.getQueryData<OrganizationUser[]>(usersKeys.list(organizationId)) ?? [];
  const queues = queryClient.getQueryData<QueuesQuery>(queuesKeys.all(organizationId))?.queues ?? [];
  const lookup = {
    user: (id: string) => users.find((user) => user.id === id),
    queueName: (id: string) => queues.find((queue) => queue.id === id)?.name,
  };
  const refetch = (queryKey: QueryKey) => void queryClient.invalidateQueries({ queryKey, exact: true });

  for (const [queryKey, data] of queryClient.getQueriesData<TicketListData>({ queryKey: ticketsKeys.lists(organizationId) })) {
    const filter = (queryKey[4] ?? {}) as TicketListFilter;
    const matches = ticketMatchesFilter(payload, filter);
    const row = allRows(data).find((candidate) => candidate.id === payload.ticketId);
    if (!row || !data) {
      if (matches) refetch(queryKey);
      continue;
    }
    if (row.version >= payload.version) continue;
    if (!matches) {
      queryClient.setQueryData<TicketListData>(queryKey, mapRows(data, (rows) => rows.filter((r) => r.id !== row.id)));
      continue;
    }
    const patched = patchRow(row, payload, lookup);
    queryClient.setQueryData<TicketListData>(
      queryKey,
      mapRows(data, (rows) => rows.map((r) => (r.id === row.id ? patched.row : r))),
    );
    const reorders = row.status !== payload.status || row.priority !== payload.priority || row.queue.id !== payload.queueId;
    if (reorders || !patched.complete) refetch(queryKey);
  }

  void queryClient.invalidateQueries({ queryKey: queuesKeys.all(organizationId) });
  if (event.type === 'ticket.updated') {
    const detailKey = ticketsKeys.detail(organizationId, payload.ticketId);
    const detail = queryClient.getQueryData<TicketDetail>(detailKey);
    if (!detail || detail.version < payload.version) void queryClient.invalidateQueries({ queryKey: detailKey });
  }
}

/** A new message (the buyer's or a colleague's reply), or a reply's delivery, shows in the ticket's conversation. */
export function applyMessageEvent(queryClient: QueryClient, event: DomainEvent<'message.created' | 'message.delivery'>): void {
  void queryClient.invalidateQueries({ queryKey: ticketsKeys.detail(event.organizationId, event.payload.ticketId) });
}

/**
 * What this console's own change returned: the new version and fields go straight into the ticket's view
 * and every list row, so the next change sends the right version even before the socket event arrives.
 */
export function applyChangedTicket(queryClient: QueryClient, organizationId: string, ticket: TicketListItem): void {
  const detailKey = ticketsKeys.detail(organizationId, ticket.id);
  queryClient.setQueryData<TicketDetail>(detailKey, (detail) => (detail && detail.version <= ticket.version ? { ...detail, ...ticket, store: detail.store } : detail));
  for (const [queryKey, data] of queryClient.getQueriesData<TicketListData>({ queryKey: ticketsKeys.lists(organizationId) })) {
    if (!data || !allRows(data).some((row) => row.id === ticket.id && row.version < ticket.version)) continue;
    queryClient.setQueryData<TicketListData>(queryKey, mapRows(data, (rows) => rows.map((row) => (row.id === ticket.id ? ticket : row))));
  }
}
