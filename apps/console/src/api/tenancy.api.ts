import { MeDocument, StoresDocument, type MeQuery, type StoresQuery } from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type CurrentUser = MeQuery['me'];
export type Store = StoresQuery['stores'][number];

export async function fetchMe(): Promise<CurrentUser> {
  return (await graphqlRequest(MeDocument)).me;
}

export async function fetchStores(): Promise<Store[]> {
  return (await graphqlRequest(StoresDocument)).stores;
}
