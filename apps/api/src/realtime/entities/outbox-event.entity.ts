import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Domain events written in the same transaction as the change they describe and relayed to socket.io
 * after commit (ARCHITECTURE.md "Realtime"). The id increases, so a reconnecting console asks for what
 * it missed by id.
 */
@Entity({ name: 'outbox_events' })
@Index('outbox_events_organization_id_idx', ['organizationId', 'id'])
@Index('outbox_events_unrelayed_idx', ['id'], { where: '"relayed_at" IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'text' })
  type!: string;

  /** The socket.io room the event goes to; null means the whole organisation. */
  @Column({ type: 'text', nullable: true })
  room!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
