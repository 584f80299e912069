import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only log of what happened on a ticket, with who did it and when. */
@Entity({ name: 'ticket_timeline' })
@Index('ticket_timeline_ticket_idx', ['organizationId', 'ticketId', 'id'])
export class TimelineEventEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  ticketId!: string;

  /** CREATED, ROUTED, ASSIGNED, MESSAGE_IN, MESSAGE_OUT, NOTE, STATUS_CHANGED, PRIORITY_CHANGED, … */
  @Column({ type: 'text' })
  type!: string;

  /** USER, BUYER, SYSTEM or CONNECTOR. */
  @Column({ name: 'actor_type', type: 'text' })
  actorType!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  data!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
