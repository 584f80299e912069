import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * The last computed figure of each metric per store and channel ('NONE' for metrics without a channel
 * split). A recompute compares against it to emit health.changed, and to alert exactly once on a crossing.
 */
@Entity({ name: 'health_metric_states' })
export class HealthMetricStateEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'health_metric_states_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'health_metric_states_store_fkey' },
  ])
  store?: StoreEntity;

  @PrimaryColumn({ name: 'metric_key', type: 'text' })
  metricKey!: string;

  @PrimaryColumn({ name: 'fulfillment_channel', type: 'text' })
  fulfillmentChannel!: string;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'integer' })
  numerator!: number;

  @Column({ type: 'integer' })
  denominator!: number;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt!: Date;
}
