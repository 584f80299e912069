import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { CompensationLimits } from '@lifeline/domain';
import { OrganizationEntity } from '../../tenancy/entities/organization.entity';

/**
 * An organisation's compensation limits (per role, per currency, minor units; libs/domain limits.ts) and
 * how long a supervisor has to decide on a request above them. No row: the defaults apply.
 */
@Entity({ name: 'compensation_settings' })
export class CompensationSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'compensation_settings_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'jsonb' })
  limits!: CompensationLimits;

  @Column({ name: 'approval_minutes', type: 'integer' })
  approvalMinutes!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
