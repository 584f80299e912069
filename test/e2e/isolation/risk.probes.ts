import {
  ClaimRiskOrderDocument,
  OrderRiskDocument,
  ReleaseRiskOrderDocument,
  ReopenRiskOrderDocument,
  ResolveRiskOrderDocument,
  RiskPoolDocument,
  RiskSettingsDocument,
  UpdateRiskSettingsDocument,
} from '@lifeline/api-contract';
import { gql } from '../../support/graphql';
import type { IsolationContext, IsolationProbes } from './context';

interface DemoRisk {
  id: string;
  store_id: string;
  marketplace_order_id: string;
  version: number;
  claimed_by: string | null;
  resolved_at: Date | null;
}

/** A Demo Seller order in the pool, read fresh (a probe must not lean on another probe's leftovers). */
async function demoRisk({ s, demo }: IsolationContext): Promise<DemoRisk> {
  const [row] = await s.sql<DemoRisk>(
    `SELECT id, store_id, marketplace_order_id, version, claimed_by, resolved_at FROM order_risk
      WHERE organization_id = $1 AND in_pool ORDER BY score DESC, id LIMIT 1`,
    [demo.orgId],
  );
  if (!row) throw new Error('the demo seed has no order in the high-risk pool');
  return row;
}

async function expectUnchanged(ctx: IsolationContext, before: DemoRisk): Promise<void> {
  const [after] = await ctx.s.sql<DemoRisk>(`SELECT id, store_id, marketplace_order_id, version, claimed_by, resolved_at FROM order_risk WHERE id = $1`, [before.id]);
  expect(after).toEqual(before);
}

/** The high-risk pool: Other Seller never sees, claims, releases, resolves or re-weights Demo Seller's orders. */
export const riskProbes: IsolationProbes = (ctx) => ({
  'Query.riskPool': async () => {
    const own = await gql(ctx.s.url, RiskPoolDocument, { first: 200 }, ctx.other);
    expect(own.errors).toBeUndefined();
    for (const e of own.data!.riskPool.edges) expect(e.node.store.name).toBe('Amazon FR');
    ctx.expectNoDemoData(own);
    const target = await demoRisk(ctx);
    const filtered = await gql(ctx.s.url, RiskPoolDocument, { filter: { storeId: target.store_id }, first: 200 }, ctx.other);
    expect(filtered.data?.riskPool.edges ?? []).toEqual([]);
    ctx.expectNoDemoData(filtered);
  },
  'Query.orderRisk': async () => {
    const target = await demoRisk(ctx);
    const r = await gql(ctx.s.url, OrderRiskDocument, { storeId: target.store_id, marketplaceOrderId: target.marketplace_order_id }, ctx.other);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ctx.expectNoDemoData(r);
  },
  'Query.riskSettings': async () => {
    const r = await gql(ctx.s.url, RiskSettingsDocument, {}, ctx.other);
    expect(r.errors).toBeUndefined();
    ctx.expectNoDemoData(r);
  },
  'Mutation.claimRiskOrder': async () => {
    const target = await demoRisk(ctx);
    const r = await gql(ctx.s.url, ClaimRiskOrderDocument, { id: target.id, version: target.version }, ctx.other);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ctx.expectNoDemoData(r);
    await expectUnchanged(ctx, target);
  },
  'Mutation.releaseRiskOrder': async () => {
    const target = await demoRisk(ctx);
    const r = await gql(ctx.s.url, ReleaseRiskOrderDocument, { id: target.id, version: target.version }, ctx.other);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ctx.expectNoDemoData(r);
    await expectUnchanged(ctx, target);
  },
  'Mutation.resolveRiskOrder': async () => {
    const target = await demoRisk(ctx);
    const r = await gql(ctx.s.url, ResolveRiskOrderDocument, { id: target.id, version: target.version, note: 'not yours' }, ctx.other);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ctx.expectNoDemoData(r);
    await expectUnchanged(ctx, target);
  },
  'Mutation.reopenRiskOrder': async () => {
    const target = await demoRisk(ctx);
    const r = await gql(ctx.s.url, ReopenRiskOrderDocument, { id: target.id, version: target.version }, ctx.other);
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    ctx.expectNoDemoData(r);
    await expectUnchanged(ctx, target);
  },
  'Mutation.updateRiskSettings': async () => {
    const before = await ctx.s.sql(`SELECT settings, version FROM risk_settings WHERE organization_id = $1`, [ctx.demo.orgId]);
    const current = await gql(ctx.s.url, RiskSettingsDocument, {}, ctx.other);
    const r = await gql(ctx.s.url, UpdateRiskSettingsDocument, { version: current.data!.riskSettings.version, settings: { threshold: 95 } }, ctx.other);
    expect(r.errors).toBeUndefined();
    ctx.expectNoDemoData(r);
    // Only Other Seller's settings moved; Demo Seller's pool and settings are as they were.
    expect(await ctx.s.sql(`SELECT settings, version FROM risk_settings WHERE organization_id = $1`, [ctx.demo.orgId])).toEqual(before);
    expect((await ctx.s.sql<{ n: string }>(`SELECT count(*) AS n FROM order_risk WHERE organization_id = $1 AND in_pool`, [ctx.demo.orgId]))[0]!.n).not.toBe('0');
  },
});
