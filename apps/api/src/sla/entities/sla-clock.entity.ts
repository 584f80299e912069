import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { SlaClockKind, SlaClockStatus, SlaHours } from '@lifeline/domain';
import { TicketEntity } from '../../tickets/entities/ticket.entity';

const bigintAsNumber = { to: (v: number) => v, from: (v: string | null) => (v === null ? 0 : Number(v)) };

/**
 * One running target on a ticket (ARCHITECTURE.md "SLA"): started by a message, due at `due_at`, met,
 * breached, paused or cancelled. Times are written from the database clock (`now()`); `due_at` and
 * `warn_at` are computed from the message's received time, so the sweeper compares them with `now()`.
 * A BREACHED clock stays BREACHED when answered later; `met_at` then records when.
 */
@Entity({ name: 'sla_clocks' })
@Check('sla_clocks_status_check', `"status" IN ('RUNNING', 'PAUSED', 'MET', 'BREACHED', 'CANCELLED')`)
@Check(
  'sla_clocks_kind_check',
  `"kind" IN ('FIRST_RESPONSE', 'NEXT_RESPONSE', 'RESOLUTION', 'A_TO_Z_INFORMATION_REQUEST', 'CHARGEBACK_RESPONSE', 'RETURN_REQUEST_RESPONSE', 'COMPENSATION_APPROVAL')`,
)
@Check('sla_clocks_hours_check', `"hours" IN ('CALENDAR', 'BUSINESS')`)
@Index('sla_clocks_ticket_idx', ['organizationId', 'ticketId', 'status'])
// The sweeper's two claims, across organisations: running clocks by due time, and pending warnings.
@Index('sla_clocks_running_due_idx', ['dueAt'], { where: `"status" = 'RUNNING'` })
@Index('sla_clocks_pending_warning_idx', ['warnAt'], { where: `"status" = 'RUNNING' AND "warned_at" IS NULL AND "warn_at" IS NOT NULL` })
export class SlaClockEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'sla_clocks_ticket_fkey' },
    { name: 'ticket_id', referencedColumnName: 'id', foreignKeyConstraintName: 'sla_clocks_ticket_fkey' },
  ])
  ticket?: TicketEntity;

  /** The message that started it; null for a resolution clock restarted by reopening. */
  @Column({ name: 'message_id', type: 'uuid', nullable: true })
  messageId!: string | null;

  @Column({ type: 'text' })
  kind!: SlaClockKind;

  @Column({ type: 'text', default: 'RUNNING' })
  status!: SlaClockStatus;

  /** The policy whose target it runs (null: the built-in defaults); escalation reads it when the clock fires. */
  @Column({ name: 'policy_id', type: 'uuid', nullable: true })
  policyId!: string | null;

  @Column({ type: 'text' })
  hours!: SlaHours;

  @Column({ name: 'started_at', type: 'timestamptz', precision: 3 })
  startedAt!: Date;

  @Column({ name: 'due_at', type: 'timestamptz', precision: 3 })
  dueAt!: Date;

  /** null: no warning before the due time. */
  @Column({ name: 'warn_at', type: 'timestamptz', precision: 3, nullable: true })
  warnAt!: Date | null;

  @Column({ name: 'warned_at', type: 'timestamptz', nullable: true })
  warnedAt!: Date | null;

  @Column({ name: 'met_at', type: 'timestamptz', nullable: true })
  metAt!: Date | null;

  @Column({ name: 'breached_at', type: 'timestamptz', nullable: true })
  breachedAt!: Date | null;

  /** Set with CANCELLED, or on a breached clock taken out of the queue (no response needed, ticket closed). */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** While PAUSED: since when. */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt!: Date | null;

  /** Elapsed time spent paused so far, in milliseconds. */
  @Column({ name: 'paused_ms', type: 'bigint', default: 0, transformer: bigintAsNumber })
  pausedMs!: number;

  /** The highest escalation level fired (0: none). */
  @Column({ name: 'escalation_level', type: 'smallint', default: 0 })
  escalationLevel!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
