import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { OrganizationEntity } from '../tenancy/entities/organization.entity';
import { StoreApiKeyEntity } from '../tenancy/entities/store-api-key.entity';
import { hashApiKey } from '../tenancy/store-api-key.service';
import { StoreEntity } from '../tenancy/entities/store.entity';
import { UserEntity } from '../tenancy/entities/user.entity';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from './demo-data';
import { seedDemoClaims } from './demo-claims';
import { seedDemoCompensation } from './demo-compensation';
import { seedDesk } from './demo-desk';
import { seedDemoEbay } from './demo-ebay-data';
import { seedDemoHealth } from './demo-health-data';
import { seedDemoRisk } from './demo-risk';

/**
 * Seeds the demo organisations into an empty database; returns false (and writes nothing) when any
 * organisation exists already, so running it twice is harmless.
 */
export async function seedDemo(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (two replicas starting at once) on one advisory lock.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['lifeline:seed-demo']);
    if ((await manager.getRepository(OrganizationEntity).count()) > 0) return false;
    const now = Date.now();
    for (const org of DEMO_ORGANIZATIONS) {
      const saved = await manager.getRepository(OrganizationEntity).save({ name: org.name });
      for (const { apiKey, ...store } of org.stores) {
        const row = await manager.getRepository(StoreEntity).save({ ...store, organizationId: saved.id });
        await manager.getRepository(StoreApiKeyEntity).insert({
          organizationId: saved.id,
          storeId: row.id,
          name: 'Demo connector',
          keyPrefix: apiKey.slice(0, 10),
          keyHash: hashApiKey(apiKey),
        });
        if (row.marketplace === 'AMAZON') {
          await seedDemoHealth(manager, saved.id, row.id, row.name, now);
          await seedDemoClaims(manager, saved.id, row.id, row.name, now);
        }
        if (row.marketplace === 'EBAY') await seedDemoEbay(manager, saved.id, row.id, now);
      }
      const users = await Promise.all(
        org.users.map(async (u) => ({
          ...u,
          organizationId: saved.id,
          passwordHash: await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id }),
        })),
      );
      await manager.getRepository(UserEntity).insert(users);
      await seedDesk(manager, saved.id);
      await seedDemoCompensation(manager, saved.id, now);
    }
    // Last: every demo order scored for the high-risk pool (demo-risk.ts).
    await seedDemoRisk(manager, now);
    return true;
  });
}
