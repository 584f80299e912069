import type { EntityManager } from 'typeorm';

/**
 * Shared SQL for the idempotent ingest of marketplace rows (ARCHITECTURE.md "Idempotent ingest"), used by
 * the feature repositories only. One statement per batch: rows arrive as one jsonb parameter, conflict on
 * the row's key per store, and a row whose values did not change is not written at all.
 */
export interface BulkUpsertSpec {
  table: string;
  /** Key columns after organization_id and store_id; a unique index must cover exactly these. */
  keyColumns: readonly string[];
  /** Every column a row carries (key columns included) with its PostgreSQL type. */
  columns: readonly { name: string; type: string }[];
}

export interface BulkUpsertResult {
  /** Keys (key columns joined by a tab) of inserted and of changed rows. */
  created: string[];
  updated: string[];
}

const IDENT = /^[a-z_][a-z0-9_]*$/;

export function rowKey(values: readonly unknown[]): string {
  return values.map((v) => String(v)).join('\t');
}

/**
 * Inserts or updates `rows` (objects keyed by column name) for one store. `updateColumns` names the columns
 * this source may overwrite: a report that does not carry a field never clears what another source set.
 * Rows must have distinct keys.
 */
export async function bulkUpsert(
  manager: EntityManager,
  spec: BulkUpsertSpec,
  organizationId: string,
  storeId: string,
  rows: readonly Record<string, unknown>[],
  updateColumns: readonly string[],
): Promise<BulkUpsertResult> {
  if (rows.length === 0) return { created: [], updated: [] };
  for (const c of [spec.table, ...spec.keyColumns, ...spec.columns.map((x) => x.name), ...updateColumns]) {
    if (!IDENT.test(c)) throw new Error(`bulkUpsert: bad identifier ${c}`);
  }
  const names = spec.columns.map((c) => c.name);
  const recordType = spec.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const updates = updateColumns.filter((c) => !spec.keyColumns.includes(c));
  const setClause = [...updates.map((c) => `${c} = EXCLUDED.${c}`), 'updated_at = now()'].join(', ');
  const changed = updates.length
    ? `WHERE (${updates.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${updates.map((c) => `EXCLUDED.${c}`).join(', ')})`
    : 'WHERE false';
  const sql = `
    INSERT INTO ${spec.table} AS t (organization_id, store_id, ${names.join(', ')})
    SELECT $1, $2, ${names.map((n) => `r.${n}`).join(', ')} FROM jsonb_to_recordset($3::jsonb) AS r(${recordType})
    ON CONFLICT (organization_id, store_id, ${spec.keyColumns.join(', ')}) DO UPDATE SET ${setClause}
    ${changed}
    RETURNING ${spec.keyColumns.map((k) => `t.${k}::text AS ${k}`).join(', ')}, (t.xmax = 0) AS inserted`;
  const out: Record<string, unknown>[] = await manager.query(sql, [organizationId, storeId, JSON.stringify(rows)]);
  const result: BulkUpsertResult = { created: [], updated: [] };
  for (const r of out) {
    const key = rowKey(spec.keyColumns.map((k) => r[k]));
    (r.inserted ? result.created : result.updated).push(key);
  }
  return result;
}
