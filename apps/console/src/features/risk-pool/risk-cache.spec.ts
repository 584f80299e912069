import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import type { DomainEvent } from '@lifeline/api-contract';
import type { RiskPoolPage } from '../../api/risk.api';
import { applyDomainEvent } from '../../realtime/event-invalidations';
import { riskKeys } from './risk.keys';

const row = (id: string, version: number) =>
  ({ id, version, marketplaceOrderId: `302-0000000-000000${id}`, claimedBy: null, store: { id: 'store-1', name: 'Amazon DE', marketplace: 'AMAZON' } }) as unknown as RiskPoolPage['rows'][number];

const pool = (...rows: RiskPoolPage['rows']): InfiniteData<RiskPoolPage> => ({ pages: [{ rows, endCursor: null, hasNextPage: false }], pageParams: [null] });
const isInvalidated = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

describe('risk events to the cache', () => {
  it('shows the new holder on every loaded pool list at once and refetches them', () => {
    const client = new QueryClient();
    const all = riskKeys.pool('org-1', {});
    const german = riskKeys.pool('org-1', { language: 'de' });
    client.setQueryData(all, pool(row('1', 3), row('2', 1)));
    client.setQueryData(german, pool(row('1', 3)));
    const event: DomainEvent<'risk.claimed'> = {
      id: '9',
      type: 'risk.claimed',
      organizationId: 'org-1',
      payload: { id: '1', storeId: 'store-1', marketplaceOrderId: '302-0000000-0000001', claimedById: 'u-de', claimedByName: 'Dieter Deutsch', previousClaimedById: null, version: 4 },
      occurredAt: '2026-01-01T00:00:00Z',
    };
    applyDomainEvent(client, event);
    for (const key of [all, german]) {
      const first = client.getQueryData<InfiniteData<RiskPoolPage>>(key)!.pages[0]!.rows[0]!;
      expect(first).toMatchObject({ version: 4, claimedBy: { id: 'u-de', name: 'Dieter Deutsch' } });
      expect(isInvalidated(client, key)).toBe(true);
    }
    expect(client.getQueryData<InfiniteData<RiskPoolPage>>(all)!.pages[0]!.rows[1]!.claimedBy).toBeNull();
  });

  it('ignores an older claim event than what a list already shows', () => {
    const client = new QueryClient();
    const key = riskKeys.pool('org-1', {});
    client.setQueryData(key, pool(row('1', 6)));
    applyDomainEvent(client, {
      id: '10',
      type: 'risk.claimed',
      organizationId: 'org-1',
      payload: { id: '1', storeId: 'store-1', marketplaceOrderId: '302-0000000-0000001', claimedById: 'u-en', claimedByName: 'Emma English', previousClaimedById: null, version: 5 },
      occurredAt: '2026-01-01T00:00:00Z',
    });
    expect(client.getQueryData<InfiniteData<RiskPoolPage>>(key)!.pages[0]!.rows[0]!.claimedBy).toBeNull();
  });

  it('refetches the pool and the risk panel of the changed orders only on risk.changed', () => {
    const client = new QueryClient();
    const list = riskKeys.pool('org-1', {});
    const changed = riskKeys.order('org-1', 'store-1', '302-1');
    const other = riskKeys.order('org-1', 'store-1', '302-2');
    for (const key of [list, changed, other]) client.setQueryData(key, null);
    const order = { id: 'r1', storeId: 'store-1', marketplaceOrderId: '302-1', score: 70, previousScore: 35, inPool: true, previousInPool: false, nextDeadline: null, reasonCodes: ['A_TO_Z_INTENT'], claimedById: null, resolved: false, version: 1 };
    applyDomainEvent(client, { id: '11', type: 'risk.changed', organizationId: 'org-1', payload: { storeId: 'store-1', orders: [order], truncated: false }, occurredAt: '2026-01-01T00:00:00Z' });
    expect([list, changed, other].map((key) => isInvalidated(client, key))).toEqual([true, true, false]);
  });
});
