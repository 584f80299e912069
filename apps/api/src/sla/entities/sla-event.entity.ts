import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A warning or breach as the sweeper fired it. The unique key makes "exactly once" a property of the
 * database, not only of the sweeper's SKIP LOCKED claim.
 */
@Entity({ name: 'sla_events' })
@Check('sla_events_type_check', `"type" IN ('WARNING', 'BREACH')`)
@Index('sla_events_clock_type_key', ['organizationId', 'clockId', 'type'], { unique: true })
@Index('sla_events_ticket_idx', ['organizationId', 'ticketId'])
export class SlaEventEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'clock_id', type: 'uuid' })
  clockId!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  @Column({ type: 'text' })
  type!: 'WARNING' | 'BREACH';

  @Column({ type: 'text' })
  kind!: string;

  /** The escalation level it ran; null when the policy has none for this trigger. */
  @Column({ type: 'smallint', nullable: true })
  level!: number | null;

  /** The warning or due time it fired for. */
  @Column({ name: 'scheduled_at', type: 'timestamptz', precision: 3 })
  scheduledAt!: Date;

  @Column({ name: 'fired_at', type: 'timestamptz', default: () => 'now()' })
  firedAt!: Date;
}
