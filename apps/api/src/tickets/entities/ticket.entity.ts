import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TicketChannel, TicketPriority, TicketStatus } from '@lifeline/domain';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/** The due_at of a ticket with no running deadline: sorts after every real one. */
export const NO_DEADLINE = new Date('9999-12-31T00:00:00.000Z');

/**
 * A case agents work. Queue lists sort by urgency (libs/domain tickets/urgency.ts):
 * priority_rank DESC, due_at ASC (no deadline sorts last), created_at, id — the indexes below follow it.
 */
@Entity({ name: 'tickets' })
@Check('tickets_status_check', `"status" IN ('NEW', 'OPEN', 'WAITING_ON_BUYER', 'RESOLVED', 'CLOSED')`)
@Check('tickets_priority_check', `"priority" IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')`)
@Check(
  'tickets_channel_check',
  `"channel" IN ('BUYER_MESSAGE', 'A_TO_Z_CLAIM', 'CHARGEBACK', 'NEGATIVE_FEEDBACK', 'RETURN_REQUEST', 'ACCOUNT_HEALTH_NOTICE')`,
)
@Index('tickets_open_queue_urgency_idx', ['organizationId', 'queueId', 'priorityRank', 'dueAt', 'createdAt', 'id'], {
  where: `"status" IN ('NEW', 'OPEN', 'WAITING_ON_BUYER')`,
})
@Index('tickets_urgency_idx', ['organizationId', 'priorityRank', 'dueAt', 'createdAt', 'id'])
@Index('tickets_assignee_idx', ['organizationId', 'assigneeId', 'status'])
@Index('tickets_buyer_idx', ['organizationId', 'storeId', 'buyerAddress', 'status'])
@Index('tickets_order_idx', ['organizationId', 'marketplaceOrderId'])
// The retention sweep's candidates: finished tickets still holding buyer data (DOMAIN.md §5).
@Index('tickets_pii_pending_idx', ['lastMessageAt'], { where: `"pii_purged_at" IS NULL AND "status" IN ('RESOLVED', 'CLOSED')` })
export class TicketEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'tickets_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'tickets_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ type: 'text' })
  channel!: TicketChannel;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  language!: string;

  /** DETECTED, FALLBACK (the store's default) or AGENT (corrected by hand). */
  @Column({ name: 'language_source', type: 'text' })
  languageSource!: string;

  @Column({ type: 'text', default: 'NEW' })
  status!: TicketStatus;

  @Column({ type: 'text', default: 'NORMAL' })
  priority!: TicketPriority;

  /** TICKET_PRIORITY_RANK[priority], kept for the urgency index. */
  @Column({ name: 'priority_rank', type: 'smallint', default: 20 })
  priorityRank!: number;

  /** The nearest deadline of the ticket; NO_DEADLINE (9999-12-31) when none runs, so it sorts last and keysets stay simple. */
  // Keyset columns are kept at millisecond precision so a cursor (a JS Date) names a row exactly.
  @Column({ name: 'due_at', type: 'timestamptz', precision: 3, default: () => "'9999-12-31 00:00:00+00'" })
  dueAt!: Date;

  @Column({ name: 'queue_id', type: 'uuid' })
  queueId!: string;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  /** Amazon 3-7-7 order id or the marketplace's own, when known. */
  @Column({ name: 'marketplace_order_id', type: 'text', nullable: true })
  marketplaceOrderId!: string | null;

  /** The buyer's (relay) address, lower-cased: buyer PII, purged with the messages (DOMAIN.md §5). */
  @Column({ name: 'buyer_address', type: 'text' })
  buyerAddress!: string;

  @Column({ name: 'buyer_name', type: 'text', nullable: true })
  buyerName!: string | null;

  /** Set when this ticket was merged into another; it then only points there. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @Column({ name: 'last_message_at', type: 'timestamptz' })
  lastMessageAt!: Date;

  /** When the buyer's name, address and the conversation's words were purged (DOMAIN.md §5). */
  @Column({ name: 'pii_purged_at', type: 'timestamptz', nullable: true })
  piiPurgedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
