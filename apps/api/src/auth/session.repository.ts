import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.tokens';
import { SessionEntity } from './entities/session.entity';

@Injectable()
export class SessionRepository {
  constructor(@Inject(DATA_SOURCE) private readonly db: DataSource) {}

  async create(organizationId: string, userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.db.getRepository(SessionEntity).insert({ organizationId, userId, tokenHash, expiresAt });
  }

  /**
   * Revokes a live session in one statement and returns it, so a refresh token used twice at the same
   * moment succeeds once.
   */
  async revokeLive(tokenHash: string): Promise<{ organizationId: string; userId: string } | null> {
    const rows: { organization_id: string; user_id: string }[] = await this.db.query(
      `WITH revoked AS (
         UPDATE sessions SET revoked_at = now()
          WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > now()
          RETURNING organization_id, user_id)
       SELECT * FROM revoked`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { organizationId: row.organization_id, userId: row.user_id } : null;
  }

  async deleteExpired(before: Date): Promise<number> {
    const rows: { n: string }[] = await this.db.query(
      `WITH gone AS (DELETE FROM sessions WHERE expires_at < $1 RETURNING 1) SELECT count(*) AS n FROM gone`,
      [before],
    );
    return Number(rows[0]?.n ?? 0);
  }
}
