import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { StoreType } from '../tenancy/dto/tenancy.types';
import { ClaimsService } from './claims.service';
import { AppealClaimInput, ClaimConnection, ClaimEvidenceItemType, ClaimFilterInput, ClaimType, DecideClaimInput, RespondToClaimInput } from './dto/claim.types';

@Resolver(() => ClaimType)
export class ClaimResolver {
  constructor(private readonly service: ClaimsService) {}

  @Query(() => ClaimConnection, { description: 'The claims board: A-to-z claims and chargebacks, nearest deadline first (keyset-paginated).' })
  claims(
    @CurrentUser() auth: AuthUser,
    @Args('filter', { type: () => ClaimFilterInput, nullable: true }) filter: ClaimFilterInput | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<ClaimConnection> {
    return this.service.list(auth, filter, first, after);
  }

  @Query(() => ClaimType)
  claim(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<ClaimType> {
    return this.service.get(auth, id);
  }

  @Query(() => ClaimType, { nullable: true, description: 'The claim a ticket works; null for a ticket without one.' })
  ticketClaim(@CurrentUser() auth: AuthUser, @Args('ticketId', { type: () => ID }) ticketId: string): Promise<ClaimType | null> {
    return this.service.ofTicket(auth, ticketId);
  }

  @Mutation(() => ClaimType, { description: 'Records the response sent to Amazon: OPEN → RESPONDED; the claim deadline is met.' })
  respondToClaim(@CurrentUser() auth: AuthUser, @Args('input') input: RespondToClaimInput): Promise<ClaimType> {
    return this.service.respond(auth, input);
  }

  @RequireRole('SUPERVISOR')
  @Mutation(() => ClaimType, { description: "Records Amazon's (or the buyer's) decision: DECIDED, and ODR is recomputed at once." })
  decideClaim(@CurrentUser() auth: AuthUser, @Args('input') input: DecideClaimInput): Promise<ClaimType> {
    return this.service.decide(auth, input);
  }

  @RequireRole('SUPERVISOR')
  @Mutation(() => ClaimType, { description: 'Appeals a seller-funded grant of an A-to-z claim within 30 days: DECIDED → APPEALED.' })
  appealClaim(@CurrentUser() auth: AuthUser, @Args('input') input: AppealClaimInput): Promise<ClaimType> {
    return this.service.appeal(auth, input);
  }

  @ResolveField(() => StoreType)
  store(@Parent() c: ClaimType, @Context() ctx: GraphqlContext): Promise<StoreType> {
    return ctx.loaders.store.load(`${c.organizationId}|${c.storeId}`);
  }

  @ResolveField(() => [ClaimEvidenceItemType], { description: 'Filled from the order, its buyer conversations and the compensation offered.' })
  evidence(@Parent() c: ClaimType): Promise<ClaimEvidenceItemType[]> {
    return this.service.evidence(c);
  }
}
