import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CompensationKind, CompensationOutcome, CompensationState, Role } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';
import { TicketEntity } from '../../tickets/entities/ticket.entity';


/**
 * One compensation offered to a buyer (partial refund, reshipment, coupon …) on a ticket and its order.
 * Money is integer minor units of `currency` (libs/domain compensation/money.ts); `cost_minor` is what the
 * seller pays (libs/domain `costOf`) and is what the per-role limits are checked against.
 */
@Entity({ name: 'compensation_actions' })
@Check(
  'compensation_actions_kind_check',
  `"kind" IN ('PARTIAL_REFUND', 'FULL_REFUND', 'RESHIPMENT', 'REPLACEMENT', 'COUPON', 'PREPAID_RETURN_LABEL')`,
)
@Check('compensation_actions_state_check', `"state" IN ('REQUESTED', 'APPROVED', 'REJECTED', 'EXECUTED', 'FAILED')`)
@Check('compensation_actions_cost_check', `"cost_minor" >= 0`)
@Check(
  'compensation_actions_outcome_check',
  `"outcome" IS NULL OR "outcome" IN ('FEEDBACK_REMOVED', 'FEEDBACK_REVISED', 'CLAIM_WITHDRAWN', 'RETURN_AVOIDED', 'BUYER_SATISFIED', 'NO_EFFECT')`,
)
// The approval inbox: waiting actions by their approval deadline.
@Index('compensation_actions_waiting_idx', ['organizationId', 'approvalDueAt', 'id'], { where: `"state" = 'REQUESTED'` })
@Index('compensation_actions_ticket_idx', ['organizationId', 'ticketId', 'createdAt'])
// Limits are per order (no splitting): every action on the order in one currency.
@Index('compensation_actions_order_idx', ['organizationId', 'storeId', 'marketplaceOrderId'])
export class CompensationActionEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'compensation_actions_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'compensation_actions_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'compensation_actions_ticket_fkey' },
    { name: 'ticket_id', referencedColumnName: 'id', foreignKeyConstraintName: 'compensation_actions_ticket_fkey' },
  ])
  ticket?: TicketEntity;

  /** The order compensated; null only for a ticket without an order (then the ticket is the unit of the limit). */
  @Column({ name: 'marketplace_order_id', type: 'text', nullable: true })
  marketplaceOrderId!: string | null;

  @Column({ type: 'text' })
  kind!: CompensationKind;

  /** PARTIAL_REFUND by amount, COUPON value, item cost (RESHIPMENT/REPLACEMENT), label cost: as entered. */
  @Column({ name: 'amount_minor', type: 'bigint', nullable: true })
  amountMinor!: string | null;

  /** Shipping cost of a RESHIPMENT/REPLACEMENT. */
  @Column({ name: 'shipping_minor', type: 'bigint', nullable: true })
  shippingMinor!: string | null;

  /** PARTIAL_REFUND by percent of the order value (0 < p ≤ 100, two decimals). */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  percent!: string | null;

  /** Order value the percent and full refund were computed from. */
  @Column({ name: 'order_value_minor', type: 'bigint', nullable: true })
  orderValueMinor!: string | null;

  @Column({ name: 'cost_minor', type: 'bigint' })
  costMinor!: string;

  @Column({ type: 'text' })
  currency!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  state!: CompensationState;

  @Column({ name: 'requested_by', type: 'uuid' })
  requestedBy!: string;

  @Column({ name: 'requested_role', type: 'text' })
  requestedRole!: Role;

  /** When a supervisor must have decided (its own SLA clock); null when it needed no approval. */
  @Column({ name: 'approval_due_at', type: 'timestamptz', precision: 3, nullable: true })
  approvalDueAt!: Date | null;

  /** The COMPENSATION_APPROVAL clock in sla_clocks, met when a supervisor decides. */
  @Column({ name: 'approval_clock_id', type: 'uuid', nullable: true })
  approvalClockId!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ name: 'review_reason', type: 'text', nullable: true })
  reviewReason!: string | null;

  @Column({ name: 'executed_by', type: 'uuid', nullable: true })
  executedBy!: string | null;

  @Column({ name: 'executed_at', type: 'timestamptz', nullable: true })
  executedAt!: Date | null;

  /** The marketplace's refund id, the reshipment's tracking number, the coupon code … */
  @Column({ name: 'execution_reference', type: 'text', nullable: true })
  executionReference!: string | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason!: string | null;

  @Column({ type: 'text', nullable: true })
  outcome!: CompensationOutcome | null;

  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true })
  outcomeAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
