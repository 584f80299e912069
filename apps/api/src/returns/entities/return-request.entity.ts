import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FulfillmentChannel } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

export type ReturnResolution = 'AUTHORIZED' | 'REFUNDED' | 'CLOSED' | 'REJECTED';

/**
 * A return request (DOMAIN.md §1.3 RDR, §2.3), keyed per store by the marketplace's return id (Amazon RMA
 * id; for FBA customer returns, a key built from the report row).
 */
@Entity({ name: 'return_requests' })
@Check('return_requests_resolution_check', `"resolution" IS NULL OR "resolution" IN ('AUTHORIZED', 'REFUNDED', 'CLOSED', 'REJECTED')`)
@Check('return_requests_fulfillment_channel_check', `"fulfillment_channel" IN ('MFN', 'AFN')`)
@Index('return_requests_store_marketplace_return_key', ['organizationId', 'storeId', 'marketplaceReturnId'], { unique: true })
@Index('return_requests_store_requested_idx', ['organizationId', 'storeId', 'requestedAt'])
// The risk score reads an order's returns.
@Index('return_requests_store_order_idx', ['organizationId', 'storeId', 'marketplaceOrderId'])
export class ReturnRequestEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'return_requests_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'return_requests_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'marketplace_return_id', type: 'text' })
  marketplaceReturnId!: string;

  @Column({ name: 'marketplace_order_id', type: 'text' })
  marketplaceOrderId!: string;

  /** MFN: the seller answers the request (RDR); AFN: Amazon handles FBA returns itself. */
  @Column({ name: 'fulfillment_channel', type: 'text', default: 'MFN' })
  fulfillmentChannel!: FulfillmentChannel;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt!: Date;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'in_policy', type: 'boolean', default: true })
  inPolicy!: boolean;

  @Column({ type: 'text', nullable: true })
  resolution!: ReturnResolution | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'refund_amount', type: 'numeric', precision: 14, scale: 2, nullable: true })
  refundAmount!: string | null;

  @Column({ type: 'text', nullable: true })
  currency!: string | null;

  /** The buyer answered that the return was not resolved (DOMAIN.md §1.3 RDR). */
  @Column({ name: 'negative_return_feedback', type: 'boolean', default: false })
  negativeReturnFeedback!: boolean;

  @Column({ type: 'text', nullable: true })
  sku!: string | null;

  @Column({ type: 'text', nullable: true })
  asin!: string | null;

  @Column({ type: 'integer', nullable: true })
  quantity!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
