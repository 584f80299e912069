import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EbayCancellation, EbayCaseOutcome } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * An eBay transaction with what eBay's seller standards read (DOMAIN.md §3): seller cancellation, the
 * Money Back Guarantee case outcome, handling time, acceptance scan, delivery and tracking upload. The buyer
 * is only an opaque hash: the standards count unique buyers, nothing more.
 */
@Entity({ name: 'ebay_transactions' })
@Check('ebay_transactions_cancellation_check', `"cancellation" IS NULL OR "cancellation" IN ('SELLER_OUT_OF_STOCK', 'SELLER_CHOSE_NOT_TO_SEND', 'BUYER_REQUESTED')`)
@Check(
  'ebay_transactions_case_outcome_check',
  `"case_outcome" IS NULL OR "case_outcome" IN ('OPEN', 'CLOSED_WITHOUT_SELLER_RESOLUTION', 'CLOSED_FOR_SELLER', 'NO_FAULT', 'RESOLVED_BY_SELLER')`,
)
@Index('ebay_transactions_store_transaction_key', ['organizationId', 'storeId', 'transactionId'], { unique: true })
@Index('ebay_transactions_store_transacted_idx', ['organizationId', 'storeId', 'transactedAt'])
export class EbayTransactionEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'ebay_transactions_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'ebay_transactions_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'transaction_id', type: 'text' })
  transactionId!: string;

  /** eBay's order id, which tickets carry. */
  @Column({ name: 'marketplace_order_id', type: 'text', nullable: true })
  marketplaceOrderId!: string | null;

  /** sha-256 of the buyer's eBay user id, truncated: unique-buyer counts need equality only. */
  @Column({ name: 'buyer_key', type: 'text' })
  buyerKey!: string;

  @Column({ name: 'transacted_at', type: 'timestamptz' })
  transactedAt!: Date;

  @Column({ type: 'text', nullable: true })
  cancellation!: EbayCancellation | null;

  @Column({ name: 'case_outcome', type: 'text', nullable: true })
  caseOutcome!: EbayCaseOutcome | null;

  @Column({ name: 'case_closed_at', type: 'timestamptz', nullable: true })
  caseClosedAt!: Date | null;

  @Column({ name: 'handling_due_at', type: 'timestamptz', nullable: true })
  handlingDueAt!: Date | null;

  @Column({ name: 'acceptance_scan_at', type: 'timestamptz', nullable: true })
  acceptanceScanAt!: Date | null;

  @Column({ name: 'estimated_delivery_at', type: 'timestamptz', nullable: true })
  estimatedDeliveryAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ name: 'tracking_uploaded_at', type: 'timestamptz', nullable: true })
  trackingUploadedAt!: Date | null;

  @Column({ name: 'tracking_validated', type: 'boolean', default: false })
  trackingValidated!: boolean;

  @Column({ name: 'buyer_confirmed_late_delivery', type: 'boolean', default: false })
  buyerConfirmedLateDelivery!: boolean;

  @Column({ name: 'us_buyer', type: 'boolean', default: true })
  usBuyer!: boolean;

  @Column({ name: 'amount_usd', type: 'numeric', precision: 14, scale: 2, default: 0 })
  amountUsd!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
