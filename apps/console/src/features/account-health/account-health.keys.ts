import type { FulfillmentScope, HealthMetricKey } from '@lifeline/api-contract';

/**
 * Query keys for one store's account health, all under `['org', orgId, 'account-health', storeId]`, so a
 * `health.changed` or `health.alert` event for the store refreshes metrics, forecast, trends, alerts and the
 * orders behind each numerator with one prefix invalidation.
 */
export const accountHealthKeys = {
  all: (organizationId: string) => ['org', organizationId, 'account-health'] as const,
  store: (organizationId: string, storeId: string) => [...accountHealthKeys.all(organizationId), storeId] as const,
  metrics: (organizationId: string, storeId: string) => [...accountHealthKeys.store(organizationId, storeId), 'metrics'] as const,
  forecast: (organizationId: string, storeId: string) => [...accountHealthKeys.store(organizationId, storeId), 'forecast'] as const,
  trend: (organizationId: string, storeId: string, key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null, days: number) =>
    [...accountHealthKeys.store(organizationId, storeId), 'trend', key, fulfillmentChannel, days] as const,
  thresholds: (organizationId: string, storeId: string) => [...accountHealthKeys.store(organizationId, storeId), 'thresholds'] as const,
  alerts: (organizationId: string, storeId: string) => [...accountHealthKeys.store(organizationId, storeId), 'alerts'] as const,
  metricOrders: (organizationId: string, storeId: string, key: HealthMetricKey, fulfillmentChannel: FulfillmentScope | null) =>
    [...accountHealthKeys.store(organizationId, storeId), 'metric-orders', key, fulfillmentChannel] as const,
};
