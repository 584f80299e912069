import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { RiskSettings } from '@lifeline/domain';
import { OrganizationEntity } from '../../tenancy/entities/organization.entity';

/** An organisation's risk weights and threshold; without a row, libs/domain DEFAULT_RISK_SETTINGS apply (version 1). */
@Entity({ name: 'risk_settings' })
export class RiskSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'risk_settings_organization_id_fkey' })
  organization?: OrganizationEntity;

  @Column({ type: 'jsonb' })
  settings!: RiskSettings;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
