import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/** One of Amazon's figures from `GET_V2_SELLER_PERFORMANCE_REPORT`, under Lifeline's metric key (DOMAIN.md §2.1). */
export interface AmazonFigureRecord {
  key: string;
  fulfillmentChannel: 'MFN' | 'AFN' | null;
  rate: number | null;
  count: number | null;
  total: number | null;
  status: string | null;
  targetValue: number | null;
  targetCondition: 'GREATER_THAN' | 'LESS_THAN' | 'EQUALS' | null;
  /** epoch ms */
  from: number | null;
  to: number | null;
}

/** An imported performance report; its targets win over the default lines (DOMAIN.md "Lifeline's decisions"). */
@Entity({ name: 'amazon_performance_reports' })
@Index('amazon_performance_reports_store_content_key', ['organizationId', 'storeId', 'contentSha256'], { unique: true })
@Index('amazon_performance_reports_store_imported_idx', ['organizationId', 'storeId', 'importedAt'])
export class AmazonPerformanceReportEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'amazon_performance_reports_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'amazon_performance_reports_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'content_sha256', type: 'text' })
  contentSha256!: string;

  @Column({ type: 'jsonb' })
  figures!: AmazonFigureRecord[];

  /** Numeric AHR where the report has one (`ahrScore`, DOMAIN.md §2.1 [S]). */
  @Column({ name: 'ahr_score', type: 'integer', nullable: true })
  ahrScore!: number | null;

  @Column({ name: 'ahr_status', type: 'text', nullable: true })
  ahrStatus!: string | null;

  @Column({ name: 'imported_at', type: 'timestamptz', default: () => 'now()' })
  importedAt!: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
