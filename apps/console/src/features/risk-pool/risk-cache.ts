import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { DomainEvent } from '@lifeline/api-contract';
import type { OrderRisk, RiskPoolPage } from '../../api/risk.api';
import { riskKeys } from './risk.keys';

type Holder = OrderRisk['claimedBy'];

/** Loaded pool pages with one entry patched (only when the patch is not older than what is shown). */
export function patchPoolEntry(
  data: InfiniteData<RiskPoolPage> | undefined,
  id: string,
  version: number,
  patch: (row: RiskPoolPage['rows'][number]) => Partial<RiskPoolPage['rows'][number]>,
): InfiniteData<RiskPoolPage> | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      rows: page.rows.map((row) => (row.id === id && row.version <= version ? { ...row, ...patch(row), version } : row)),
    })),
  };
}

/** A claim, release, resolve or reopen the caller made: its rows show the answer at once, then lists refetch. */
export function applyChangedRisk(queryClient: QueryClient, organizationId: string, risk: OrderRisk): void {
  queryClient.setQueriesData<InfiniteData<RiskPoolPage>>({ queryKey: riskKeys.pools(organizationId) }, (data) =>
    patchPoolEntry(data, risk.id, risk.version, () => ({ ...risk })),
  );
  queryClient.setQueryData(riskKeys.order(organizationId, risk.store.id, risk.marketplaceOrderId), risk);
  void queryClient.invalidateQueries({ queryKey: riskKeys.pools(organizationId) });
}

/**
 * `risk.claimed`: every loaded pool page shows the new holder at once, then the lists refetch, since the
 * "mine" and "unclaimed" filters may now hold other rows.
 */
export function applyRiskClaimed(queryClient: QueryClient, event: DomainEvent<'risk.claimed'>): void {
  const { id, claimedById, claimedByName, version } = event.payload;
  const holder: Holder = claimedById ? { id: claimedById, name: claimedByName ?? '' } : null;
  queryClient.setQueriesData<InfiniteData<RiskPoolPage>>({ queryKey: riskKeys.pools(event.organizationId) }, (data) =>
    patchPoolEntry(data, id, version, () => ({ claimedBy: holder })),
  );
  void queryClient.invalidateQueries({ queryKey: riskKeys.pools(event.organizationId) });
  void queryClient.invalidateQueries({ queryKey: riskKeys.order(event.organizationId, event.payload.storeId, event.payload.marketplaceOrderId) });
}

/** `risk.changed`: the pool re-sorts (score, deadline) and the ticket views' risk panels of those orders refetch. */
export function applyRiskChanged(queryClient: QueryClient, event: DomainEvent<'risk.changed'>): void {
  void queryClient.invalidateQueries({ queryKey: riskKeys.pools(event.organizationId) });
  if (event.payload.truncated) {
    void queryClient.invalidateQueries({ queryKey: riskKeys.orders(event.organizationId) });
    return;
  }
  for (const order of event.payload.orders) {
    void queryClient.invalidateQueries({ queryKey: riskKeys.order(event.organizationId, order.storeId, order.marketplaceOrderId) });
  }
}
