import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SlaTargets, TicketChannel } from '@lifeline/domain';

/**
 * SLA targets for a store and/or channel, or (both null) the organisation's default; the most specific
 * applies (libs/domain pickSlaPolicy). `targets` is libs/domain's SlaTargets as JSON (durations in ms).
 * One policy per scope, checked by the service under a lock (a unique index cannot treat NULLs as equal
 * portably across PostgreSQL 15 and TypeORM's schema diff).
 */
@Entity({ name: 'sla_policies' })
@Index('sla_policies_scope_idx', ['organizationId', 'storeId', 'channel'])
export class SlaPolicyEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'store_id', type: 'uuid', nullable: true })
  storeId!: string | null;

  @Column({ type: 'text', nullable: true })
  channel!: TicketChannel | null;

  @Column({ type: 'jsonb' })
  targets!: SlaTargets;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
