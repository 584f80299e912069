import DataLoader from 'dataloader';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { notFound } from '../common/errors';
import type { OrganizationType, StoreType, UserType } from '../tenancy/dto/tenancy.types';
import { toOrganizationType, toStoreType, toUserType } from '../tenancy/tenancy.mappers';
import type { TenancyRepository } from '../tenancy/tenancy.repository';
import type { QueueType } from '../tickets/dto/ticket.types';
import { toQueueType } from '../tickets/tickets.mappers';
import type { TicketsRepository } from '../tickets/tickets.repository';

export interface GraphqlContext {
  req: FastifyRequest & { user?: AuthUser };
  loaders: Loaders;
}

/**
 * Per-request DataLoaders against N+1 (ARCHITECTURE.md). Keys of tenant rows are `organizationId|id`, so
 * a loader can only ever return rows of the organisation that asked.
 */
export interface Loaders {
  organization: DataLoader<string, OrganizationType>;
  user: DataLoader<string, UserType>;
  store: DataLoader<string, StoreType>;
  queue: DataLoader<string, QueueType>;
}

function byOrganization(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const [org, id] = key.split('|') as [string, string];
    groups.set(org, [...(groups.get(org) ?? []), id]);
  }
  return groups;
}

function tenantLoader<T>(load: (organizationId: string, ids: string[]) => Promise<(T & { id: string })[]>, what: string): DataLoader<string, T> {
  return new DataLoader(async (keys) => {
    const found = new Map<string, T>();
    for (const [org, ids] of byOrganization(keys)) {
      for (const row of await load(org, ids)) found.set(`${org}|${row.id}`, row);
    }
    return keys.map((k): T | Error => found.get(k) ?? notFound(what));
  });
}

export function createLoaders(tenancy: TenancyRepository, tickets: TicketsRepository): Loaders {
  return {
    organization: new DataLoader(async (ids) => {
      const byId = new Map((await tenancy.organizationsByIds(ids)).map((o) => [o.id, toOrganizationType(o)]));
      return ids.map((id): OrganizationType | Error => byId.get(id) ?? notFound('The organisation'));
    }),
    user: tenantLoader(async (org, ids) => (await tenancy.usersByIds(org, ids)).map(toUserType), 'The user'),
    store: tenantLoader(async (org, ids) => (await tenancy.storesByIds(org, ids)).map(toStoreType), 'The store'),
    queue: tenantLoader(async (org, ids) => (await tickets.queuesByIds(org, ids)).map((q) => toQueueType(q)), 'The queue'),
  };
}
