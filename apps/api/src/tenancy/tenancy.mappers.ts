import type { OrganizationEntity } from './entities/organization.entity';
import type { StoreEntity } from './entities/store.entity';
import type { UserEntity } from './entities/user.entity';
import type { OrganizationType, StoreType, UserType } from './dto/tenancy.types';

// Entities and GraphQL types stay apart (STYLE.md): a column reaches the schema only through these.
export const toOrganizationType = (o: OrganizationEntity): OrganizationType => ({ id: o.id, name: o.name });

export const toUserType = (u: UserEntity): UserType => ({
  id: u.id,
  organizationId: u.organizationId,
  email: u.email,
  name: u.name,
  role: u.role,
  languages: u.languages,
  availability: u.availability,
  maxOpenTickets: u.maxOpenTickets,
});

export const toStoreType = (s: StoreEntity): StoreType => ({
  id: s.id,
  name: s.name,
  marketplace: s.marketplace,
  region: s.region,
  marketplaceId: s.marketplaceId,
  timeZone: s.timeZone,
  defaultLanguage: s.defaultLanguage,
  inboundAddress: s.inboundAddress,
  version: s.version,
});
