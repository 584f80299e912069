import DataLoader from 'dataloader';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { TicketType } from '../tickets/dto/ticket.types';
import { CompensationService } from './compensation.service';
import {
  CompensationActionConnection,
  CompensationActionType,
  CompensationHeadroomType,
  CompensationReportRowType,
  CompensationSettingsType,
  EditCompensationInput,
  ExecuteCompensationInput,
  RecordCompensationOutcomeInput,
  RequestCompensationInput,
  ReviewCompensationInput,
  UpdateCompensationLimitsInput,
} from './dto/compensation.types';

@Resolver(() => TicketType)
export class TicketCompensationResolver {
  private readonly loaders = new WeakMap<object, DataLoader<string, CompensationActionType[]>>();

  constructor(private readonly compensation: CompensationService) {}

  @ResolveField(() => [CompensationActionType], { description: 'Compensation offered on this ticket, oldest first.' })
  compensationActions(@Parent() t: TicketType, @Context() ctx: GraphqlContext): Promise<CompensationActionType[]> {
    let loader = this.loaders.get(ctx.req);
    if (!loader) {
      // Every ticket of one request belongs to the caller's organisation (the ticket resolvers scope them).
      loader = new DataLoader((ids: readonly string[]) => this.compensation.ofTickets(t.organizationId, ids));
      this.loaders.set(ctx.req, loader);
    }
    return loader.load(t.id);
  }
}

@Resolver(() => CompensationActionType)
export class CompensationResolver {
  constructor(private readonly compensation: CompensationService) {}

  @RequireRole('SUPERVISOR')
  @Query(() => CompensationActionConnection, { description: 'The approval inbox: compensation waiting for a supervisor, nearest approval deadline first.' })
  compensationApprovals(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID, nullable: true }) storeId: string | null,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<CompensationActionConnection> {
    return this.compensation.approvals(auth, storeId ?? null, first, after ?? null);
  }

  @Query(() => CompensationHeadroomType, { description: "The caller's limit on the ticket's order, what is already granted there, and what is left before approval." })
  compensationHeadroom(
    @CurrentUser() auth: AuthUser,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('currency', { type: () => String, nullable: true, description: "Defaults to the order's currency." }) currency: string | null,
  ): Promise<CompensationHeadroomType> {
    return this.compensation.headroom(auth, ticketId, currency ?? null);
  }

  @RequireRole('SUPERVISOR')
  @Query(() => CompensationSettingsType, { description: 'Compensation limits per role and currency, and the approval target.' })
  compensationLimits(@CurrentUser() auth: AuthUser): Promise<CompensationSettingsType> {
    return this.compensation.settings(auth);
  }

  @RequireRole('SUPERVISOR')
  @Query(() => [CompensationReportRowType], { description: 'Executed compensation per store and month: cost per currency against defects avoided.' })
  compensationReport(
    @CurrentUser() auth: AuthUser,
    @Args('storeId', { type: () => ID, nullable: true }) storeId: string | null,
    @Args('from', { type: () => Date }) from: Date,
    @Args('to', { type: () => Date }) to: Date,
  ): Promise<CompensationReportRowType[]> {
    return this.compensation.report(auth, storeId ?? null, from, to);
  }

  @RequireRole('ADMIN')
  @Mutation(() => CompensationSettingsType, { description: 'Replaces the limits of the roles given (others keep theirs) and the approval target; versioned.' })
  updateCompensationLimits(@CurrentUser() auth: AuthUser, @Args('input') input: UpdateCompensationLimitsInput): Promise<CompensationSettingsType> {
    return this.compensation.updateSettings(auth, input);
  }

  @Mutation(() => CompensationActionType, { description: 'Within the limit it is approved at once; above it, it waits for a supervisor.' })
  requestCompensation(@CurrentUser() auth: AuthUser, @Args('input') input: RequestCompensationInput): Promise<CompensationActionType> {
    return this.compensation.request(auth, input);
  }

  @Mutation(() => CompensationActionType, { description: 'Changes a request still waiting for approval, re-checking the limit.' })
  editCompensation(@CurrentUser() auth: AuthUser, @Args('input') input: EditCompensationInput): Promise<CompensationActionType> {
    return this.compensation.edit(auth, input);
  }

  @RequireRole('SUPERVISOR')
  @Mutation(() => CompensationActionType)
  approveCompensation(@CurrentUser() auth: AuthUser, @Args('input') input: ReviewCompensationInput): Promise<CompensationActionType> {
    return this.compensation.approve(auth, input);
  }

  @RequireRole('SUPERVISOR')
  @Mutation(() => CompensationActionType)
  rejectCompensation(@CurrentUser() auth: AuthUser, @Args('input') input: ReviewCompensationInput): Promise<CompensationActionType> {
    return this.compensation.reject(auth, input);
  }

  @Mutation(() => CompensationActionType, { description: "Carried out: by the marketplace's connector where there is one, else recorded with its reference." })
  executeCompensation(@CurrentUser() auth: AuthUser, @Args('input') input: ExecuteCompensationInput): Promise<CompensationActionType> {
    return this.compensation.execute(auth, input);
  }

  @Mutation(() => CompensationActionType, { description: 'An approved action that could not be carried out; reason required.' })
  markCompensationFailed(@CurrentUser() auth: AuthUser, @Args('input') input: ReviewCompensationInput): Promise<CompensationActionType> {
    return this.compensation.markFailed(auth, input);
  }

  @Mutation(() => CompensationActionType, { description: 'What an executed action achieved (feeds the compensation report).' })
  recordCompensationOutcome(@CurrentUser() auth: AuthUser, @Args('input') input: RecordCompensationOutcomeInput): Promise<CompensationActionType> {
    return this.compensation.recordOutcome(auth, input);
  }
}
