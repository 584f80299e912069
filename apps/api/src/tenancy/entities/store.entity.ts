import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Marketplace } from '@lifeline/domain';
import { OrganizationEntity } from './organization.entity';

/** A seller's marketplace account (Amazon DE, eBay US, …). Keys lead with organization_id (ARCHITECTURE.md). */
@Entity({ name: 'stores' })
@Check('stores_marketplace_check', `"marketplace" IN ('AMAZON', 'EBAY', 'ALIEXPRESS')`)
@Index('stores_organization_name_key', ['organizationId', 'name'], { unique: true })
// Mail to this address becomes buyer messages of this store, so an address belongs to one store only.
@Index('stores_inbound_address_key', ['inboundAddress'], { unique: true, where: '"inbound_address" IS NOT NULL' })
export class StoreEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'stores_organization_id_fkey' })
  organization?: OrganizationEntity;

  @PrimaryGeneratedColumn('uuid')
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

  /** Where the seller forwards the marketplace's buyer e-mails (lower-case); null when not set up. */
  @Column({ name: 'inbound_address', type: 'text', nullable: true })
  inboundAddress!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
