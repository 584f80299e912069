import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../tenancy/entities/organization.entity';

/**
 * Outbound e-mail (alerts to operations owners) written in the transaction of the change that caused it;
 * the SMTP sender (reply-delivery.service.ts) sends unsent rows and stamps `sent_at`.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_unsent_idx', ['organizationId', 'createdAt'], { where: '"sent_at" IS NULL' })
@Index('mail_outbox_due_idx', ['nextAttemptAt'], { where: '"sent_at" IS NULL AND "failed_at" IS NULL' })
export class MailOutboxEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'mail_outbox_organization_id_fkey' })
  organization?: OrganizationEntity;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  to!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** When an unsent mail may be tried (again); null: now. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt!: Date | null;

  /** Set when the mail server refused the mail for good (or after the last attempt). */
  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;
}
