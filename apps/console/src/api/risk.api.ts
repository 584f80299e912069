import {
  ClaimRiskOrderDocument,
  OrderRiskDocument,
  ReleaseRiskOrderDocument,
  ReopenRiskOrderDocument,
  ResolveRiskOrderDocument,
  RiskPoolDocument,
  RiskSettingsDocument,
  UpdateRiskSettingsDocument,
  type OrderRiskFieldsFragment,
  type RiskPoolFilterInput,
  type RiskPoolQuery,
  type RiskSettingsFieldsFragment,
  type RiskSettingsInput,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export const RISK_POOL_PAGE_SIZE = 50;

export type OrderRisk = OrderRiskFieldsFragment;
export type RiskPoolEntry = RiskPoolQuery['riskPool']['edges'][number]['node'];
export type RiskReason = OrderRisk['reasons'][number];
export type RiskSettings = RiskSettingsFieldsFragment;

export interface RiskPoolPage {
  rows: RiskPoolEntry[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export async function fetchRiskPool(filter: RiskPoolFilterInput, after: string | null): Promise<RiskPoolPage> {
  const { riskPool } = await graphqlRequest(RiskPoolDocument, { filter, first: RISK_POOL_PAGE_SIZE, after });
  return { rows: riskPool.edges.map((e) => e.node), endCursor: riskPool.pageInfo.endCursor ?? null, hasNextPage: riskPool.pageInfo.hasNextPage };
}

export async function fetchOrderRisk(storeId: string, marketplaceOrderId: string): Promise<OrderRisk | null> {
  return (await graphqlRequest(OrderRiskDocument, { storeId, marketplaceOrderId })).orderRisk ?? null;
}

export async function claimRiskOrder(id: string, version: number): Promise<OrderRisk> {
  return (await graphqlRequest(ClaimRiskOrderDocument, { id, version })).claimRiskOrder;
}

export async function releaseRiskOrder(id: string, version: number): Promise<OrderRisk> {
  return (await graphqlRequest(ReleaseRiskOrderDocument, { id, version })).releaseRiskOrder;
}

export async function resolveRiskOrder(id: string, version: number, note: string | null): Promise<OrderRisk> {
  return (await graphqlRequest(ResolveRiskOrderDocument, { id, version, note })).resolveRiskOrder;
}

export async function reopenRiskOrder(id: string, version: number): Promise<OrderRisk> {
  return (await graphqlRequest(ReopenRiskOrderDocument, { id, version })).reopenRiskOrder;
}

export async function fetchRiskSettings(): Promise<RiskSettings> {
  return (await graphqlRequest(RiskSettingsDocument)).riskSettings;
}

export async function updateRiskSettings(version: number, settings: RiskSettingsInput): Promise<RiskSettings> {
  return (await graphqlRequest(UpdateRiskSettingsDocument, { version, settings })).updateRiskSettings;
}
