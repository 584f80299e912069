import { createHash } from 'node:crypto';
import { Readable, Transform } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../database/database.tokens';
import { ALL_FAMILIES } from '../../health/health-metrics.service';
import { HealthRecomputeService } from '../../health/health-recompute.service';
import { HealthRepository } from '../../health/health.repository';
import { RiskRecomputeService } from '../../risk/risk-recompute.service';
import { TenancyRepository } from '../../tenancy/tenancy.repository';
import type { StoreCaller } from '../../tenancy/store-api-key.service';
import { IMPORT_MAX_BYTES } from '../body-parsers';
import { KINDS } from '../ingest/ingest.kinds';
import { describeIssues } from '../ingest/ingest.schemas';
import { IngestService, UPSERT_BATCH } from '../ingest/ingest.service';
import { restError } from '../rest-errors';
import { parsePerformanceReport } from './performance-report';
import { ReportFileError } from './report-error';
import { ReportImportRepository, type ReportImportRow } from './report-import.repository';
import { TABULAR_REPORTS, type TabularReport } from './tabular-reports';
import { tabularRows, type TabularFormat } from './tabular-rows';

export const PERFORMANCE_REPORT = 'GET_V2_SELLER_PERFORMANCE_REPORT';
/** A performance report is one small JSON document; it is read whole, up to this size. */
const MAX_JSON_REPORT_BYTES = 20 * 1024 * 1024;

export const REPORT_TYPES = [...Object.keys(TABULAR_REPORTS), PERFORMANCE_REPORT];

