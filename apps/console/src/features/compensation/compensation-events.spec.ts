import { QueryClient } from '@tanstack/react-query';
import type { DomainEvent } from '@lifeline/api-contract';
import { applyDomainEvent } from '../../realtime/event-invalidations';
import { ticketsKeys } from '../tickets/tickets.keys';
import { approvalToasts } from './approval-toasts';
import { compensationKeys } from './compensation.keys';

const isInvalidated = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

describe('compensation events to the cache', () => {
  it('refreshes that ticket’s actions, hints and timeline, the inbox and the report on compensation.changed', () => {
    const client = new QueryClient();
    const keys = [
      compensationKeys.actions('org-1', 't-1'),
      compensationKeys.headroom('org-1', 't-1', null),
      compensationKeys.approvalsOf('org-1', null),
      compensationKeys.report('org-1', null, 'a', 'b'),
      ticketsKeys.detail('org-1', 't-1'),
    ];
    const untouched = [compensationKeys.actions('org-1', 't-2'), compensationKeys.limits('org-1'), compensationKeys.actions('org-2', 't-1')];
    for (const key of [...keys, ...untouched]) client.setQueryData(key, []);
    const event: DomainEvent<'compensation.changed'> = {
      id: '9',
      type: 'compensation.changed',
      organizationId: 'org-1',
      payload: { ticketId: 't-1', actionId: 'a-1', storeId: 's-1', state: 'APPROVED', version: 2 },
      occurredAt: '2026-01-01T00:00:00Z',
    };
    applyDomainEvent(client, event);
    expect(keys.map((k) => isInvalidated(client, k))).toEqual(keys.map(() => true));
    expect(untouched.map((k) => isInvalidated(client, k))).toEqual(untouched.map(() => false));
  });

  it('refreshes the approval inbox and announces the request when it starts waiting', () => {
    approvalToasts.clear();
    const client = new QueryClient();
    client.setQueryData(compensationKeys.approvalsOf('org-1', 's-1'), []);
    applyDomainEvent(client, {
      id: '10',
      type: 'compensation.approvalRequested',
      organizationId: 'org-1',
      payload: { ticketId: 't-1', actionId: 'a-1', storeId: 's-1', requestedBy: 'u-1', kind: 'PARTIAL_REFUND', cost: '25.00', currency: 'EUR', approvalDueAt: '2026-01-01T04:00:00Z' },
      occurredAt: '2026-01-01T00:00:00Z',
    });
    expect(isInvalidated(client, compensationKeys.approvalsOf('org-1', 's-1'))).toBe(true);
    expect(approvalToasts.get()).toEqual([expect.objectContaining({ actionId: 'a-1', kind: 'PARTIAL_REFUND', cost: '25.00' })]);
  });
});
