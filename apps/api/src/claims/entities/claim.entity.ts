import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClaimDecision } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

export type ClaimKind = 'A_TO_Z' | 'CHARGEBACK';

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
@Index('claims_store_order_idx', ['organizationId', 'storeId', 'marketplaceOrderId'])
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
