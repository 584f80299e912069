import type { RiskPoolFilterInput } from '@lifeline/api-contract';

/** Query keys for the high-risk pool, always under the organisation so socket events invalidate by prefix. */
export const riskKeys = {
  all: (organizationId: string) => ['org', organizationId, 'risk'] as const,
  pools: (organizationId: string) => [...riskKeys.all(organizationId), 'pool'] as const,
  pool: (organizationId: string, filter: RiskPoolFilterInput) => [...riskKeys.pools(organizationId), filter] as const,
  orders: (organizationId: string) => [...riskKeys.all(organizationId), 'order'] as const,
  order: (organizationId: string, storeId: string, marketplaceOrderId: string) => [...riskKeys.orders(organizationId), storeId, marketplaceOrderId] as const,
  settings: (organizationId: string) => [...riskKeys.all(organizationId), 'settings'] as const,
};
