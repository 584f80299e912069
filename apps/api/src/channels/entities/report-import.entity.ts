import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { StoreEntity } from '../../tenancy/entities/store.entity';

/**
 * A report file imported for a store. The same file again (same SHA-256) returns this first result and
 * writes nothing (ARCHITECTURE.md "Idempotent ingest").
 */
@Entity({ name: 'report_imports' })
@Index('report_imports_store_type_content_key', ['organizationId', 'storeId', 'reportType', 'contentSha256'], { unique: true })
export class ReportImportEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'store_id', type: 'uuid' })
  storeId!: string;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'organization_id', referencedColumnName: 'organizationId', foreignKeyConstraintName: 'report_imports_store_fkey' },
    { name: 'store_id', referencedColumnName: 'id', foreignKeyConstraintName: 'report_imports_store_fkey' },
  ])
  store?: StoreEntity;

  @Column({ name: 'report_type', type: 'text' })
  reportType!: string;

  @Column({ name: 'content_sha256', type: 'text' })
  contentSha256!: string;

  @Column({ name: 'byte_count', type: 'bigint' })
  byteCount!: string;

  @Column({ type: 'integer' })
  rows!: number;

  @Column({ type: 'integer' })
  created!: number;

  @Column({ type: 'integer' })
  updated!: number;

  @Column({ type: 'integer' })
  unchanged!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
