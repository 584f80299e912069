import {
  BusinessCalendarsDocument,
  DeleteSlaPolicyDocument,
  MarkMessageNoResponseNeededDocument,
  SaveBusinessCalendarDocument,
  SaveSlaPolicyDocument,
  SlaPoliciesDocument,
  type BusinessCalendarFieldsFragment,
  type MarkMessageNoResponseNeededInput,
  type SaveBusinessCalendarInput,
  type SaveSlaPolicyInput,
  type SlaPoliciesQuery,
  type SlaPolicyFieldsFragment,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type SlaPolicy = SlaPolicyFieldsFragment;
export type SlaTarget = SlaPolicy['targets'][number];
export type BusinessCalendar = BusinessCalendarFieldsFragment;

export async function fetchSlaPolicies(): Promise<SlaPoliciesQuery> {
  return graphqlRequest(SlaPoliciesDocument);
}

export async function saveSlaPolicy(input: SaveSlaPolicyInput): Promise<SlaPolicy> {
  return (await graphqlRequest(SaveSlaPolicyDocument, { input })).saveSlaPolicy;
}

export async function deleteSlaPolicy(id: string): Promise<boolean> {
  return (await graphqlRequest(DeleteSlaPolicyDocument, { id })).deleteSlaPolicy;
}

export async function fetchBusinessCalendars(): Promise<BusinessCalendar[]> {
  return (await graphqlRequest(BusinessCalendarsDocument)).businessCalendars;
}

export async function saveBusinessCalendar(input: SaveBusinessCalendarInput): Promise<BusinessCalendar> {
  return (await graphqlRequest(SaveBusinessCalendarDocument, { input })).saveBusinessCalendar;
}

export async function markMessageNoResponseNeeded(input: MarkMessageNoResponseNeededInput) {
  return (await graphqlRequest(MarkMessageNoResponseNeededDocument, { input })).markMessageNoResponseNeeded;
}
