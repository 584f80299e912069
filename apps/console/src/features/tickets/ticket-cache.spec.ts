import { QueryClient } from '@tanstack/react-query';
import type { DomainEvent, TicketEventPayload } from '@lifeline/api-contract';
import type { TicketDetail, TicketListItem } from '../../api/tickets.api';
import { applyDomainEvent } from '../../realtime/event-invalidations';
import { queuesKeys } from '../queues/queues.keys';
import { usersKeys } from '../users/users.keys';
import { applyChangedTicket, ticketMatchesFilter, type TicketListData } from './ticket-cache';
import { ticketsKeys, type TicketListFilter } from './tickets.keys';

const ORG = 'org-1';
const DIETER = { id: 'u-dieter', name: 'Dieter Deutsch' };
const SAM = { id: 'u-sam', name: 'Sam Supervisor' };
const DE_QUEUE = { id: 'q-de', name: 'Amazon DE · German' };

function row(overrides: Partial<TicketListItem> = {}): TicketListItem {
  return {
    id: 't-1',
    channel: 'BUYER_MESSAGE',
    subject: 'Frage zu meiner Bestellung',
    language: 'de',
    status: 'OPEN',
    priority: 'NORMAL',
    dueAt: '2025-01-02T00:00:00Z',
    marketplaceOrderId: '302-4567890-1234567',
    buyerName: 'Katrin Müller',
    buyerAddress: 'k8x2@marketplace.amazon.de',
    lastMessageAt: '2025-01-01T00:00:00Z',
    createdAt: '2025-01-01T00:00:00Z',
    version: 3,
    queue: DE_QUEUE,
    assignee: DIETER,
    store: { id: 's-de', name: 'Amazon DE' },
    ...overrides,
  };
}

function payload(overrides: Partial<TicketEventPayload> = {}): TicketEventPayload {
  return {
    ticketId: 't-1',
    version: 4,
    queueId: DE_QUEUE.id,
    storeId: 's-de',
    status: 'OPEN',
    priority: 'NORMAL',
    language: 'de',
    assigneeId: DIETER.id,
    ...overrides,
  };
}

const event = (type: 'ticket.created' | 'ticket.updated', p: TicketEventPayload, id = '100'): DomainEvent =>
  ({ id, type, organizationId: ORG, payload: p, occurredAt: '2025-01-01T00:00:00Z' }) as DomainEvent;

const listData = (...rows: TicketListItem[]): TicketListData => ({
  pages: [{ rows, endCursor: null, hasNextPage: false }],
  pageParams: [null],
});

