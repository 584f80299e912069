import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { notFound } from '../common/errors';
import type { StoreApiKeyType, CreatedStoreApiKey } from './dto/store-api-key.types';
import { StoreApiKeyRepository } from './store-api-key.repository';
import { TenancyRepository } from './tenancy.repository';
import type { StoreApiKeyEntity } from './entities/store-api-key.entity';

/** Who pushed a request: the store (and its organisation) a valid API key belongs to. */
export interface StoreCaller {
  organizationId: string;
  storeId: string;
  apiKeyId: string;
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

const toType = (k: StoreApiKeyEntity): StoreApiKeyType => ({
  id: k.id,
  storeId: k.storeId,
  name: k.name,
  prefix: k.keyPrefix,
  createdAt: k.createdAt,
  revokedAt: k.revokedAt,
  lastUsedAt: k.lastUsedAt,
});

@Injectable()
export class StoreApiKeyService {
  constructor(
    private readonly keys: StoreApiKeyRepository,
    private readonly tenancy: TenancyRepository,
  ) {}

  async authenticate(key: string): Promise<StoreCaller | null> {
    if (!/^lk_[A-Za-z0-9_-]{8,128}$/.test(key)) return null;
    const row = await this.keys.findLiveByHash(hashApiKey(key));
    if (!row) return null;
    await this.keys.touch(row.organizationId, row.id);
    return { organizationId: row.organizationId, storeId: row.storeId, apiKeyId: row.id };
  }

  async list(auth: AuthUser, storeId: string): Promise<StoreApiKeyType[]> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
    return (await this.keys.listForStore(auth.organizationId, storeId)).map(toType);
  }

  /** The key is returned once; afterwards only its prefix is known. */
  async create(auth: AuthUser, storeId: string, name: string): Promise<CreatedStoreApiKey> {
    if (!(await this.tenancy.store(auth.organizationId, storeId))) throw notFound('The store');
    const key = `lk_${randomBytes(24).toString('base64url')}`;
    const row = await this.keys.create({ organizationId: auth.organizationId, storeId, name, keyPrefix: key.slice(0, 10), keyHash: hashApiKey(key) });
    return { key, apiKey: toType(row) };
  }

  async revoke(auth: AuthUser, id: string): Promise<StoreApiKeyType> {
    const row = await this.keys.revoke(auth.organizationId, id);
    if (!row) throw notFound('The API key');
    return toType(row);
  }
}
