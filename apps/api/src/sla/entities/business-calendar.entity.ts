import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { SlaCalendar } from '@lifeline/domain';

/**
 * The team's opening hours for business-hours targets: per store, or (store null) for the organisation.
 * `calendar` is libs/domain's SlaCalendar as JSON, checked with validateCalendar when saved.
 */
@Entity({ name: 'business_calendars' })
@Index('business_calendars_store_idx', ['organizationId', 'storeId'])
export class BusinessCalendarEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'store_id', type: 'uuid', nullable: true })
  storeId!: string | null;

  @Column({ type: 'jsonb' })
  calendar!: SlaCalendar;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
