import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * The marketplace's word on the account: `ACCOUNT_STATUS_CHANGED` (NORMAL, AT_RISK, DEACTIVATED, DOMAIN.md
 * §1.4, §2.7) or `accountStatuses[]` of a performance report (§2.1). `noticeKey` makes a repeat a no-op.
 */
@Entity({ name: 'account_status_notices' })
@Index('account_status_notices_store_key', ['organizationId', 'storeId', 'noticeKey'], { unique: true })
@Index('account_status_notices_store_received_idx', ['organizationId', 'storeId', 'receivedAt'])
export class AccountStatusNoticeEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'account_status_notices_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'account_status_notices_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'notice_key', type: 'text' })
  noticeKey!: string;

  @Column({ name: 'marketplace_id', type: 'text', nullable: true })
  marketplaceId!: string | null;

  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'previous_status', type: 'text', nullable: true })
  previousStatus!: string | null;

  /** PERFORMANCE_REPORT, NOTIFICATION, … */
  @Column({ type: 'text' })
  source!: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
