import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isValidTimeZone } from '@lifeline/domain';
import type { AuthUser } from '../common/auth-user';
import { badUserInput, conflict, notFound } from '../common/errors';
import { checkPageSize, decodeCursor, encodeCursor } from '../common/pagination';
import { DATA_SOURCE } from '../database/database.tokens';
import { OutboxService } from '../realtime/outbox.service';
import type { StoreType, UpdateStoreInput, UserConnection, UserType } from './dto/tenancy.types';
import { toStoreType, toUserType } from './tenancy.mappers';
import { TenancyRepository } from './tenancy.repository';

@Injectable()
export class TenancyService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly repo: TenancyRepository,
    private readonly outbox: OutboxService,
  ) {}

  async me(auth: AuthUser): Promise<UserType> {
    const user = await this.repo.user(auth.organizationId, auth.userId);
    if (!user) throw notFound('Your user');
    return toUserType(user);
  }

  async stores(auth: AuthUser): Promise<StoreType[]> {
    return (await this.repo.storesOf(auth.organizationId)).map(toStoreType);
  }

  async users(auth: AuthUser, first: number, after?: string | null): Promise<UserConnection> {
    checkPageSize(first);
    const afterEmail = after ? String(decodeCursor(after, 1)[0]) : undefined;
    const rows = await this.repo.usersPage(auth.organizationId, first, afterEmail);
    const page = rows.slice(0, first);
    const edges = page.map((u) => ({ cursor: encodeCursor([u.email]), node: toUserType(u) }));
    return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  async updateStore(auth: AuthUser, input: UpdateStoreInput): Promise<StoreType> {
    if (input.timeZone !== undefined && input.timeZone !== null && !isValidTimeZone(input.timeZone)) {
      throw badUserInput('timeZone must be an IANA time zone such as Europe/Berlin.', [
        { field: 'timeZone', message: 'not an IANA time zone' },
      ]);
    }
    return this.db.transaction(async (manager) => {
      if (input.inboundAddress) {
        const holder = await this.repo.storeByInboundAddress(input.inboundAddress, manager);
        if (holder && holder.id !== input.id) {
          throw badUserInput('This address already receives mail for another store.', [{ field: 'inboundAddress', message: 'already in use' }]);
        }
      }
      const result = await this.repo.updateStore(auth.organizationId, input.id, input.version, input, manager);
      if (result.kind === 'not-found') throw notFound('The store');
      if (result.kind === 'conflict') throw conflict('The store', result.currentVersion);
      await this.outbox.append(manager, {
        organizationId: auth.organizationId,
        type: 'store.updated',
        payload: { storeId: result.row.id, version: result.row.version },
      });
      return toStoreType(result.row);
    });
  }
}
