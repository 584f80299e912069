import {
  ApproveCompensationDocument,
  CompensationApprovalsDocument,
  CompensationHeadroomDocument,
  CompensationLimitsDocument,
  CompensationReportDocument,
  EditCompensationDocument,
  ExecuteCompensationDocument,
  MarkCompensationFailedDocument,
  RecordCompensationOutcomeDocument,
  RejectCompensationDocument,
  RequestCompensationDocument,
  UpdateCompensationLimitsDocument,
} from '@lifeline/api-contract';
import { codes, gql } from '../../support/graphql';
import type { IsolationContext, IsolationProbes } from './context';

/** Demo Seller's compensation, as the seed leaves it: a waiting request and an executed one. */
async function demoActions(ctx: IsolationContext) {
  const rows = await ctx.s.sql<{ id: string; version: number; state: string; updated_at: Date }>(
    `SELECT id, version, state, updated_at FROM compensation_actions WHERE organization_id = $1 AND state IN ('REQUESTED', 'EXECUTED', 'APPROVED') ORDER BY state DESC, created_at`,
    [ctx.demo.orgId],
  );
  const waiting = rows.find((r) => r.state === 'REQUESTED');
  const executed = rows.find((r) => r.state === 'EXECUTED');
  if (!waiting || !executed) throw new Error('the demo seed has no waiting or executed compensation');
  return { waiting, executed };
}

/** The row exactly as it was: a refused mutation changed nothing. */
async function expectUnchanged(ctx: IsolationContext, row: { id: string; version: number; state: string }) {
  const [now] = await ctx.s.sql<{ version: number; state: string }>(`SELECT version, state FROM compensation_actions WHERE id = $1`, [row.id]);
  expect(now).toEqual({ version: row.version, state: row.state });
}

/** Another organisation's compensation action or ticket is NOT_FOUND, and nothing of it is changed. */
export const compensationProbes: IsolationProbes = (ctx) => {
  const mutationOn = (pick: 'waiting' | 'executed', run: (row: { id: string; version: number }) => Promise<{ errors?: unknown[] }>) => async () => {
    const row = (await demoActions(ctx))[pick];
    const r = await run(row);
    expect(codes(r as never)).toEqual(['NOT_FOUND']);
    ctx.expectNoDemoData(r as never);
    await expectUnchanged(ctx, row);
  };
  return {
    'Query.compensationApprovals': async () => {
      const all = await gql(ctx.s.url, CompensationApprovalsDocument, { first: 100 }, ctx.other);
      expect(all.data?.compensationApprovals.edges).toEqual([]);
      ctx.expectNoDemoData(all);
      const byStore = await gql(ctx.s.url, CompensationApprovalsDocument, { first: 100, storeId: ctx.demo.storeIds[0] }, ctx.other);
      expect(byStore.data?.compensationApprovals.edges ?? []).toEqual([]);
    },
    'Query.compensationHeadroom': async () => {
      const r = await gql(ctx.s.url, CompensationHeadroomDocument, { ticketId: ctx.demo.ticketIds[1]! }, ctx.other);
      expect(codes(r)).toEqual(['NOT_FOUND']);
      ctx.expectNoDemoData(r);
      const own = await gql(ctx.s.url, CompensationHeadroomDocument, { ticketId: ctx.otherTicket.id, currency: 'EUR' }, ctx.other);
      expect(own.data?.compensationHeadroom).toMatchObject({ alreadyGranted: '0.00', limit: null });
    },
    'Query.compensationLimits': async () => {
      const r = await gql(ctx.s.url, CompensationLimitsDocument, {}, ctx.other);
      expect(r.data?.compensationLimits.version).toBe(0);
      ctx.expectNoDemoData(r);
    },
    'Query.compensationReport': async () => {
      const range = { from: new Date(Date.now() - 200 * 86_400_000).toISOString(), to: new Date().toISOString() };
      const all = await gql(ctx.s.url, CompensationReportDocument, range, ctx.other);
      expect(all.data?.compensationReport).toEqual([]);
      const demoStore = await gql(ctx.s.url, CompensationReportDocument, { ...range, storeId: ctx.demo.storeIds[0] }, ctx.other);
      expect(codes(demoStore)).toEqual(['NOT_FOUND']);
      ctx.expectNoDemoData(demoStore);
    },
    'Mutation.updateCompensationLimits': async () => {
      const before = await ctx.s.sql(`SELECT limits, approval_minutes, version FROM compensation_settings WHERE organization_id = $1`, [ctx.demo.orgId]);
      const r = await gql(ctx.s.url, UpdateCompensationLimitsDocument, { input: { version: 0, approvalHours: 8, limits: [{ role: 'AGENT', unlimited: true, limits: [] }] } }, ctx.other);
      expect(r.data?.updateCompensationLimits.version).toBe(1);
      ctx.expectNoDemoData(r);
      expect(await ctx.s.sql(`SELECT limits, approval_minutes, version FROM compensation_settings WHERE organization_id = $1`, [ctx.demo.orgId])).toEqual(before);
    },
    'Mutation.requestCompensation': async () => {
      const ticketId = ctx.demo.ticketIds[1]!;
      const before = await ctx.s.sql(`SELECT id FROM compensation_actions WHERE ticket_id = $1`, [ticketId]);
      const r = await gql(ctx.s.url, RequestCompensationDocument, { input: { ticketId, kind: 'PARTIAL_REFUND', amount: '1.00', currency: 'EUR', reason: 'x' } }, ctx.other);
      expect(codes(r)).toEqual(['NOT_FOUND']);
      expect(await ctx.s.sql(`SELECT id FROM compensation_actions WHERE ticket_id = $1`, [ticketId])).toEqual(before);
    },
    'Mutation.editCompensation': mutationOn('waiting', (a) =>
      gql(ctx.s.url, EditCompensationDocument, { input: { id: a.id, version: a.version, kind: 'PARTIAL_REFUND', amount: '1.00', currency: 'EUR', reason: 'x' } }, ctx.other),
    ),
    'Mutation.approveCompensation': mutationOn('waiting', (a) => gql(ctx.s.url, ApproveCompensationDocument, { input: { id: a.id, version: a.version, reason: 'x' } }, ctx.other)),
    'Mutation.rejectCompensation': mutationOn('waiting', (a) => gql(ctx.s.url, RejectCompensationDocument, { input: { id: a.id, version: a.version, reason: 'x' } }, ctx.other)),
    'Mutation.executeCompensation': mutationOn('waiting', (a) => gql(ctx.s.url, ExecuteCompensationDocument, { input: { id: a.id, version: a.version, reference: 'x' } }, ctx.other)),
    'Mutation.markCompensationFailed': mutationOn('waiting', (a) => gql(ctx.s.url, MarkCompensationFailedDocument, { input: { id: a.id, version: a.version, reason: 'x' } }, ctx.other)),
    'Mutation.recordCompensationOutcome': mutationOn('executed', (a) =>
      gql(ctx.s.url, RecordCompensationOutcomeDocument, { input: { id: a.id, version: a.version, outcome: 'NO_EFFECT' } }, ctx.other),
    ),
  };
};
