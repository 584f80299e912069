import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../tenancy/entities/organization.entity';

/**
 * Outbound e-mail written in the transaction of the change that caused it; the SMTP sender (a later issue)
 * sends unsent rows and stamps `sent_at`.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_unsent_idx', ['organizationId', 'createdAt'], { where: '"sent_at" IS NULL' })
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
}
