import { QueryClient } from '@tanstack/react-query';
import type { DomainEvent } from '@lifeline/api-contract';
import { accountHealthKeys } from '../features/account-health/account-health.keys';
import { healthAlertToasts } from '../features/account-health/health-alert-toasts';
import { ticketsKeys } from '../features/tickets/tickets.keys';
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

  it("refreshes one store's metrics, trends, alerts and metric orders on health.changed, not another store's", () => {
    const client = new QueryClient();
    const metrics = accountHealthKeys.metrics('org-1', 'store-1');
    const trend = accountHealthKeys.trend('org-1', 'store-1', 'ORDER_DEFECT_RATE', 'ALL', 90);
    const orders = accountHealthKeys.metricOrders('org-1', 'store-1', 'ORDER_DEFECT_RATE', 'ALL');
    const otherStore = accountHealthKeys.metrics('org-1', 'store-2');
    for (const key of [metrics, trend, orders, otherStore]) client.setQueryData(key, []);
    const event: DomainEvent<'health.changed'> = {
      id: '7',
      type: 'health.changed',
      organizationId: 'org-1',
      payload: { storeId: 'store-1', metrics: [] },
      occurredAt: '2025-01-01T00:00:00Z',
    };
    applyDomainEvent(client, event);
    expect([metrics, trend, orders, otherStore].map((key) => isInvalidated(client, key))).toEqual([true, true, true, false]);
  });

  it('shows a banner for health.alert and refreshes the alert history', () => {
    const client = new QueryClient();
    const alerts = accountHealthKeys.alerts('org-1', 'store-1');
    client.setQueryData(alerts, []);
    healthAlertToasts.clear();
    const payload = {
      alertId: 'a-1',
      storeId: 'store-1',
      key: 'ORDER_DEFECT_RATE',
      fulfillmentChannel: 'ALL' as const,
      level: 'WARNING' as const,
      previousStatus: 'OK' as const,
      value: 0.0082,
      line: 0.008,
      notifiedUserIds: [],
    };
    const event: DomainEvent<'health.alert'> = { id: '8', type: 'health.alert', organizationId: 'org-1', payload, occurredAt: '' };
    applyDomainEvent(client, event);
    applyDomainEvent(client, { ...event, id: '9' });
    expect(isInvalidated(client, alerts)).toBe(true);
    expect(healthAlertToasts.get().map((toast) => toast.alertId)).toEqual(['a-1']);
  });

  it("refreshes the ticket lists and the breached ticket's view on sla.breached, not other tickets or its templates", () => {
    const client = new QueryClient();
    const list = ticketsKeys.list('org-1', { statuses: ['NEW', 'OPEN'] });
    const ticket = ticketsKeys.detail('org-1', 't-1');
    const template = ticketsKeys.renderedTemplate('org-1', 't-1', 'tpl-1');
    const other = ticketsKeys.detail('org-1', 't-2');
    for (const key of [list, ticket, template, other]) client.setQueryData(key, {});
    const event: DomainEvent<'sla.breached'> = {
      id: '9',
      type: 'sla.breached',
      organizationId: 'org-1',
      payload: { ticketId: 't-1', clockId: 'c-1', kind: 'FIRST_RESPONSE', dueAt: '2025-01-01T00:00:00Z', level: 2, notifyUserIds: [] },
      occurredAt: '2025-01-01T00:00:01Z',
    };
    applyDomainEvent(client, event);
    expect(isInvalidated(client, list)).toBe(true);
    expect(isInvalidated(client, ticket)).toBe(true);
    expect(isInvalidated(client, template)).toBe(false);
    expect(isInvalidated(client, other)).toBe(false);
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
