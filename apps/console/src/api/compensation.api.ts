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
  TicketCompensationDocument,
  UpdateCompensationLimitsDocument,
  type CompensationActionFieldsFragment,
  type CompensationApprovalsQuery,
  type CompensationHeadroomQuery,
  type CompensationReportQuery,
  type CompensationSettingsFieldsFragment,
  type EditCompensationInput,
  type ExecuteCompensationInput,
  type RecordCompensationOutcomeInput,
  type RequestCompensationInput,
  type ReviewCompensationInput,
  type UpdateCompensationLimitsInput,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type CompensationAction = CompensationActionFieldsFragment;
export type CompensationHeadroom = CompensationHeadroomQuery['compensationHeadroom'];
export type CompensationApprovalsPage = CompensationApprovalsQuery['compensationApprovals'];
export type CompensationReportRow = CompensationReportQuery['compensationReport'][number];
export type CompensationSettings = CompensationSettingsFieldsFragment;

export async function fetchTicketCompensation(ticketId: string): Promise<CompensationAction[]> {
  return (await graphqlRequest(TicketCompensationDocument, { id: ticketId })).ticket.compensationActions;
}

export async function fetchCompensationHeadroom(ticketId: string, currency: string | null): Promise<CompensationHeadroom> {
  return (await graphqlRequest(CompensationHeadroomDocument, { ticketId, currency })).compensationHeadroom;
}

export async function fetchCompensationApprovals(storeId: string | null, first: number, after: string | null): Promise<CompensationApprovalsPage> {
  return (await graphqlRequest(CompensationApprovalsDocument, { storeId, first, after })).compensationApprovals;
}

export async function fetchCompensationReport(storeId: string | null, from: string, to: string): Promise<CompensationReportRow[]> {
  return (await graphqlRequest(CompensationReportDocument, { storeId, from, to })).compensationReport;
}

export async function fetchCompensationLimits(): Promise<CompensationSettings> {
  return (await graphqlRequest(CompensationLimitsDocument)).compensationLimits;
}

export async function updateCompensationLimits(input: UpdateCompensationLimitsInput): Promise<CompensationSettings> {
  return (await graphqlRequest(UpdateCompensationLimitsDocument, { input })).updateCompensationLimits;
}

export async function requestCompensation(input: RequestCompensationInput): Promise<CompensationAction> {
  return (await graphqlRequest(RequestCompensationDocument, { input })).requestCompensation;
}

export async function editCompensation(input: EditCompensationInput): Promise<CompensationAction> {
  return (await graphqlRequest(EditCompensationDocument, { input })).editCompensation;
}

export async function approveCompensation(input: ReviewCompensationInput): Promise<CompensationAction> {
  return (await graphqlRequest(ApproveCompensationDocument, { input })).approveCompensation;
}

export async function rejectCompensation(input: ReviewCompensationInput): Promise<CompensationAction> {
  return (await graphqlRequest(RejectCompensationDocument, { input })).rejectCompensation;
}

export async function executeCompensation(input: ExecuteCompensationInput): Promise<CompensationAction> {
  return (await graphqlRequest(ExecuteCompensationDocument, { input })).executeCompensation;
}

export async function markCompensationFailed(input: ReviewCompensationInput): Promise<CompensationAction> {
  return (await graphqlRequest(MarkCompensationFailedDocument, { input })).markCompensationFailed;
}

export async function recordCompensationOutcome(input: RecordCompensationOutcomeInput): Promise<CompensationAction> {
  return (await graphqlRequest(RecordCompensationOutcomeDocument, { input })).recordCompensationOutcome;
}
