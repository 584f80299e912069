import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A buyer's message (INBOUND) or an agent's reply (OUTBOUND) on a ticket. */
@Entity({ name: 'messages' })
@Check('messages_direction_check', `"direction" IN ('INBOUND', 'OUTBOUND')`)
// Idempotent ingest: one row per inbound item per store (ARCHITECTURE.md "Idempotent ingest").
@Index('messages_external_id_key', ['organizationId', 'storeId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index('messages_ticket_idx', ['organizationId', 'ticketId', 'createdAt'])
// Amazon's late response rate reads a store's buyer messages by the time received (sla/late-response-rate).
@Index('messages_store_inbound_idx', ['organizationId', 'storeId', 'sentAt'], { where: `"direction" = 'INBOUND'` })
@Index('messages_outgoing_idx', ['nextDeliveryAt'], { where: `"delivery_status" IN ('QUEUED', 'SENDING')` })
export class MessageEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @Column({ type: 'text' })
  direction!: 'INBOUND' | 'OUTBOUND';

  /** The e-mail Message-ID or the marketplace's id of an inbound item. */
  @Column({ name: 'external_id', type: 'text', nullable: true })
  externalId!: string | null;

  @Column({ name: 'from_address', type: 'text', nullable: true })
  fromAddress!: string | null;

  @Column({ name: 'from_name', type: 'text', nullable: true })
  fromName!: string | null;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  language!: string;

  /** When the buyer's message was received by the marketplace, or the reply was written. */
  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt!: Date;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @Column({ name: 'template_id', type: 'uuid', nullable: true })
  templateId!: string | null;

  /** Amazon's "no response needed": the message leaves the response-time metric (DOMAIN.md §1.3). */
  @Column({ name: 'no_response_needed', type: 'boolean', default: false })
  noResponseNeeded!: boolean;

  /** An auto-reply is not a response (DOMAIN.md §1.3). */
  @Column({ name: 'is_auto_reply', type: 'boolean', default: false })
  isAutoReply!: boolean;

  /** Outbound delivery through the channel layer: QUEUED, SENDING, SENT or FAILED; null for inbound. */
  @Column({ name: 'delivery_status', type: 'text', nullable: true })
  deliveryStatus!: string | null;

  @Column({ name: 'delivery_attempts', type: 'integer', default: 0 })
  deliveryAttempts!: number;

  /** When a queued reply may be tried (again), or when a SENDING lease runs out after a crash. */
  @Column({ name: 'next_delivery_at', type: 'timestamptz', nullable: true })
  nextDeliveryAt!: Date | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** The last delivery error as the mail server put it. */
  @Column({ name: 'delivery_error', type: 'text', nullable: true })
  deliveryError!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: { filename: string; contentType: string; sizeBytes: number }[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
