import { Injectable } from '@nestjs/common';
import type { RoutingRule, TicketChannel } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { AppError, badUserInput, notFound } from '../common/errors';
import { TenancyRepository } from '../tenancy/tenancy.repository';
import type { QueueType, RoutingRuleType, SaveQueueInput, SaveRoutingRuleInput } from './dto/ticket.types';
import type { RoutingRuleEntity } from './entities/routing-rule.entity';
import { DeskSettingsRepository } from './desk-settings.repository';
import { toQueueType } from './tickets.mappers';

const toRuleType = (r: RoutingRuleEntity): RoutingRuleType => ({
  id: r.id,
  name: r.name,
  priority: r.priority,
  queueId: r.queueId,
  enabled: r.enabled,
  storeIds: r.conditions.storeIds ? [...r.conditions.storeIds] : null,
  channels: r.conditions.channels ? [...r.conditions.channels] : null,
  languages: r.conditions.languages ? [...r.conditions.languages] : null,
  subjectContains: r.conditions.subjectContains ? [...r.conditions.subjectContains] : null,
  bodyContains: r.conditions.bodyContains ? [...r.conditions.bodyContains] : null,
  hasOrderId: r.conditions.hasOrderId ?? null,
});

/** Admins shape the desk: queues per store and language, and the routing rules that fill them. */
@Injectable()
export class DeskSettingsService {
  constructor(
    private readonly repo: DeskSettingsRepository,
    private readonly tenancy: TenancyRepository,
  ) {}

  async saveQueue(auth: AuthUser, input: SaveQueueInput): Promise<QueueType> {
    if (input.storeId && !(await this.tenancy.store(auth.organizationId, input.storeId))) throw notFound('The store');
    const row = { name: input.name.trim(), storeId: input.storeId ?? null, language: input.language ?? null, isFallback: input.isFallback, isSupervisorQueue: input.isSupervisorQueue };
    try {
      const saved = input.id ? await this.repo.updateQueue(auth.organizationId, input.id, row) : await this.repo.createQueue(auth.organizationId, row);
      if (!saved) throw notFound('The queue');
      return toQueueType(saved);
    } catch (e) {
      if (e instanceof Error && /queues_organization_name_key/.test(e.message)) {
        throw badUserInput('A queue with this name exists already.', [{ field: 'name', message: 'already used' }]);
      }
      throw e;
    }
  }

  /** A queue with open tickets or rules pointing at it stays; the organisation's catch-all always stays. */
  async deleteQueue(auth: AuthUser, id: string): Promise<boolean> {
    const queue = await this.repo.queue(auth.organizationId, id);
    if (!queue) throw notFound('The queue');
    if (queue.isFallback && queue.storeId === null) throw badUserInput('The organisation’s catch-all queue cannot be deleted.');
    const usage = await this.repo.queueUsage(auth.organizationId, id);
    if (usage.tickets > 0 || usage.rules > 0) {
      throw new AppError('CONFLICT', `The queue still has ${usage.tickets} tickets and ${usage.rules} routing rules; move them first.`, usage);
    }
    return this.repo.deleteQueue(auth.organizationId, id);
  }

  async rules(auth: AuthUser): Promise<RoutingRuleType[]> {
    return (await this.repo.rules(auth.organizationId)).map(toRuleType);
  }

  async saveRule(auth: AuthUser, input: SaveRoutingRuleInput): Promise<RoutingRuleType> {
    if (!(await this.repo.queue(auth.organizationId, input.queueId))) throw notFound('The queue');
    for (const storeId of input.storeIds ?? []) {
      if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
    }
    const conditions: RoutingRule['conditions'] = {
      ...(input.storeIds?.length ? { storeIds: input.storeIds } : {}),
      ...(input.channels?.length ? { channels: input.channels as TicketChannel[] } : {}),
      ...(input.languages?.length ? { languages: input.languages as RoutingRule['conditions']['languages'] } : {}),
      ...(input.subjectContains?.length ? { subjectContains: input.subjectContains } : {}),
      ...(input.bodyContains?.length ? { bodyContains: input.bodyContains } : {}),
      ...(input.hasOrderId !== undefined && input.hasOrderId !== null ? { hasOrderId: input.hasOrderId } : {}),
    };
    const row = { name: input.name.trim(), priority: input.priority, queueId: input.queueId, enabled: input.enabled, conditions };
    const saved = input.id ? await this.repo.updateRule(auth.organizationId, input.id, row) : await this.repo.createRule(auth.organizationId, row);
    if (!saved) throw notFound('The routing rule');
    return toRuleType(saved);
  }

  async deleteRule(auth: AuthUser, id: string): Promise<boolean> {
    if (!(await this.repo.deleteRule(auth.organizationId, id))) throw notFound('The routing rule');
    return true;
  }
}
