import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { DomainEvent, RiskPoolQuery } from '@lifeline/api-contract';
import { riskKeys } from './risk.keys';

type PoolPage = RiskPoolQuery['riskPool'];

/**
 * `risk.claimed`: every loaded pool page shows the new holder at once (no refetch needed for the row), then
 * the pool lists refetch, since "mine" and "unclaimed" filters may now hold different rows.
 */
export function applyRiskClaimed(queryClient: QueryClient, event: DomainEvent<'risk.claimed'>): void {
  const { id, claimedById, claimedByName, version } = event.payload;
  queryClient.setQueriesData<InfiniteData<PoolPage>>({ queryKey: riskKeys.pools(event.organizationId) }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            edges: page.edges.map((edge) =>
              edge.node.id === id && edge.node.version <= version
                ? {
                    ...edge,
                    node: { ...edge.node, version, claimedBy: claimedById ? { __typename: 'User' as const, id: claimedById, name: claimedByName ?? '' } : null },
                  }
                : edge,
            ),
          })),
        }
      : data,
  );
  void queryClient.invalidateQueries({ queryKey: riskKeys.pools(event.organizationId) });
  void queryClient.invalidateQueries({ queryKey: riskKeys.orders(event.organizationId) });
}

/** `risk.changed`: the pool re-sorts (score, deadline) and the ticket views' risk panels refetch. */
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
