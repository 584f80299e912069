import { Inject, Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';
import { StoreApiKeyEntity } from './entities/store-api-key.entity';

@Injectable()
export class StoreApiKeyRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  /** The live key with this hash, across organisations: the key itself says whose it is. */
  findLiveByHash(keyHash: string): Promise<StoreApiKeyEntity | null> {
    return this.db.getRepository(StoreApiKeyEntity).findOneBy({ keyHash, revokedAt: IsNull() });
  }

  async touch(organizationId: string, id: string): Promise<void> {
    // At most once a minute per key, so a busy connector does not turn every request into a write.
    await this.db.query(
      `UPDATE store_api_keys SET last_used_at = now()
        WHERE organization_id = $1 AND id = $2 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [organizationId, id],
    );
  }

  listForStore(organizationId: string, storeId: string): Promise<StoreApiKeyEntity[]> {
    return this.db.getRepository(StoreApiKeyEntity).find({ where: { organizationId, storeId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  create(row: Pick<StoreApiKeyEntity, 'organizationId' | 'storeId' | 'name' | 'keyPrefix' | 'keyHash'>): Promise<StoreApiKeyEntity> {
    return this.db.getRepository(StoreApiKeyEntity).save(row);
  }

  /** Revokes once; returns the row (revoked now or before), or null when it is not this organisation's. */
  async revoke(organizationId: string, id: string): Promise<StoreApiKeyEntity | null> {
    await this.db.query(`UPDATE store_api_keys SET revoked_at = now() WHERE organization_id = $1 AND id = $2 AND revoked_at IS NULL`, [
      organizationId,
      id,
    ]);
    return this.db.getRepository(StoreApiKeyEntity).findOneBy({ organizationId, id });
  }
}