function setup(lists: [TicketListFilter, TicketListItem[]][]) {
  const client = new QueryClient();
  client.setQueryData(usersKeys.list(ORG), [
    { ...DIETER, email: 'agent.de@x', role: 'AGENT', languages: ['de'] },
    { ...SAM, email: 'supervisor@x', role: 'SUPERVISOR', languages: ['de'] },
  ]);
  client.setQueryData(queuesKeys.all(ORG), { queues: [{ ...DE_QUEUE }], ticketLanguageCounts: [] });
  for (const [filter, rows] of lists) client.setQueryData(ticketsKeys.list(ORG, filter), listData(...rows));
  const rowsOf = (filter: TicketListFilter) =>
    client.getQueryData<TicketListData>(ticketsKeys.list(ORG, filter))!.pages.flatMap((page) => page.rows);
  const stale = (key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;
  return { client, rowsOf, stale };
}

const OPEN = { statuses: ['NEW', 'OPEN', 'WAITING_ON_BUYER'] } satisfies TicketListFilter;
const MINE = { assigneeId: DIETER.id, ...OPEN } satisfies TicketListFilter;
const UNASSIGNED = { unassigned: true, ...OPEN } satisfies TicketListFilter;
const NEEDS_REPLY = { statuses: ['NEW', 'OPEN'] } satisfies TicketListFilter;

describe('ticket events to the cache', () => {
  it('patches the status and version of the row in place after a reply, and refetches for the new deadline', () => {
    const { client, rowsOf, stale } = setup([[MINE, [row()]]]);
    applyDomainEvent(client, event('ticket.updated', payload({ status: 'WAITING_ON_BUYER' })));
    expect(rowsOf(MINE)[0]).toMatchObject({ status: 'WAITING_ON_BUYER', version: 4, assignee: DIETER });
    expect(stale(ticketsKeys.list(ORG, MINE))).toBe(true);
  });

  it('drops the row from a list it no longer belongs to (answered, so no longer "needs a reply")', () => {
    const { client, rowsOf } = setup([[NEEDS_REPLY, [row(), row({ id: 't-2' })]]]);
    applyDomainEvent(client, event('ticket.updated', payload({ status: 'WAITING_ON_BUYER' })));
    expect(rowsOf(NEEDS_REPLY).map((r) => r.id)).toEqual(['t-2']);
  });

  it('moves a taken ticket out of "Unassigned" and names the new assignee on other lists without a refetch', () => {
    const { client, rowsOf, stale } = setup([
      [UNASSIGNED, [row({ assignee: null })]],
      [OPEN, [row({ assignee: null })]],
    ]);
    applyDomainEvent(client, event('ticket.updated', payload({ assigneeId: SAM.id })));
    expect(rowsOf(UNASSIGNED)).toEqual([]);
    expect(rowsOf(OPEN)[0]!.assignee).toEqual(SAM);
    expect(stale(ticketsKeys.list(ORG, OPEN))).toBe(false);
  });

  it('refetches a list when the assignee is someone the console does not know yet', () => {
    const { client, rowsOf, stale } = setup([[OPEN, [row()]]]);
    applyDomainEvent(client, event('ticket.updated', payload({ assigneeId: 'u-new' })));
    expect(rowsOf(OPEN)[0]!.version).toBe(4);
    expect(stale(ticketsKeys.list(ORG, OPEN))).toBe(true);
  });

  it('ignores an event older than the row it has (a late or replayed event)', () => {
    const { client, rowsOf, stale } = setup([[OPEN, [row({ version: 5, status: 'WAITING_ON_BUYER' })]]]);
    applyDomainEvent(client, event('ticket.updated', payload({ version: 4, status: 'OPEN' })));
    expect(rowsOf(OPEN)[0]).toMatchObject({ version: 5, status: 'WAITING_ON_BUYER' });
    expect(stale(ticketsKeys.list(ORG, OPEN))).toBe(false);
  });

  it('refetches only the lists a new ticket belongs in, and the queue counts', () => {
    const { client, stale } = setup([
      [{ queueId: DE_QUEUE.id, ...OPEN }, []],
      [{ queueId: 'q-en', ...OPEN }, []],
      [MINE, []],
    ]);
    applyDomainEvent(client, event('ticket.created', payload({ ticketId: 't-new', version: 1, status: 'NEW', assigneeId: null })));
    expect(stale(ticketsKeys.list(ORG, { queueId: DE_QUEUE.id, ...OPEN }))).toBe(true);
    expect(stale(ticketsKeys.list(ORG, { queueId: 'q-en', ...OPEN }))).toBe(false);
    expect(stale(ticketsKeys.list(ORG, MINE))).toBe(false);
    expect(stale(queuesKeys.all(ORG))).toBe(true);
  });

  it("refetches the ticket's own view unless it already holds that version", () => {
    const { client, stale } = setup([]);
    const detailKey = ticketsKeys.detail(ORG, 't-1');
    client.setQueryData(detailKey, { ...row(), version: 4 } as unknown as TicketDetail);
    applyDomainEvent(client, event('ticket.updated', payload({ version: 4 })));
    expect(stale(detailKey)).toBe(false);
    applyDomainEvent(client, event('ticket.updated', payload({ version: 5 }), '101'));
    expect(stale(detailKey)).toBe(true);
  });

  it("refetches the ticket's conversation when a message arrives, and leaves other tickets and organisations alone", () => {
    const { client, stale } = setup([]);
    client.setQueryData(ticketsKeys.detail(ORG, 't-1'), {});
    client.setQueryData(ticketsKeys.detail(ORG, 't-2'), {});
    client.setQueryData(ticketsKeys.detail('org-2', 't-1'), {});
    applyDomainEvent(client, {
      id: '7',
      type: 'message.created',
      organizationId: ORG,
      payload: { ticketId: 't-1', messageId: 'm-1', direction: 'OUTBOUND' },
      occurredAt: '',
    });
    expect(stale(ticketsKeys.detail(ORG, 't-1'))).toBe(true);
    expect(stale(ticketsKeys.detail(ORG, 't-2'))).toBe(false);
    expect(stale(ticketsKeys.detail('org-2', 't-1'))).toBe(false);
  });

  it("puts this console's own change (with its new version) into the view and the list rows at once", () => {
    const { client, rowsOf } = setup([[OPEN, [row()]]]);
    const detailKey = ticketsKeys.detail(ORG, 't-1');
    client.setQueryData(detailKey, { ...row(), messages: [], store: { id: 's-de', name: 'Amazon DE', marketplace: 'AMAZON' } });
    applyChangedTicket(client, ORG, row({ version: 4, status: 'WAITING_ON_BUYER' }));
    expect(client.getQueryData<TicketDetail>(detailKey)).toMatchObject({ version: 4, status: 'WAITING_ON_BUYER', messages: [], store: { marketplace: 'AMAZON' } });
    expect(rowsOf(OPEN)[0]).toMatchObject({ version: 4, status: 'WAITING_ON_BUYER' });
  });
});

describe('ticketMatchesFilter', () => {
  const facts = { queueId: 'q', storeId: 's', status: 'OPEN', language: 'de', assigneeId: null };
  it('applies every filter the lists use', () => {
    expect(ticketMatchesFilter(facts, {})).toBe(true);
    expect(ticketMatchesFilter(facts, { unassigned: true, language: 'de', storeId: 's', queueId: 'q', statuses: ['OPEN'] })).toBe(true);
    expect(ticketMatchesFilter(facts, { language: 'fr' })).toBe(false);
    expect(ticketMatchesFilter(facts, { assigneeId: 'u' })).toBe(false);
    expect(ticketMatchesFilter({ ...facts, assigneeId: 'u' }, { unassigned: true })).toBe(false);
    expect(ticketMatchesFilter(facts, { statuses: ['RESOLVED', 'CLOSED'] })).toBe(false);
  });
});
