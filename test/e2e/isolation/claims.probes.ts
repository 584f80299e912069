import {
  AppealClaimDocument,
  ClaimDocument,
  ClaimsDocument,
  DecideClaimDocument,
  RecordFeedbackRemovalOutcomeDocument,
  RequestFeedbackRemovalDocument,
  RespondToClaimDocument,
  TicketClaimDocument,
  TicketFeedbackDocument,
} from '@lifeline/api-contract';
import { gql } from '../../support/graphql';
import type { IsolationProbes } from './context';

/** Claims and seller feedback: Other Seller neither sees nor changes Demo Seller's. */
export const claimsProbes: IsolationProbes = (ctx) => {
  // The context is filled in the spec's beforeAll, after the probes are listed: read it when a probe runs.
  const sql = <T>(text: string, params?: unknown[]) => ctx.s.sql<T>(text, params);
  const demoClaim = async () => {
    const [row] = await sql<{ id: string; version: number; ticket_id: string | null; case_status: string }>(
      `SELECT id, version, ticket_id, case_status FROM claims WHERE organization_id = $1 ORDER BY ticket_id IS NULL, opened_at DESC LIMIT 1`,
      [ctx.demo.orgId],
    );
    return row!;
  };
  const demoFeedback = async () => {
    const [row] = await sql<{ id: string; version: number; ticket_id: string | null }>(
      `SELECT id, version, ticket_id FROM seller_feedback WHERE organization_id = $1 AND rating <= 2 AND removed_at IS NULL ORDER BY ticket_id IS NULL, left_at DESC LIMIT 1`,
      [ctx.demo.orgId],
    );
    return row!;
  };
  const unchangedClaim = async (id: string, version: number) => {
    const [row] = await sql<{ version: number }>(`SELECT version FROM claims WHERE id = $1`, [id]);
    expect(row!.version).toBe(version);
  };
  const unchangedFeedback = async (id: string, version: number) => {
    const [row] = await sql<{ version: number }>(`SELECT version FROM seller_feedback WHERE id = $1`, [id]);
    expect(row!.version).toBe(version);
  };
  return {
    'Query.claims': async () => {
      const r = await gql(ctx.s.url, ClaimsDocument, { first: 200 }, ctx.other);
      expect(r.errors).toBeUndefined();
      ctx.expectNoDemoData(r);
      const demoFilter = await gql(ctx.s.url, ClaimsDocument, { filter: { storeId: ctx.demo.storeIds[0] }, first: 200 }, ctx.other);
      expect(demoFilter.data?.claims.edges).toEqual([]);
    },
    'Query.claim': async () => {
      const c = await demoClaim();
      const r = await gql(ctx.s.url, ClaimDocument, { id: c.id }, ctx.other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      ctx.expectNoDemoData(r);
    },
    'Query.ticketClaim': async () => {
      const c = await demoClaim();
      const r = await gql(ctx.s.url, TicketClaimDocument, { ticketId: c.ticket_id ?? ctx.demo.ticketIds[0]! }, ctx.other);
      expect(r.data?.ticketClaim).toBeNull();
      ctx.expectNoDemoData(r);
    },
    'Mutation.respondToClaim': async () => {
      const c = await demoClaim();
      const r = await gql(ctx.s.url, RespondToClaimDocument, { input: { id: c.id, version: c.version, response: 'spy' } }, ctx.other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedClaim(c.id, c.version);
    },
    'Mutation.decideClaim': async () => {
      const c = await demoClaim();
      const r = await gql(ctx.s.url, DecideClaimDocument, { input: { id: c.id, version: c.version, decision: 'WITHDRAWN' } }, ctx.other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedClaim(c.id, c.version);
    },
    'Mutation.appealClaim': async () => {
      const c = await demoClaim();
      const r = await gql(ctx.s.url, AppealClaimDocument, { input: { id: c.id, version: c.version, text: 'spy' } }, ctx.other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedClaim(c.id, c.version);
    },
    'Query.ticketFeedback': async () => {
      const f = await demoFeedback();
      const r = await gql(ctx.s.url, TicketFeedbackDocument, { ticketId: f.ticket_id ?? ctx.demo.ticketIds[0]! }, ctx.other);
      expect(r.data?.ticketFeedback).toBeNull();
      ctx.expectNoDemoData(r);
    },
    'Mutation.requestFeedbackRemoval': async () => {
      const f = await demoFeedback();
      const r = await gql(ctx.s.url, RequestFeedbackRemovalDocument, { input: { feedbackId: f.id, version: f.version, reason: 'OBSCENE_LANGUAGE' } }, ctx.other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedFeedback(f.id, f.version);
    },
    'Mutation.recordFeedbackRemovalOutcome': async () => {
      const f = await demoFeedback();
      const r = await gql(ctx.s.url, RecordFeedbackRemovalOutcomeDocument, { input: { feedbackId: f.id, version: f.version, outcome: 'BUYER_REMOVED' } }, ctx.other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedFeedback(f.id, f.version);
    },
  };
};
