import { Injectable } from '@nestjs/common';
import { CalendarError, DEFAULT_SLA_TARGETS, validateCalendar, validateSlaTargets, type SlaCalendar } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, conflict, notFound } from '../common/errors';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { BusinessCalendarType, SaveBusinessCalendarInput, SaveSlaPolicyInput, SlaPolicyType, SlaTargetType } from './dto/sla.types';
import { applySlaTargetInputs, completeTargets, toBusinessCalendarType, toSlaPolicyType, toSlaTargetTypes } from './sla.mappers';
import { SlaRepository } from './sla.repository';

/**
 * SLA policies and business calendars, as admins edit them. A change applies to clocks started after it;
 * running clocks keep their due times, but their escalation reads the policy when they fire.
 */
@Injectable()
export class SlaSettingsService {
  constructor(
    private readonly repo: SlaRepository,
    private readonly tenancy: TenancyRepository,
  ) {}

  async policies(auth: AuthUser): Promise<SlaPolicyType[]> {
    return (await this.repo.policies(auth.organizationId)).map(toSlaPolicyType);
  }

  defaultTargets(): SlaTargetType[] {
    return toSlaTargetTypes(DEFAULT_SLA_TARGETS);
  }

  async savePolicy(auth: AuthUser, input: SaveSlaPolicyInput): Promise<SlaPolicyType> {
    const { organizationId } = auth;
    const storeId = input.storeId ?? null;
    const channel = input.channel ?? null;
    if (storeId && !(await this.tenancy.store(organizationId, storeId))) throw notFound('The store');
    const id = await this.repo.transaction(async (m) => {
      // One policy per scope: concurrent saves of the same organisation's policies take turns.
      await this.repo.lock(m, `sla-policy:${organizationId}`);
      const current = input.id ? await this.repo.policy(m, organizationId, input.id) : null;
      if (input.id && !current) throw notFound('The SLA policy');
      const sameScope = await this.repo.policyForScope(m, organizationId, storeId, channel);
      if (sameScope && sameScope.id !== current?.id) {
        throw badUserInput('There is already a policy for this store and channel; edit that one.', [{ field: 'storeId', message: `policy ${sameScope.id} has this scope` }]);
      }
      const targets = applySlaTargetInputs(current ? completeTargets(current.targets) : DEFAULT_SLA_TARGETS, input.targets);
      const problems = validateSlaTargets(targets);
      if (problems.length) throw badUserInput('The SLA targets are not valid.', [...problems]);
      const row = { name: input.name, storeId, channel, targets };
      if (!current) return this.repo.insertPolicy(m, { organizationId, ...row });
      if (!input.version) throw badUserInput('version is required to update a policy.', [{ field: 'version', message: 'required' }]);
      if (!(await this.repo.updatePolicy(m, organizationId, current.id, input.version, row))) throw conflict('The SLA policy', current.version);
      return current.id;
    });
    return toSlaPolicyType((await this.repo.policy(this.repo.manager, organizationId, id))!);
  }

  async deletePolicy(auth: AuthUser, id: string): Promise<boolean> {
    if (!(await this.repo.deletePolicy(auth.organizationId, id))) throw notFound('The SLA policy');
    return true;
  }

  async calendars(auth: AuthUser): Promise<BusinessCalendarType[]> {
    return (await this.repo.calendars(auth.organizationId)).map(toBusinessCalendarType);
  }

  async saveCalendar(auth: AuthUser, input: SaveBusinessCalendarInput): Promise<BusinessCalendarType> {
    const { organizationId } = auth;
    const storeId = input.storeId ?? null;
    if (storeId && !(await this.tenancy.store(organizationId, storeId))) throw notFound('The store');
    const calendar = input.calendar as unknown as SlaCalendar;
    try {
      validateCalendar(calendar);
    } catch (e) {
      if (e instanceof CalendarError) throw badUserInput(e.message, [{ field: 'calendar', message: e.code }]);
      throw e;
    }
    const id = await this.repo.transaction(async (m) => {
      await this.repo.lock(m, `business-calendar:${organizationId}`);
      const current = input.id ? await this.repo.calendar(m, organizationId, input.id) : null;
      if (input.id && !current) throw notFound('The business calendar');
      const sameScope = await this.repo.calendarForStore(m, organizationId, storeId);
      if (sameScope && sameScope.id !== current?.id) {
        throw badUserInput('There is already a calendar for this store; edit that one.', [{ field: 'storeId', message: `calendar ${sameScope.id} has this scope` }]);
      }
      const row = { name: input.name, storeId, calendar };
      if (!current) return this.repo.insertCalendar(m, { organizationId, ...row });
      if (!input.version) throw badUserInput('version is required to update a calendar.', [{ field: 'version', message: 'required' }]);
      if (!(await this.repo.updateCalendar(m, organizationId, current.id, input.version, row))) throw conflict('The business calendar', current.version);
      return current.id;
    });
    return toBusinessCalendarType((await this.repo.calendar(this.repo.manager, organizationId, id))!);
  }
}
