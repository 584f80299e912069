import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Role } from '@lifeline/domain';
import { OrganizationEntity } from './organization.entity';

@Entity({ name: 'users' })
@Check('users_role_check', `"role" IN ('AGENT', 'SUPERVISOR', 'ADMIN')`)
@Check('users_availability_check', `"availability" IN ('ONLINE', 'AWAY')`)
// Login looks users up by e-mail across organisations, so e-mails are unique in the whole installation.
@Index('users_email_key', ['email'], { unique: true })
export class UserEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'users_organization_id_fkey' })
  organization?: OrganizationEntity;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower-cased. */
  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  /** ISO 639-1 codes of the languages this user answers buyers in. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  /** ONLINE agents receive new tickets; AWAY agents keep theirs but get no new ones. */
  @Column({ type: 'text', default: 'AWAY' })
  availability!: 'ONLINE' | 'AWAY';

  /** Auto-assignment stops at this many open tickets. */
  @Column({ name: 'max_open_tickets', type: 'integer', default: 20 })
  maxOpenTickets!: number;

  @Column({ name: 'last_assigned_at', type: 'timestamptz', nullable: true })
  lastAssignedAt!: Date | null;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
