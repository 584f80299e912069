import { Inject, Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';
import { OrganizationEntity } from './entities/organization.entity';
import { StoreEntity } from './entities/store.entity';
import { UserEntity } from './entities/user.entity';

export interface StorePatch {
  name?: string;
  timeZone?: string;
  defaultLanguage?: string;
  /** undefined leaves it; null or '' clears it. */
  inboundAddress?: string | null;
}

export type VersionedUpdate<T> = { kind: 'updated'; row: T } | { kind: 'conflict'; currentVersion: number } | { kind: 'not-found' };

/** The only place tenancy rows are read or written; every method takes the organisation first. */
@Injectable()
export class TenancyRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  organizationsByIds(ids: readonly string[]): Promise<OrganizationEntity[]> {
    return this.db.getRepository(OrganizationEntity).findBy({ id: In([...ids]) });
  }

  /** The store whose inbound address this is (mail routing: the address says whose it is). */
  storeByInboundAddress(address: string, manager: EntityManager = this.db.manager): Promise<StoreEntity | null> {
    return manager.getRepository(StoreEntity).findOneBy({ inboundAddress: address.trim().toLowerCase() });
  }

  usersByIds(organizationId: string, ids: readonly string[]): Promise<UserEntity[]> {
    return this.db.getRepository(UserEntity).findBy({ organizationId, id: In([...ids]) });
  }

  storesByIds(organizationId: string, ids: readonly string[]): Promise<StoreEntity[]> {
    return this.db.getRepository(StoreEntity).findBy({ organizationId, id: In([...ids]) });
  }

  async setAvailability(organizationId: string, id: string, availability: 'ONLINE' | 'AWAY', manager = this.db.manager): Promise<UserEntity | null> {
    await manager.query(`UPDATE users SET availability = $3, updated_at = now() WHERE organization_id = $1 AND id = $2`, [organizationId, id, availability]);
    return manager.getRepository(UserEntity).findOneBy({ organizationId, id });
  }

  storesOf(organizationId: string): Promise<StoreEntity[]> {
    return this.db.getRepository(StoreEntity).find({ where: { organizationId }, order: { name: 'ASC', id: 'ASC' } });
  }

  /** Inside a transaction pass its manager: a second pool connection per transaction can exhaust the pool. */
  store(organizationId: string, id: string, manager: EntityManager = this.db.manager): Promise<StoreEntity | null> {
    return manager.getRepository(StoreEntity).findOneBy({ organizationId, id });
  }

  /** Optimistic concurrency: the row changes only if `version` is still current (ARCHITECTURE.md). */
  async updateStore(organizationId: string, id: string, version: number, patch: StorePatch, manager = this.db.manager): Promise<VersionedUpdate<StoreEntity>> {
    const rows: Record<string, unknown>[] = await manager.query(
      `WITH changed AS (
       UPDATE stores
          SET name = COALESCE($4, name),
              time_zone = COALESCE($5, time_zone),
              default_language = COALESCE($6, default_language),
              inbound_address = CASE WHEN $7::boolean THEN $8 ELSE inbound_address END,
              version = version + 1,
              updated_at = now()
        WHERE organization_id = $1 AND id = $2 AND version = $3
        RETURNING id)
       SELECT id FROM changed`,
      [
        organizationId,
        id,
        version,
        patch.name ?? null,
        patch.timeZone ?? null,
        patch.defaultLanguage ?? null,
        patch.inboundAddress !== undefined,
        patch.inboundAddress?.trim().toLowerCase() || null,
      ],
    );
    const current = await manager.getRepository(StoreEntity).findOneBy({ organizationId, id });
    if (!current) return { kind: 'not-found' };
    if (rows.length === 0) return { kind: 'conflict', currentVersion: current.version };
    return { kind: 'updated', row: current };
  }

  userByEmail(email: string): Promise<UserEntity | null> {
    return this.db.getRepository(UserEntity).findOneBy({ email: email.trim().toLowerCase() });
  }

  /**
   * Every `me`, socket handshake and assignment reads a user by id, so this one is a named prepared
   * statement on the pool, without the query builder (which cost most of the CPU of a trivial query).
   */
  async user(organizationId: string, id: string, manager?: EntityManager): Promise<UserEntity | null> {
    // Inside a transaction, on its own connection (never a second pool connection per transaction).
    if (manager) return manager.getRepository(UserEntity).findOneBy({ organizationId, id });
    const pool = (this.db.driver as unknown as { master: { query: (q: object) => Promise<{ rows: Record<string, unknown>[] }> } }).master;
    const { rows } = await pool.query({
      name: 'lifeline-user-by-id',
      text: `SELECT organization_id, id, email, name, password_hash, role, languages, availability, max_open_tickets,
                    last_assigned_at, is_active, version, created_at, updated_at
               FROM users WHERE organization_id = $1 AND id = $2`,
      values: [organizationId, id],
    });
    const r = rows[0];
    if (!r) return null;
    return Object.assign(new UserEntity(), {
      organizationId: r.organization_id,
      id: r.id,
      email: r.email,
      name: r.name,
      passwordHash: r.password_hash,
      role: r.role,
      languages: r.languages,
      availability: r.availability,
      maxOpenTickets: r.max_open_tickets,
      lastAssignedAt: r.last_assigned_at,
      isActive: r.is_active,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    } as UserEntity);
  }

  /** Keyset page of an organisation's users ordered by e-mail (unique), never OFFSET. */
  usersPage(organizationId: string, first: number, afterEmail?: string): Promise<UserEntity[]> {
    const q = this.db
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('u.organization_id = :organizationId', { organizationId })
      .orderBy('u.email', 'ASC')
      .limit(first + 1);
    if (afterEmail !== undefined) q.andWhere('u.email > :afterEmail', { afterEmail });
    return q.getMany();
  }
}
