import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EbayRating } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * eBay feedback (DOMAIN.md §3 "Feedback"): positive, neutral or negative, by buyer (an opaque hash) and the
 * week the transaction ended, which is what the feedback score and Positive Feedback % count by.
 */
@Entity({ name: 'ebay_feedback' })
@Check('ebay_feedback_rating_check', `"rating" IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE')`)
@Index('ebay_feedback_store_feedback_key', ['organizationId', 'storeId', 'feedbackId'], { unique: true })
export class EbayFeedbackEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'ebay_feedback_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'ebay_feedback_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'feedback_id', type: 'text' })
  feedbackId!: string;

  @Column({ name: 'transaction_id', type: 'text', nullable: true })
  transactionId!: string | null;

  /** sha-256 of the buyer's eBay user id, truncated. */
  @Column({ name: 'buyer_key', type: 'text' })
  buyerKey!: string;

  @Column({ type: 'text' })
  rating!: EbayRating;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'transaction_ended_at', type: 'timestamptz' })
  transactionEndedAt!: Date;

  @Column({ name: 'left_at', type: 'timestamptz' })
  leftAt!: Date;

  /** Withdrawn (mutual revision) or removed by eBay: out of score and percentage. */
  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
