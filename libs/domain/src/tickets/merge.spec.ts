import { canMergeTickets, normaliseBuyerEmail, type MergeableTicket } from './merge';

const ticket = (id: string, overrides: Partial<MergeableTicket> = {}): MergeableTicket => ({
  id,
  organizationId: 'org-1',
  storeId: 'store-de',
  buyerEmail: 'x7k2mq9vz3@marketplace.amazon.de',
  mergedIntoTicketId: null,
  ...overrides,
});

describe('canMergeTickets', () => {
  it("merges two tickets from the same buyer's relay address, however it is written", () => {
    expect(canMergeTickets(ticket('t1'), ticket('t2', { buyerEmail: ' "Max Weber - Amazon Marketplace" <X7K2MQ9VZ3@Marketplace.Amazon.DE> ' }))).toEqual({ ok: true });
  });

  it.each([
    ['the same ticket', ticket('t1'), 'SAME_TICKET'],
    ['another organisation', ticket('t2', { organizationId: 'org-2' }), 'DIFFERENT_ORGANIZATION'],
    ['another store', ticket('t2', { storeId: 'store-fr' }), 'DIFFERENT_STORE'],
    ['another buyer', ticket('t2', { buyerEmail: 'other123@marketplace.amazon.de' }), 'DIFFERENT_BUYER'],
    ['an unknown buyer', ticket('t2', { buyerEmail: null }), 'UNKNOWN_BUYER'],
    ['a ticket already merged', ticket('t2', { mergedIntoTicketId: 't9' }), 'ALREADY_MERGED'],
  ] as const)('refuses %s', (_label, other, reason) => {
    expect(canMergeTickets(ticket('t1'), other)).toEqual({ ok: false, reason });
    expect(canMergeTickets(other, ticket('t1'))).toEqual({ ok: false, reason });
  });
});

describe('normaliseBuyerEmail', () => {
  it('keeps plus-tags and dots, which may be significant', () => {
    expect(normaliseBuyerEmail('mailto:Max.Weber+shop@Example.com')).toBe('max.weber+shop@example.com');
  });
});
