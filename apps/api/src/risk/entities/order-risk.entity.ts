import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { RiskDeadlineKind, RiskReason, RiskReasonCode } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? 0 : Number(v)) };

/**
 * An order's risk score (libs/domain risk/scoring.ts) with its reasons, as last computed from the stored
 * facts; one row per order and store. `in_pool` = score ≥ the organisation's threshold and not marked handled.
 * The pool index follows the pool order (libs/domain risk/pool-order.ts): score, nearest deadline, value, id.
 */
@Entity({ name: 'order_risk' })
@Check('order_risk_score_check', `"score" BETWEEN 0 AND 100`)
@Check(
  'order_risk_deadline_kind_check',
  `"next_deadline_kind" IS NULL OR "next_deadline_kind" IN ('A_TO_Z_RESPONSE', 'CHARGEBACK_RESPONSE', 'RETURN_RESPONSE', 'BUYER_MESSAGE_RESPONSE', 'SHIP_BY')`,
)
@Index('order_risk_store_order_key', ['organizationId', 'storeId', 'marketplaceOrderId'], { unique: true })
@Index('order_risk_pool_idx', ['organizationId', 'score', 'nextDeadline', 'orderValueMinor', 'id'], { where: '"in_pool"' })
// The sweeper's claim: orders whose score time alone changes next, across organisations.
@Index('order_risk_rescore_idx', ['rescoreAt'], { where: '"rescore_at" IS NOT NULL' })
export class OrderRiskEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'order_risk_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'order_risk_store_fkey' },
  ])
  store?: StoreEntity;

  /** Not a foreign key: a buyer message or a claim may name an order before the order report arrives. */
  @Column({ name: 'marketplace_order_id', type: 'text' })
  marketplaceOrderId!: string;

  @Column({ type: 'smallint', default: 0 })
  score!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reasons!: RiskReason[];

  // Keyset column: millisecond precision so a cursor (a JS Date) names a row exactly.
  @Column({ name: 'next_deadline', type: 'timestamptz', precision: 3, nullable: true })
  nextDeadline!: Date | null;

  @Column({ name: 'next_deadline_kind', type: 'text', nullable: true })
  nextDeadlineKind!: RiskDeadlineKind | null;

  @Column({ name: 'in_pool', type: 'boolean', default: false })
  inPool!: boolean;

  /** The buyer's language from the order's newest ticket; null when the buyer has not written. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ name: 'order_value_minor', type: 'bigint', default: 0, transformer: bigintAsNumber })
  orderValueMinor!: number;

  @Column({ type: 'text', nullable: true })
  currency!: string | null;

  /** The agent working the order; one at a time (claimed with a conditional UPDATE). */
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true })
  claimedBy!: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt!: Date | null;

  /** Marked handled by an agent: out of the pool until a new reason appears (libs/domain reopensResolvedRisk). */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolution_note', type: 'text', nullable: true })
  resolutionNote!: string | null;

  /** The reason codes the order had when it was marked handled. */
  @Column({ name: 'resolved_codes', type: 'text', array: true, nullable: true })
  resolvedCodes!: RiskReasonCode[] | null;

  /** When time alone next changes the score or its reasons' numbers (libs/domain nextRiskRescoreAt). */
  @Column({ name: 'rescore_at', type: 'timestamptz', precision: 3, nullable: true })
  rescoreAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'computed_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  computedAt!: Date;
}
