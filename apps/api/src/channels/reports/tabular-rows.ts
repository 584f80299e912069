import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { ReportFileError } from './report-error';

/** One data row keyed by the file's own (trimmed, lower-cased) header names, with its 1-based file row. */
export interface TabularRow {
  row: number;
  cells: Map<string, string>;
}

export type TabularFormat = 'TSV' | 'CSV' | 'XLSX';

/**
 * Reads a delimited file row by row from the stream (never the whole file). Amazon's flat files are
 * tab-separated without quoting, so quotes inside a comment are text; CSV follows RFC 4180.
 */
export async function* delimitedRows(stream: Readable, format: 'TSV' | 'CSV', required: readonly string[]): AsyncGenerator<TabularRow> {
  const parser = stream.pipe(
    parse({
      delimiter: format === 'TSV' ? '\t' : ',',
      quote: format === 'TSV' ? false : '"',
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  let header: string[] | null = null;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!header) {
        header = record.map((h) => h.trim().toLowerCase());
        checkHeader(header, required);
        continue;
      }
      if (record.every((c) => c.trim() === '')) continue;
      if (record.length > header.length && record.slice(header.length).some((c) => c.trim() !== '')) {
        throw new ReportFileError(info.lines, null, `has ${record.length} fields, the header ${header.length}`);
      }
      yield { row: info.lines, cells: new Map(header.map((h, i) => [h, (record[i] ?? '').trim()])) };
    }
  } catch (e) {
    if (e instanceof ReportFileError) throw e;
    const err = e as { lines?: number; message?: string };
    throw new ReportFileError(err.lines ?? null, null, `not a readable ${format} file (${err.message ?? 'parse error'})`);
  }
  if (!header) throw new ReportFileError(null, null, 'is empty: expected a header row');
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
  }
  return String(value);
}

/** Reads the first worksheet of an .xlsx file row by row with exceljs' streaming reader (styles cached: they tell dates from numbers). */
export async function* xlsxRows(stream: Readable, required: readonly string[]): AsyncGenerator<TabularRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache' });
  let header: string[] | null = null;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1).map(cellText);
        if (!header) {
          header = values.map((h) => h.trim().toLowerCase());
          checkHeader(header, required);
          continue;
        }
        if (values.every((v) => v.trim() === '')) continue;
        yield { row: row.number, cells: new Map(header.map((h, i) => [h, (values[i] ?? '').trim()])) };
      }
      break; // the first worksheet only
    }
  } catch (e) {
    if (e instanceof ReportFileError) throw e;
    throw new ReportFileError(null, null, `not a readable XLSX workbook (${(e as Error).message})`);
  }
  if (!header) throw new ReportFileError(null, null, 'is empty: expected a header row');
}

export function tabularRows(stream: Readable, format: TabularFormat, required: readonly string[]): AsyncGenerator<TabularRow> {
  return format === 'XLSX' ? xlsxRows(stream, required) : delimitedRows(stream, format, required);
}

/** Every required column ('a|b' = either) must be in the header row. */
function checkHeader(header: readonly string[], required: readonly string[]): void {
  for (const names of required) {
    if (!names.split('|').some((n) => header.includes(n))) {
      throw new ReportFileError(1, names.split('|')[0]!, 'is missing from the header row');
    }
  }
}
