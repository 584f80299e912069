import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClaimCaseStatus, ClaimDecision } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

export type ClaimKind = 'A_TO_Z' | 'CHARGEBACK';

export interface ClaimHistoryEntry {
  at: string;
  action: 'OPENED' | 'RESPONDED' | 'DECIDED' | 'APPEALED' | 'TICKET_LINKED';
  status: ClaimCaseStatus;
  decision?: string | null;
  userId?: string | null;
  text?: string | null;
}

/** An A-to-z Guarantee claim (DOMAIN.md §1.6) or a chargeback (§1.7), keyed per store by the marketplace's id. */
@Entity({ name: 'claims' })
@Check('claims_kind_check', `"kind" IN ('A_TO_Z', 'CHARGEBACK')`)
@Check('claims_status_check', `"status" IN ('OPEN', 'CLOSED')`)
@Check(
  'claims_decision_check',
  `"decision" IS NULL OR "decision" IN ('GRANTED', 'REFUNDED_BY_SELLER', 'ORDER_CANCELLED', 'DECIDED_FOR_SELLER', 'WITHDRAWN')`,
)
@Check('claims_funded_by_check', `"funded_by" IS NULL OR "funded_by" IN ('SELLER', 'AMAZON')`)
@Check('claims_chargeback_type_check', `"chargeback_type" IS NULL OR "chargeback_type" IN ('SERVICE', 'FRAUD')`)
@Index('claims_store_kind_marketplace_claim_key', ['organizationId', 'storeId', 'kind', 'marketplaceClaimId'], { unique: true })
@Check('claims_case_status_check', `"case_status" IN ('OPEN', 'RESPONDED', 'APPEALED', 'DECIDED')`)
@Index('claims_store_order_idx', ['organizationId', 'storeId', 'marketplaceOrderId'])
// The claims board: nearest deadline first, keyset on (due_at, id).
@Index('claims_board_idx', ['organizationId', 'dueAt', 'id'])
@Index('claims_ticket_idx', ['organizationId', 'ticketId'])
export class ClaimEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'claims_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'claims_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ type: 'text' })
  kind!: ClaimKind;

  @Column({ name: 'marketplace_claim_id', type: 'text' })
  marketplaceClaimId!: string;

  /** The order the claim is on; not a foreign key, since claim files may arrive before the order report. */
  @Column({ name: 'marketplace_order_id', type: 'text' })
  marketplaceOrderId!: string;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true })
  amount!: string | null;

  @Column({ type: 'text', nullable: true })
  currency!: string | null;

  @Column({ type: 'text' })
  status!: 'OPEN' | 'CLOSED';

  @Column({ type: 'text', nullable: true })
  decision!: ClaimDecision | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  /** Who paid the buyer: the seller (debited) or Amazon. */
  @Column({ name: 'funded_by', type: 'text', nullable: true })
  fundedBy!: 'SELLER' | 'AMAZON' | null;

  /** Only service chargebacks are ODR defects; fraud chargebacks are Amazon's (DOMAIN.md §1.1, §1.7). */
  @Column({ name: 'chargeback_type', type: 'text', nullable: true })
  chargebackType!: 'SERVICE' | 'FRAUD' | null;

  /** Delivery claim on an order shipped on time with Buy Shipping: not counted (DOMAIN.md §1.6). */
  @Column({ name: 'buy_shipping_protected', type: 'boolean', default: false })
  buyShippingProtected!: boolean;

  // ---- The desk's case (DOMAIN.md §1.6, §1.7; libs/domain claims/claim-case.ts). `status`/`decision` above
  // stay what the ODR rules read; a decision here writes them too. ----

  /** OPEN → RESPONDED → DECIDED, DECIDED → APPEALED → DECIDED. */
  @Column({ name: 'case_status', type: 'text', default: 'OPEN' })
  caseStatus!: ClaimCaseStatus;

  /** The ticket the desk works the claim on (channel A_TO_Z_CLAIM or CHARGEBACK). */
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true })
  ticketId!: string | null;

  /** 48 h after the information request (A-to-z), 7 days after the e-mail (chargeback). */
  @Column({ name: 'respond_by', type: 'timestamptz', precision: 3 })
  respondBy!: Date;

  /** The deadline the desk works to now (response or appeal), NO_DEADLINE when none: the board's order. */
  @Column({ name: 'due_at', type: 'timestamptz', precision: 3, default: () => "'9999-12-31 00:00:00+00'" })
  dueAt!: Date;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt!: Date | null;

  @Column({ name: 'responded_by', type: 'uuid', nullable: true })
  respondedBy!: string | null;

  @Column({ name: 'response_text', type: 'text', nullable: true })
  responseText!: string | null;

  /** 30 days after a seller-funded grant of an A-to-z claim; null when not appealable. */
  @Column({ name: 'appeal_by', type: 'timestamptz', nullable: true })
  appealBy!: Date | null;

  @Column({ name: 'appealed_at', type: 'timestamptz', nullable: true })
  appealedAt!: Date | null;

  @Column({ name: 'appealed_by', type: 'uuid', nullable: true })
  appealedBy!: string | null;

  @Column({ name: 'appeal_text', type: 'text', nullable: true })
  appealText!: string | null;

  /** The user who recorded the decision; null when a report or connector brought it. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote!: string | null;

  /** What happened to the case, oldest first: { at, action, status, decision, userId, text }. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  history!: ClaimHistoryEntry[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
