import DataLoader from 'dataloader';
import type { FastifyRequest } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import type { OrganizationType } from '../tenancy/dto/tenancy.types';
import { toOrganizationType } from '../tenancy/tenancy.mappers';
import type { TenancyRepository } from '../tenancy/tenancy.repository';
import { notFound } from '../common/errors';

export interface GraphqlContext {
  req: FastifyRequest & { user?: AuthUser };
  loaders: Loaders;
}

/** Per-request DataLoaders against N+1 (ARCHITECTURE.md). */
export interface Loaders {
  organization: DataLoader<string, OrganizationType>;
}

export function createLoaders(tenancy: TenancyRepository): Loaders {
  return {
    organization: new DataLoader(async (ids) => {
      const byId = new Map((await tenancy.organizationsByIds(ids)).map((o) => [o.id, toOrganizationType(o)]));
      return ids.map((id): OrganizationType | Error => byId.get(id) ?? notFound('The organisation'));
    }),
  };
}
