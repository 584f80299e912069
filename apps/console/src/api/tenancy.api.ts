import {
  MeDocument,
  SetMyAvailabilityDocument,
  StoresDocument,
  UsersDocument,
  type Availability,
  type MeQuery,
  type SetMyAvailabilityMutation,
  type StoresQuery,
  type UsersQuery,
} from '@lifeline/api-contract';
import { graphqlRequest } from './graphql-client';

export type CurrentUser = MeQuery['me'];
export type Store = StoresQuery['stores'][number];

export async function fetchMe(): Promise<CurrentUser> {
  return (await graphqlRequest(MeDocument)).me;
}

export async function fetchStores(): Promise<Store[]> {
  return (await graphqlRequest(StoresDocument)).stores;
}

export type OrganizationUser = UsersQuery['users']['edges'][number]['node'];

/** Every user of the organisation (a desk has tens, not thousands): pages through the keyset. */
export async function fetchUsers(): Promise<OrganizationUser[]> {
  const users: OrganizationUser[] = [];
  let after: string | null = null;
  for (;;) {
    const page: UsersQuery = await graphqlRequest(UsersDocument, { first: 100, after });
    users.push(...page.users.edges.map((edge) => edge.node));
    if (!page.users.pageInfo.hasNextPage || !page.users.pageInfo.endCursor) return users;
    after = page.users.pageInfo.endCursor;
  }
}

export async function setMyAvailability(availability: Availability): Promise<SetMyAvailabilityMutation['setMyAvailability']> {
  return (await graphqlRequest(SetMyAvailabilityDocument, { availability })).setMyAvailability;
}
