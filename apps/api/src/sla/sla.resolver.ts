import DataLoader from 'dataloader';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthUser } from '../common/auth-user';
import { CurrentUser, RequireRole } from '../common/decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { TicketType } from '../tickets/dto/ticket.types';
import {
  BusinessCalendarType,
  LateResponseRateType,
  SaveBusinessCalendarInput,
  SaveSlaPolicyInput,
  SlaClockType,
  SlaPolicyType,
  SlaTargetType,
} from './dto/sla.types';
import { LateResponseRateService } from './late-response-rate.service';
import { SlaSettingsService } from './sla-settings.service';
import { SlaService } from './sla.service';

@Resolver(() => TicketType)
export class TicketSlaResolver {
  /** One loader per request: a page of tickets reads its clocks in one query (ARCHITECTURE.md "DataLoader"). */
  private readonly loaders = new WeakMap<object, DataLoader<string, SlaClockType[]>>();

  constructor(private readonly sla: SlaService) {}

  @ResolveField(() => [SlaClockType], { description: "The ticket's SLA clocks, oldest first: running, paused, met, breached and cancelled." })
  slaClocks(@Parent() t: TicketType, @Context() ctx: GraphqlContext): Promise<SlaClockType[]> {
    let loader = this.loaders.get(ctx.req);
    if (!loader) {
      loader = new DataLoader((keys: readonly string[]) => this.sla.clocksOfTickets(keys));
      this.loaders.set(ctx.req, loader);
    }
    return loader.load(`${t.organizationId}|${t.id}`);
  }
}

@Resolver(() => SlaPolicyType)
export class SlaPolicyResolver {
  constructor(private readonly settings: SlaSettingsService) {}

  @RequireRole('SUPERVISOR')
  @Query(() => [SlaPolicyType], { description: "The organisation's SLA policies; without any, defaultSlaTargets apply." })
  slaPolicies(@CurrentUser() auth: AuthUser): Promise<SlaPolicyType[]> {
    return this.settings.policies(auth);
  }

  @Query(() => [SlaTargetType], { description: 'The built-in targets (DOMAIN.md defaults), used where no policy applies.' })
  defaultSlaTargets(): SlaTargetType[] {
    return this.settings.defaultTargets();
  }

  @RequireRole('ADMIN')
  @Mutation(() => SlaPolicyType, { description: 'Creates a policy for a store and/or channel, or replaces one (with its version).' })
  saveSlaPolicy(@CurrentUser() auth: AuthUser, @Args('input') input: SaveSlaPolicyInput): Promise<SlaPolicyType> {
    return this.settings.savePolicy(auth, input);
  }

  @RequireRole('ADMIN')
  @Mutation(() => Boolean, { description: 'Deletes a policy; its tickets fall back to the next less specific one.' })
  deleteSlaPolicy(@CurrentUser() auth: AuthUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.settings.deletePolicy(auth, id);
  }

  @RequireRole('SUPERVISOR')
  @Query(() => [BusinessCalendarType], { description: 'Opening hours used by business-hours targets.' })
  businessCalendars(@CurrentUser() auth: AuthUser): Promise<BusinessCalendarType[]> {
    return this.settings.calendars(auth);
  }

  @RequireRole('ADMIN')
  @Mutation(() => BusinessCalendarType, { description: 'Creates or replaces (with its version) the calendar of a store or of the organisation.' })
  saveBusinessCalendar(@CurrentUser() auth: AuthUser, @Args('input') input: SaveBusinessCalendarInput): Promise<BusinessCalendarType> {
    return this.settings.saveCalendar(auth, input);
  }
}

@Resolver(() => LateResponseRateType)
export class LateResponseRateResolver {
  constructor(private readonly rates: LateResponseRateService) {}

  @Query(() => LateResponseRateType, { description: "Amazon's late response rate of a store over 7, 30 and 90 days, with average response time." })
  lateResponseRate(@CurrentUser() auth: AuthUser, @Args('storeId', { type: () => ID }) storeId: string): Promise<LateResponseRateType> {
    return this.rates.forStore(auth, storeId);
  }
}
