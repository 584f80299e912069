import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Marketplace } from '@lifeline/domain';
import { OrganizationEntity } from './organization.entity';

/** A seller's marketplace account (Amazon DE, eBay US, …). Keys lead with organization_id (ARCHITECTURE.md). */
@Entity({ name: 'stores' })
@Check('stores_marketplace_check', `"marketplace" IN ('AMAZON', 'EBAY', 'ALIEXPRESS')`)
@Index('stores_organization_name_key', ['organizationId', 'name'], { unique: true })
export class StoreEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'stores_organization_id_fkey' })
  organization?: OrganizationEntity;

  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  marketplace!: Marketplace;

  /** Marketplace region or site code, e.g. EU, NA, FE for Amazon; US for eBay. */
  @Column({ type: 'text' })
  region!: string;

  /** The marketplace's own id, e.g. A1PA6795UKMFR9 for amazon.de. */
  @Column({ name: 'marketplace_id', type: 'text' })
  marketplaceId!: string;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ name: 'default_language', type: 'text' })
  defaultLanguage!: string;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
