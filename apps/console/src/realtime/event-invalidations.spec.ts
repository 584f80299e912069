import { QueryClient } from '@tanstack/react-query';
import type { DomainEvent } from '@lifeline/api-contract';
import { applyDomainEvent, isNewerEventId } from './event-invalidations';

const isInvalidated = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

describe('socket events to the cache', () => {
  it("invalidates the organisation's stores when a store is updated, and nothing else", () => {
    const client = new QueryClient();
    client.setQueryData(['org', 'org-1', 'stores', 'list'], []);
    client.setQueryData(['org', 'org-2', 'stores', 'list'], []);
    const event: DomainEvent<'store.updated'> = {
      id: '42',
      type: 'store.updated',
      organizationId: 'org-1',
      payload: { storeId: 'store-9', version: 3 },
      occurredAt: '2025-01-01T00:00:00Z',
    };
    applyDomainEvent(client, event);
    expect(isInvalidated(client, ['org', 'org-1', 'stores', 'list'])).toBe(true);
    expect(isInvalidated(client, ['org', 'org-2', 'stores', 'list'])).toBe(false);
  });

  it('ignores event types this console does not know yet', () => {
    const client = new QueryClient();
    client.setQueryData(['org', 'o', 'stores', 'list'], []);
    const event = { id: '1', type: 'claim.opened', organizationId: 'o', payload: {}, occurredAt: '' };
    expect(() => applyDomainEvent(client, event as unknown as DomainEvent)).not.toThrow();
    expect(isInvalidated(client, ['org', 'o', 'stores', 'list'])).toBe(false);
  });

  it('orders outbox ids numerically, beyond the safe integer range', () => {
    expect(isNewerEventId('10', '9')).toBe(true);
    expect(isNewerEventId('9007199254740993', '9007199254740992')).toBe(true);
    expect(isNewerEventId('5', '5')).toBe(false);
    expect(isNewerEventId('1', null)).toBe(true);
  });
});
