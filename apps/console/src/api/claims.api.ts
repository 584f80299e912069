import {
  AppealClaimDocument,
  ClaimsDocument,
  DecideClaimDocument,
  RecordFeedbackRemovalOutcomeDocument,
  RequestFeedbackRemovalDocument,
  RespondToClaimDocument,
  TicketClaimDocument,
  TicketFeedbackDocument,
  type AppealClaimInput,
  type ClaimCardFieldsFragment,
  type ClaimDetailFieldsFragment,
  type ClaimFilterInput,
  type DecideClaimInput,
  type RecordFeedbackRemovalOutcomeInput,
  type RequestFeedbackRemovalInput,
  type RespondToClaimInput,
  type SellerFeedbackFieldsFragment,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type ClaimCard = ClaimCardFieldsFragment;
export type ClaimDetail = ClaimDetailFieldsFragment;
export type SellerFeedback = SellerFeedbackFieldsFragment;

/** One keyset page of the claims board, nearest deadline first. */
export interface ClaimsPage {
  rows: ClaimCard[];
  endCursor: string | null;
  hasNextPage: boolean;
}

export async function fetchClaims(filter: ClaimFilterInput, after?: string | null, first = 100): Promise<ClaimsPage> {
  const { claims } = await graphqlRequest(ClaimsDocument, { filter, first, after });
  return { rows: claims.edges.map((e) => e.node), endCursor: claims.pageInfo.endCursor ?? null, hasNextPage: claims.pageInfo.hasNextPage };
}

export async function fetchTicketClaim(ticketId: string): Promise<ClaimDetail | null> {
  return (await graphqlRequest(TicketClaimDocument, { ticketId })).ticketClaim ?? null;
}

export async function respondToClaim(input: RespondToClaimInput): Promise<ClaimDetail> {
  return (await graphqlRequest(RespondToClaimDocument, { input })).respondToClaim;
}

export async function decideClaim(input: DecideClaimInput): Promise<ClaimDetail> {
  return (await graphqlRequest(DecideClaimDocument, { input })).decideClaim;
}

export async function appealClaim(input: AppealClaimInput): Promise<ClaimDetail> {
  return (await graphqlRequest(AppealClaimDocument, { input })).appealClaim;
}

export async function fetchTicketFeedback(ticketId: string): Promise<SellerFeedback | null> {
  return (await graphqlRequest(TicketFeedbackDocument, { ticketId })).ticketFeedback ?? null;
}

export async function requestFeedbackRemoval(input: RequestFeedbackRemovalInput): Promise<SellerFeedback> {
  return (await graphqlRequest(RequestFeedbackRemovalDocument, { input })).requestFeedbackRemoval;
}

export async function recordFeedbackRemovalOutcome(input: RecordFeedbackRemovalOutcomeInput): Promise<SellerFeedback> {
  return (await graphqlRequest(RecordFeedbackRemovalOutcomeDocument, { input })).recordFeedbackRemovalOutcome;
}
