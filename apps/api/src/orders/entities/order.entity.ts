import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FulfillmentChannel } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/** One line of an order, as the marketplace lists it (SKU / ASIN, quantity, price). */
export interface OrderItem {
  sku: string | null;
  asin: string | null;
  quantity: number;
  price: number | null;
  currency: string | null;
}

/**
 * A marketplace order, keyed per store by the marketplace's own id (ARCHITECTURE.md "Idempotent ingest").
 * Only what the metrics read plus the items; buyer name and e-mail are PII and are purged 30 days after
 * delivery (DOMAIN.md §5, "Lifeline's decisions").
 */
@Entity({ name: 'orders' })
@Check('orders_fulfillment_channel_check', `"fulfillment_channel" IN ('MFN', 'AFN')`)
@Check('orders_cancelled_by_check', `"cancelled_by" IS NULL OR "cancelled_by" IN ('SELLER', 'BUYER')`)
@Index('orders_store_marketplace_order_key', ['organizationId', 'storeId', 'marketplaceOrderId'], { unique: true })
// The ODR window selects by purchase date (DOMAIN.md §1.1); the channel is in the index so counts need no heap.
@Index('orders_store_purchased_idx', ['organizationId', 'storeId', 'purchasedAt', 'fulfillmentChannel'])
@Index('orders_store_latest_ship_idx', ['organizationId', 'storeId', 'latestShipDate'])
@Index('orders_store_promised_delivery_idx', ['organizationId', 'storeId', 'promisedDeliveryAt'])
export class OrderEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'orders_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'orders_store_fkey' },
  ])
  store?: StoreEntity;

  /** `AmazonOrderId` (3-7-7) or the marketplace's equivalent. */
  @Column({ name: 'marketplace_order_id', type: 'text' })
  marketplaceOrderId!: string;

  @Column({ name: 'purchased_at', type: 'timestamptz' })
  purchasedAt!: Date;

  @Column({ name: 'fulfillment_channel', type: 'text' })
  fulfillmentChannel!: FulfillmentChannel;

  @Column({ name: 'latest_ship_date', type: 'timestamptz', nullable: true })
  latestShipDate!: Date | null;

  @Column({ name: 'ship_confirmed_at', type: 'timestamptz', nullable: true })
  shipConfirmedAt!: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancelled_by', type: 'text', nullable: true })
  cancelledBy!: 'SELLER' | 'BUYER' | null;

  @Column({ name: 'promised_delivery_at', type: 'timestamptz', nullable: true })
  promisedDeliveryAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'has_valid_tracking', type: 'boolean', default: false })
  hasValidTracking!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  items!: OrderItem[];

  /** PII: purged 30 days after delivery (DOMAIN.md §5). */
  @Column({ name: 'buyer_name', type: 'text', nullable: true })
  buyerName!: string | null;

  /** PII: purged 30 days after delivery (DOMAIN.md §5). */
  @Column({ name: 'buyer_email', type: 'text', nullable: true })
  buyerEmail!: string | null;

  /** When the buyer data above was purged (DOMAIN.md §5); null while it is kept. */
  @Column({ name: 'pii_purged_at', type: 'timestamptz', nullable: true })
  piiPurgedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
