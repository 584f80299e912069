import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { RoutingRule } from '@lifeline/domain';

@Entity({ name: 'routing_rules' })
export class RoutingRuleEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Tried in ascending order. */
  @Column({ type: 'integer' })
  priority!: number;

  @Column({ type: 'jsonb' })
  conditions!: RoutingRule['conditions'];

  @Column({ name: 'queue_id', type: 'uuid' })
  queueId!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
