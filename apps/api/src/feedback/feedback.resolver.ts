import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { StoreType } from '../tenancy/dto/tenancy.types';
import { FeedbackRemovalEligibilityType, RecordFeedbackRemovalOutcomeInput, RequestFeedbackRemovalInput, SellerFeedbackType } from './dto/feedback.types';
import { FeedbackService } from './feedback.service';

@Resolver(() => SellerFeedbackType)
export class SellerFeedbackResolver {
  constructor(private readonly service: FeedbackService) {}

  @Query(() => SellerFeedbackType, { nullable: true, description: 'The feedback a NEGATIVE_FEEDBACK ticket works; null for other tickets.' })
  ticketFeedback(@CurrentUser() auth: AuthUser, @Args('ticketId', { type: () => ID }) ticketId: string): Promise<SellerFeedbackType | null> {
    return this.service.ofTicket(auth, ticketId);
  }

  @Mutation(() => SellerFeedbackType, { description: 'Records a removal request sent to Amazon with its DOMAIN.md §1.5 ground.' })
  requestFeedbackRemoval(@CurrentUser() auth: AuthUser, @Args('input') input: RequestFeedbackRemovalInput): Promise<SellerFeedbackType> {
    return this.service.requestRemoval(auth, input);
  }

  @RequireRole('SUPERVISOR')
  @Mutation(() => SellerFeedbackType, { description: "Records what came of it; a removal or strike-through takes the feedback out of ODR at once." })
  recordFeedbackRemovalOutcome(@CurrentUser() auth: AuthUser, @Args('input') input: RecordFeedbackRemovalOutcomeInput): Promise<SellerFeedbackType> {
    return this.service.recordOutcome(auth, input);
  }

  @ResolveField(() => StoreType)
  store(@Parent() f: SellerFeedbackType, @Context() ctx: GraphqlContext): Promise<StoreType> {
    return ctx.loaders.store.load(`${f.organizationId}|${f.storeId}`);
  }

  @ResolveField(() => FeedbackRemovalEligibilityType, { description: 'Which removal grounds may apply (a first pass; Amazon decides).' })
  removalEligibility(@Parent() f: SellerFeedbackType): Promise<FeedbackRemovalEligibilityType> {
    return this.service.eligibility(f);
  }
}
