import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { HealthThresholdOverrides } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * A store's own warning lines, red lines and windows, laid over DOMAIN.md's defaults
 * (libs/domain resolveHealthThresholds). No row: the defaults.
 */
@Entity({ name: 'health_threshold_settings' })
export class HealthThresholdSettingsEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'health_threshold_settings_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'health_threshold_settings_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  overrides!: HealthThresholdOverrides;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
