import type { DomainEvent } from '@lifeline/api-contract';
import { isNewerEventId, queryKeysToInvalidate } from './event-invalidations';

describe('socket events to cache invalidation', () => {
  it("invalidates the organisation's stores when a store is updated", () => {
    const event: DomainEvent<'store.updated'> = {
      id: '42',
      type: 'store.updated',
      organizationId: 'org-1',
      payload: { storeId: 'store-9', version: 3 },
      occurredAt: '2025-01-01T00:00:00Z',
    };
    expect(queryKeysToInvalidate(event)).toEqual([['org', 'org-1', 'stores']]);
  });

  it('ignores event types this console does not know yet', () => {
    const event = { id: '1', type: 'feature.from.the.future', organizationId: 'o', payload: {}, occurredAt: '' };
    expect(queryKeysToInvalidate(event as unknown as DomainEvent)).toEqual([]);
  });

  it('orders outbox ids numerically, beyond the safe integer range', () => {
    expect(isNewerEventId('10', '9')).toBe(true);
    expect(isNewerEventId('9007199254740993', '9007199254740992')).toBe(true);
    expect(isNewerEventId('5', '5')).toBe(false);
    expect(isNewerEventId('1', null)).toBe(true);
  });
});