export interface ImportResult {
  importId: string;
  reportType: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  /** true when this exact file was imported before: the first result, nothing written. */
  repeat: boolean;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Thrown inside the transaction to roll back a file that was imported before. */
class RepeatImport extends Error {
  constructor(readonly first: ReportImportRow) {
    super('repeat');
  }
}

/** Hashes and counts the bytes as they stream past, and stops a file over the limit. */
function meter(source: Readable, limit: number): { stream: Readable; sha256: () => string; bytes: () => number } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > limit) return done(new ReportFileError(null, null, `is larger than ${Math.round(limit / 1024 / 1024)} MB`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  source.on('error', (e) => stream.destroy(e));
  source.pipe(stream);
  return { stream, sha256: () => hash.digest('hex'), bytes: () => bytes };
}

const toResult = (r: ReportImportRow, repeat: boolean): ImportResult => ({
  importId: r.id,
  reportType: r.report_type,
  rows: r.rows,
  created: r.created,
  updated: r.updated,
  unchanged: r.unchanged,
  repeat,
});

/**
 * Report file import: the file streams through a parser row by row into batched upserts, all inside one
 * transaction, so a bad row anywhere (reported with its row and column) leaves nothing half-imported.
 */
@Injectable()
export class ReportImportService {
  constructor(
    @Inject(DATA_SOURCE) private readonly db: DataSource,
    private readonly ingest: IngestService,
    private readonly health: HealthRepository,
    private readonly recompute: HealthRecomputeService,
    private readonly tenancy: TenancyRepository,
    private readonly imports: ReportImportRepository,
    private readonly risk: RiskRecomputeService,
  ) {}

  async import(caller: StoreCaller, reportType: string, contentType: string | undefined, body: unknown): Promise<ImportResult> {
    const type = reportType.toUpperCase();
    if (!REPORT_TYPES.includes(type)) {
      throw restError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `Unknown report type ${reportType}; supported: ${REPORT_TYPES.join(', ')}.`);
    }
    const store = await this.tenancy.store(caller.organizationId, caller.storeId);
    if (!store) throw restError(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'The store was not found.');
    try {
      if (type === PERFORMANCE_REPORT) return await this.importPerformanceReport(caller, store.marketplaceId, body);
      const report = TABULAR_REPORTS[type]!;
      const format = this.formatOf(report, contentType);
      if (!(body instanceof Readable)) throw new ReportFileError(null, null, 'must be sent as the raw file body (e.g. content-type text/tab-separated-values)');
      // North American marketplaces write month-first short dates, the others day-first (report-dates.ts).
      return await this.importTabular(caller, type, report, format, body, { dayFirst: store.region !== 'NA' });
    } catch (e) {
      if (e instanceof ReportFileError) {
        throw restError(HttpStatus.BAD_REQUEST, 'BAD_USER_INPUT', `${type}: ${e.message}. Nothing was imported.`, { row: e.row, column: e.column });
      }
      throw e;
    }
  }

  private formatOf(report: TabularReport, contentType: string | undefined): TabularFormat {
    const mime = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    const format: TabularFormat | null =
      mime === 'text/tab-separated-values' ? 'TSV' : mime === 'text/csv' ? 'CSV' : mime === XLSX_TYPE ? 'XLSX' : (report.formats[0] ?? null);
    if (!format || !report.formats.includes(format)) {
      throw new ReportFileError(null, null, `must be ${report.formats.join(' or ')}, not ${mime || 'unknown content'}`);
    }
    return format;
  }

  private async importTabular(
    caller: StoreCaller,
    reportType: string,
    report: TabularReport,
    format: TabularFormat,
    body: Readable,
    ctx: { dayFirst: boolean },
  ): Promise<ImportResult> {
    const metered = meter(body, IMPORT_MAX_BYTES);
    const spec = KINDS[report.kind];
    try {
      return await this.db.transaction(async (manager) => {
        let batch = new Map<string, Record<string, unknown>>();
        const changedOrders = new Set<string>();
        let rows = 0;
        const totals = { created: 0, updated: 0, written: 0 };
        const flush = async () => {
          if (batch.size === 0) return;
          const r = await this.ingest.write(manager, caller, report.kind, [...batch.values()], report.columns, changedOrders);
          totals.created += r.created.length;
          totals.updated += r.updated.length;
          totals.written += batch.size;
          batch = new Map();
        };
        for await (const line of tabularRows(metered.stream, format, report.required)) {
          const input = report.toInput(line, ctx);
          if (!input) continue;
          const parsed = spec.schema.safeParse(input);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            const field = String(issue.path[0] ?? '');
            throw new ReportFileError(line.row, report.fieldColumns[field] ?? (field || null), describeIssues(parsed.error).replace(/^[^:]*: /, ''));
          }
          const row = spec.toRow(parsed.data as never);
          const key = spec.key(row);
          const earlier = batch.get(key);
          if (earlier && report.merge) report.merge(earlier, row);
          else {
            // One statement cannot touch a key twice; a later line of the same record replaces the earlier.
            if (!earlier && batch.size >= UPSERT_BATCH) await flush();
            batch.set(key, row);
          }
          rows++;
        }
        await flush();
        return this.finish(
          manager,
          caller,
          reportType,
          metered,
          { rows, ...totals, unchanged: totals.written - totals.created - totals.updated },
          spec.families,
          changedOrders,
        );
      });
    } catch (e) {
      if (e instanceof RepeatImport) return toResult(e.first, true);
      throw e;
    } finally {
      body.resume(); // drain what is left of an aborted upload
    }
  }

  private async importPerformanceReport(caller: StoreCaller, marketplaceId: string, body: unknown): Promise<ImportResult> {
    let text: string;
    if (body instanceof Readable) {
      const metered = meter(body, MAX_JSON_REPORT_BYTES);
      const chunks: Buffer[] = [];
      for await (const chunk of metered.stream) chunks.push(chunk as Buffer);
      text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
    } else if (body !== undefined && body !== null) {
      text = JSON.stringify(body);
    } else {
      throw new ReportFileError(null, null, 'is empty');
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      const position = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? Number.NaN);
      const before = Number.isFinite(position) ? text.slice(0, position) : '';
      const row = Number.isFinite(position) ? before.split('\n').length : null;
      const column = Number.isFinite(position) ? String(position - before.lastIndexOf('\n')) : null;
      throw new ReportFileError(row, column, `is not valid JSON (${(e as Error).message})`);
    }
    const parsed = parsePerformanceReport(json, marketplaceId);
    const sha256 = createHash('sha256').update(text).digest('hex');
    try {
      return await this.db.transaction(async (manager) => {
        await this.health.insertPerformanceReport(manager, caller.organizationId, caller.storeId, { contentSha256: sha256, ...parsed });
        const now = Date.now();
        await this.health.insertAccountStatusNotices(
          manager,
          caller.organizationId,
          caller.storeId,
          parsed.accountStatuses.map((s) => ({
            noticeKey: `report:${sha256}:${s.marketplaceId ?? ''}`,
            marketplaceId: s.marketplaceId,
            status: s.status,
            previousStatus: null,
            source: 'PERFORMANCE_REPORT',
            receivedAt: now,
          })),
        );
        const figures = parsed.figures.length;
        // The report's targets win over the default lines, so every metric's status may move.
        return this.finish(manager, caller, PERFORMANCE_REPORT, { sha256: () => sha256, bytes: () => Buffer.byteLength(text) }, { rows: figures, created: figures, updated: 0, unchanged: 0 }, ALL_FAMILIES);
      });
    } catch (e) {
      if (e instanceof RepeatImport) return toResult(e.first, true);
      throw e;
    }
  }

  /** Records the import (or rolls back a repeat of the same file) and recomputes what it can move. */
  private async finish(
    manager: EntityManager,
    caller: StoreCaller,
    reportType: string,
    content: { sha256: () => string; bytes: () => number },
    counts: { rows: number; created: number; updated: number; unchanged: number },
    families: readonly (typeof ALL_FAMILIES)[number][],
    changedOrders: ReadonlySet<string> = new Set(),
  ): Promise<ImportResult> {
    const sha256 = content.sha256();
    const first = await this.imports.find(manager, caller.organizationId, caller.storeId, reportType, sha256);
    if (first) throw new RepeatImport(first);
    if (counts.created + counts.updated > 0) await this.recompute.recompute(manager, caller.organizationId, caller.storeId, families);
    // Scoped to the orders the file changed, scored a chunk at a time (RiskRecomputeService).
    await this.risk.ordersChanged(manager, caller.organizationId, caller.storeId, [...changedOrders]);
    const row = await this.imports.insert(manager, caller.organizationId, caller.storeId, { reportType, sha256, bytes: content.bytes(), ...counts });
    return toResult(row, false);
  }
}
