import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { FeedbackRemovalReason, FeedbackRemovalStatus } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * Seller feedback: one per order (DOMAIN.md §1.5), so the order id is its key per store. `Rater Email` is
 * never stored (DOMAIN.md §2.2).
 */
@Entity({ name: 'seller_feedback' })
@Check('seller_feedback_rating_check', `"rating" BETWEEN 1 AND 5`)
@Check(
  'seller_feedback_removal_status_check',
  `"removal_status" IS NULL OR "removal_status" IN ('REQUESTED', 'REMOVED', 'STRUCK_THROUGH', 'DENIED', 'BUYER_REMOVED')`,
)
@Index('seller_feedback_ticket_idx', ['organizationId', 'ticketId'])
@Index('seller_feedback_store_order_key', ['organizationId', 'storeId', 'marketplaceOrderId'], { unique: true })
export class SellerFeedbackEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'seller_feedback_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'seller_feedback_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'marketplace_order_id', type: 'text' })
  marketplaceOrderId!: string;

  /** 1–5 stars; 1–2 is negative (DOMAIN.md §1.5). */
  @Column({ type: 'smallint' })
  rating!: number;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'left_at', type: 'timestamptz' })
  leftAt!: Date;

  /** Removed by Amazon or the buyer: leaves the rating and ODR (DOMAIN.md §1.5). */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  /** Struck through by Amazon: leaves the rating and ODR (DOMAIN.md §1.5). */
  @Column({ name: 'struck_through', type: 'boolean', default: false })
  struckThrough!: boolean;

  /** The NEGATIVE_FEEDBACK ticket the desk works it on. */
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId!: string | null;

  /** The removal request to Amazon and its outcome (libs/domain feedback/removal-request.ts). */
  @Column({ name: 'removal_status', type: 'text', nullable: true })
  removalStatus!: FeedbackRemovalStatus | null;

  /** The DOMAIN.md §1.5 reason the request gave. */
  @Column({ name: 'removal_reason', type: 'text', nullable: true })
  removalReason!: FeedbackRemovalReason | null;

  @Column({ name: 'removal_requested_at', type: 'timestamptz', nullable: true })
  removalRequestedAt!: Date | null;

  @Column({ name: 'removal_requested_by', type: 'uuid', nullable: true })
  removalRequestedBy!: string | null;

  @Column({ name: 'removal_outcome_at', type: 'timestamptz', nullable: true })
  removalOutcomeAt!: Date | null;

  @Column({ name: 'removal_outcome_by', type: 'uuid', nullable: true })
  removalOutcomeBy!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
