import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../../tenancy/entities/organization.entity';

/** A work queue: per store and language, or a catch-all (ARCHITECTURE.md "Tickets"). */
@Entity({ name: 'queues' })
@Index('queues_organization_name_key', ['organizationId', 'name'], { unique: true })
export class QueueEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'queues_organization_id_fkey' })
  organization?: OrganizationEntity;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  /** null: every store of the organisation. */
  @Column({ name: 'store_id', type: 'uuid', nullable: true })
  storeId!: string | null;

  /** null: every language. */
  @Column({ type: 'text', nullable: true })
  language!: string | null;

  @Column({ name: 'is_fallback', type: 'boolean', default: false })
  isFallback!: boolean;

  /** The supervisors' queue, where escalations and claims go. */
  @Column({ name: 'is_supervisor_queue', type: 'boolean', default: false })
  isSupervisorQueue!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
