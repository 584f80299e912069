import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/** A metric's figure per store, UTC day and channel; the last recompute of the day wins. Trends read these. */
@Entity({ name: 'health_snapshots' })
export class HealthSnapshotEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'health_snapshots_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'health_snapshots_store_fkey' },
  ])
  store?: StoreEntity;

  @PrimaryColumn({ name: 'metric_key', type: 'text' })
  metricKey!: string;

  @PrimaryColumn({ name: 'fulfillment_channel', type: 'text' })
  fulfillmentChannel!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'integer' })
  numerator!: number;

  @Column({ type: 'integer' })
  denominator!: number;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'warning_at', type: 'double precision', nullable: true })
  warningAt!: number | null;

  @Column({ name: 'red_line', type: 'double precision', nullable: true })
  redLine!: number | null;

  @Column({ name: 'taken_at', type: 'timestamptz' })
  takenAt!: Date;
}
