import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { FulfillmentChannel } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * Orders per store, UTC purchase day and channel, kept by statement triggers on `orders` (migration
 * OrderDayCountTriggers). The ODR denominator sums whole days from here and counts only the two partial
 * edge days row by row, so a store with a million orders in the window recomputes in milliseconds.
 */
@Entity({ name: 'order_day_counts' })
@Check('order_day_counts_fulfillment_channel_check', `"fulfillment_channel" IN ('MFN', 'AFN')`)
export class OrderDayCountEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryColumn({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'order_day_counts_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'order_day_counts_store_fkey' },
  ])
  store?: StoreEntity;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ name: 'fulfillment_channel', type: 'text' })
  fulfillmentChannel!: FulfillmentChannel;

  @Column({ type: 'integer', default: 0 })
  orders!: number;
}
