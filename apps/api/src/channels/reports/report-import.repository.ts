import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ReportImportRow {
  id: string;
  report_type: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  created_at: Date;
}

/** The only place report imports are recorded. */
@Injectable()
export class ReportImportRepository {
  async find(manager: EntityManager, organizationId: string, storeId: string, reportType: string, sha256: string): Promise<ReportImportRow | null> {
    const rows: ReportImportRow[] = await manager.query(
      `SELECT id, report_type, rows, created, updated, unchanged, created_at FROM report_imports
        WHERE organization_id = $1 AND store_id = $2 AND report_type = $3 AND content_sha256 = $4`,
      [organizationId, storeId, reportType, sha256],
    );
    return rows[0] ?? null;
  }

  async insert(
    manager: EntityManager,
    organizationId: string,
    storeId: string,
    r: { reportType: string; sha256: string; bytes: number; rows: number; created: number; updated: number; unchanged: number },
  ): Promise<ReportImportRow> {
    const rows: ReportImportRow[] = await manager.query(
      `INSERT INTO report_imports (organization_id, store_id, report_type, content_sha256, byte_count, rows, created, updated, unchanged)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id, report_type, rows, created, updated, unchanged, created_at`,
      [organizationId, storeId, r.reportType, r.sha256, r.bytes, r.rows, r.created, r.updated, r.unchanged],
    );
    return rows[0]!;
  }
}
