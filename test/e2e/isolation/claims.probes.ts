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
export const claimsProbes: IsolationProbes = ({ s, other, demo, expectNoDemoData }) => {
  const demoClaim = async () => {
    const [row] = await s.sql<{ id: string; version: number; ticket_id: string | null; case_status: string }>(
      `SELECT id, version, ticket_id, case_status FROM claims WHERE organization_id = $1 ORDER BY ticket_id IS NULL, opened_at DESC LIMIT 1`,
      [demo.orgId],
    );
    return row!;
  };
  const demoFeedback = async () => {
    const [row] = await s.sql<{ id: string; version: number; ticket_id: string | null }>(
      `SELECT id, version, ticket_id FROM seller_feedback WHERE organization_id = $1 AND rating <= 2 AND removed_at IS NULL ORDER BY ticket_id IS NULL, left_at DESC LIMIT 1`,
      [demo.orgId],
    );
    return row!;
  };
  const unchangedClaim = async (id: string, version: number) => {
    const [row] = await s.sql<{ version: number }>(`SELECT version FROM claims WHERE id = $1`, [id]);
    expect(row!.version).toBe(version);
  };
  const unchangedFeedback = async (id: string, version: number) => {
    const [row] = await s.sql<{ version: number }>(`SELECT version FROM seller_feedback WHERE id = $1`, [id]);
    expect(row!.version).toBe(version);
  };
  return {
    'Query.claims': async () => {
      const r = await gql(s.url, ClaimsDocument, { first: 200 }, other);
      expect(r.errors).toBeUndefined();
      expectNoDemoData(r);
      const demoFilter = await gql(s.url, ClaimsDocument, { filter: { storeId: demo.storeIds[0] }, first: 200 }, other);
      expect(demoFilter.data?.claims.edges).toEqual([]);
    },
    'Query.claim': async () => {
      const c = await demoClaim();
      const r = await gql(s.url, ClaimDocument, { id: c.id }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
    },
    'Query.ticketClaim': async () => {
      const c = await demoClaim();
      const r = await gql(s.url, TicketClaimDocument, { ticketId: c.ticket_id ?? demo.ticketIds[0]! }, other);
      expect(r.data?.ticketClaim).toBeNull();
      expectNoDemoData(r);
    },
    'Mutation.respondToClaim': async () => {
      const c = await demoClaim();
      const r = await gql(s.url, RespondToClaimDocument, { input: { id: c.id, version: c.version, response: 'spy' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedClaim(c.id, c.version);
    },
    'Mutation.decideClaim': async () => {
      const c = await demoClaim();
      const r = await gql(s.url, DecideClaimDocument, { input: { id: c.id, version: c.version, decision: 'WITHDRAWN' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedClaim(c.id, c.version);
    },
    'Mutation.appealClaim': async () => {
      const c = await demoClaim();
      const r = await gql(s.url, AppealClaimDocument, { input: { id: c.id, version: c.version, text: 'spy' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedClaim(c.id, c.version);
    },
    'Query.ticketFeedback': async () => {
      const f = await demoFeedback();
      const r = await gql(s.url, TicketFeedbackDocument, { ticketId: f.ticket_id ?? demo.ticketIds[0]! }, other);
      expect(r.data?.ticketFeedback).toBeNull();
      expectNoDemoData(r);
    },
    'Mutation.requestFeedbackRemoval': async () => {
      const f = await demoFeedback();
      const r = await gql(s.url, RequestFeedbackRemovalDocument, { input: { feedbackId: f.id, version: f.version, reason: 'OBSCENE_LANGUAGE' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedFeedback(f.id, f.version);
    },
    'Mutation.recordFeedbackRemovalOutcome': async () => {
      const f = await demoFeedback();
      const r = await gql(s.url, RecordFeedbackRemovalOutcomeDocument, { input: { feedbackId: f.id, version: f.version, outcome: 'BUYER_REMOVED' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unchangedFeedback(f.id, f.version);
    },
  };
};
