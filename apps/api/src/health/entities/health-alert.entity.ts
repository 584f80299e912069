import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/** A metric crossed its warning line or red line (the alert history of the health dashboard). */
@Entity({ name: 'health_alerts' })
@Check('health_alerts_level_check', `"level" IN ('WARNING', 'BREACH')`)
@Index('health_alerts_store_created_idx', ['organizationId', 'storeId', 'createdAt', 'id'])
export class HealthAlertEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'health_alerts_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'health_alerts_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'metric_key', type: 'text' })
  metricKey!: string;

  /** The channel whose figure is worst ('NONE' for metrics without a split). */
  @Column({ name: 'fulfillment_channel', type: 'text' })
  fulfillmentChannel!: string;

  @Column({ type: 'text' })
  level!: 'WARNING' | 'BREACH';

  @Column({ name: 'previous_status', type: 'text' })
  previousStatus!: string;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'integer' })
  numerator!: number;

  @Column({ type: 'integer' })
  denominator!: number;

  /** The line crossed (a fraction). */
  @Column({ type: 'double precision', nullable: true })
  line!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
