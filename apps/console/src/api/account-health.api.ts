import {
  AccountHealthDocument,
  AccountHealthForecastDocument,
  AccountHealthTrendDocument,
  HealthAlertsDocument,
  HealthThresholdsDocument,
  UpdateHealthThresholdsDocument,
  MetricOrdersDocument,
  type AccountHealthForecastQuery,
  type AccountHealthQuery,
  type AccountHealthTrendQuery,
  type FulfillmentScope,
  type HealthAlertsQuery,
  type HealthMetricKey,
  type HealthThresholdsQuery,
  type UpdateHealthThresholdsInput,
  type MetricOrdersQuery,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type AccountHealth = AccountHealthQuery['accountHealth'];
export type HealthMetric = AccountHealth['metrics'][number];
export type HealthForecast = AccountHealthForecastQuery['accountHealth']['forecast'][number];
export type HealthTrendPoint = AccountHealthTrendQuery['accountHealthTrend'][number];
export type HealthAlert = HealthAlertsQuery['healthAlerts']['edges'][number]['node'];

export interface HealthAlertsPage {
  rows: HealthAlert[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const HEALTH_ALERTS_PAGE_SIZE = 20;

export async function fetchAccountHealth(storeId: string): Promise<AccountHealth> {
  return (await graphqlRequest(AccountHealthDocument, { storeId })).accountHealth;
}

export async function fetchAccountHealthForecast(storeId: string): Promise<HealthForecast[]> {
  return (await graphqlRequest(AccountHealthForecastDocument, { storeId })).accountHealth.forecast;
}

export async function fetchAccountHealthTrend(
  storeId: string,
  key: HealthMetricKey,
  fulfillmentChannel: FulfillmentScope | null,
  from: string,
  to: string,
): Promise<HealthTrendPoint[]> {
  return (await graphqlRequest(AccountHealthTrendDocument, { storeId, key, fulfillmentChannel, from, to })).accountHealthTrend;
}

export async function fetchHealthAlerts(storeId: string, after: string | null): Promise<HealthAlertsPage> {
  const { healthAlerts } = await graphqlRequest(HealthAlertsDocument, { storeId, first: HEALTH_ALERTS_PAGE_SIZE, after });
  return {
    rows: healthAlerts.edges.map((edge) => edge.node),
    endCursor: healthAlerts.pageInfo.endCursor ?? null,
    hasNextPage: healthAlerts.pageInfo.hasNextPage,
  };
}

export type MetricOrder = MetricOrdersQuery['metricOrders']['edges'][number]['node'];

export interface MetricOrdersPage {
  supported: boolean;
  rows: MetricOrder[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export const METRIC_ORDERS_PAGE_SIZE = 25;

export async function fetchMetricOrders(
  storeId: string,
  key: HealthMetricKey,
  fulfillmentChannel: FulfillmentScope | null,
  after: string | null,
): Promise<MetricOrdersPage> {
  const { metricOrders } = await graphqlRequest(MetricOrdersDocument, { storeId, key, fulfillmentChannel, first: METRIC_ORDERS_PAGE_SIZE, after });
  return {
    supported: metricOrders.supported,
    rows: metricOrders.edges.map((edge) => edge.node),
    endCursor: metricOrders.pageInfo.endCursor ?? null,
    hasNextPage: metricOrders.pageInfo.hasNextPage,
  };
}

export type HealthThresholds = HealthThresholdsQuery['healthThresholds'];
export type HealthThreshold = HealthThresholds['metrics'][number];

export async function fetchHealthThresholds(storeId: string): Promise<HealthThresholds> {
  return (await graphqlRequest(HealthThresholdsDocument, { storeId })).healthThresholds;
}

export async function updateHealthThresholds(input: UpdateHealthThresholdsInput): Promise<HealthThresholds> {
  return (await graphqlRequest(UpdateHealthThresholdsDocument, { input })).updateHealthThresholds;
}
