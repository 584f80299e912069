import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';
import { QueueEntity } from './entities/queue.entity';
import { RoutingRuleEntity } from './entities/routing-rule.entity';

type QueueRow = Pick<QueueEntity, 'name' | 'storeId' | 'language' | 'isFallback' | 'isSupervisorQueue'>;
type RuleRow = Pick<RoutingRuleEntity, 'name' | 'priority' | 'queueId' | 'enabled' | 'conditions'>;

@Injectable()
export class DeskSettingsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  queue(organizationId: string, id: string): Promise<QueueEntity | null> {
    return this.db.getRepository(QueueEntity).findOneBy({ organizationId, id });
  }

  createQueue(organizationId: string, row: QueueRow): Promise<QueueEntity> {
    return this.db.getRepository(QueueEntity).save({ ...row, organizationId });
  }

  async updateQueue(organizationId: string, id: string, row: QueueRow): Promise<QueueEntity | null> {
    const result = await this.db.getRepository(QueueEntity).update({ organizationId, id }, row);
    return result.affected ? this.queue(organizationId, id) : null;
  }

  async queueUsage(organizationId: string, id: string): Promise<{ tickets: number; rules: number }> {
    const [row] = await this.db.query(
      `SELECT (SELECT count(*) FROM tickets WHERE organization_id = $1 AND queue_id = $2) AS tickets,
              (SELECT count(*) FROM routing_rules WHERE organization_id = $1 AND queue_id = $2) AS rules`,
      [organizationId, id],
    );
    return { tickets: Number(row.tickets), rules: Number(row.rules) };
  }

  async deleteQueue(organizationId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(QueueEntity).delete({ organizationId, id })).affected ?? 0) > 0;
  }

  rules(organizationId: string): Promise<RoutingRuleEntity[]> {
    return this.db.getRepository(RoutingRuleEntity).find({ where: { organizationId }, order: { priority: 'ASC', id: 'ASC' } });
  }

  createRule(organizationId: string, row: RuleRow): Promise<RoutingRuleEntity> {
    return this.db.getRepository(RoutingRuleEntity).save({ ...row, organizationId });
  }

  async updateRule(organizationId: string, id: string, row: RuleRow): Promise<RoutingRuleEntity | null> {
    const result = await this.db.getRepository(RoutingRuleEntity).update({ organizationId, id }, row as never);
    return result.affected ? this.db.getRepository(RoutingRuleEntity).findOneBy({ organizationId, id }) : null;
  }

  async deleteRule(organizationId: string, id: string): Promise<boolean> {
    return ((await this.db.getRepository(RoutingRuleEntity).delete({ organizationId, id })).affected ?? 0) > 0;
  }
}
