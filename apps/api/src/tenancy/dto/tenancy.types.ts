import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Min, ValidateIf } from 'class-validator';
import { MARKETPLACES, ROLES, SUPPORTED_LANGUAGES, type Marketplace, type Role } from '@lifeline/domain';
import { PageInfo } from '../../common/pagination';

export const MarketplaceEnum = Object.fromEntries(MARKETPLACES.map((m) => [m, m])) as Record<Marketplace, Marketplace>;
export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(MarketplaceEnum, { name: 'Marketplace' });
registerEnumType(RoleEnum, { name: 'Role' });
export const AvailabilityEnum = { ONLINE: 'ONLINE', AWAY: 'AWAY' } as const;
registerEnumType(AvailabilityEnum, { name: 'Availability' });

@ObjectType('Organization')
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  organizationId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => [String])
  languages!: string[];

  @Field(() => AvailabilityEnum, { description: 'ONLINE agents receive new tickets; AWAY agents do not.' })
  availability!: 'ONLINE' | 'AWAY';

  @Field(() => Int, { description: 'Auto-assignment stops at this many open tickets.' })
  maxOpenTickets!: number;
}

@ObjectType('UserEdge')
export class UserEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => UserType)
  node!: UserType;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [UserEdge])
  edges!: UserEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('Store')
export class StoreType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => MarketplaceEnum)
  marketplace!: Marketplace;

  @Field(() => String)
  region!: string;

  @Field(() => String)
  marketplaceId!: string;

  @Field(() => String)
  timeZone!: string;

  @Field(() => String)
  defaultLanguage!: string;

  @Field(() => String, { nullable: true, description: "Forward the marketplace's buyer e-mails here." })
  inboundAddress!: string | null;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class UpdateStoreInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a store id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name?: string;

  /** Validated as an IANA zone by the service. */
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  timeZone?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...SUPPORTED_LANGUAGES], { message: `defaultLanguage must be one of ${SUPPORTED_LANGUAGES.join(', ')}` })
  defaultLanguage?: string;

  @Field(() => String, { nullable: true, description: 'An e-mail address; empty clears it.' })
  @IsOptional()
  @ValidateIf((o: UpdateStoreInput) => !!o.inboundAddress)
  @IsEmail({}, { message: 'inboundAddress must be an e-mail address' })
  inboundAddress?: string | null;
}
