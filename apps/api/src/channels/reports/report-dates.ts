import { ReportFileError } from './report-error';

/**
 * Dates as Amazon's flat files write them: ISO 8601 (`2026-03-01T08:15:02+00:00`), `2026-03-01`, or the
 * marketplace's short form — month first in North America (`3/1/26`), day first elsewhere (`01/03/26`,
 * `01.03.2026`). A date without a time is taken as midnight UTC.
 */
export function parseReportDate(value: string, dayFirst: boolean, row: number, column: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T00:00:00.000Z`;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(v)) {
    const withZone = /(Z|[+-]\d{2}:?\d{2}| UTC| GMT)$/i.test(v) ? v.replace(/ (UTC|GMT)$/i, 'Z') : `${v}Z`;
    const ms = Date.parse(withZone.replace(' ', 'T'));
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  const short = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/.exec(v);
  if (short) {
    const [a, b, y] = [Number(short[1]), Number(short[2]), Number(short[3])];
    const [day, month] = dayFirst ? [a, b] : [b, a];
    const year = y < 100 ? 2000 + y : y;
    const ms = Date.UTC(year, month - 1, day);
    const d = new Date(ms);
    if (d.getUTCMonth() === month - 1 && d.getUTCDate() === day) return d.toISOString();
  }
  throw new ReportFileError(row, column, `"${value}" is not a date (expected e.g. 2026-03-01T08:15:02Z or ${dayFirst ? '01/03/26' : '3/1/26'})`);
}

export function parseYesNo(value: string, row: number, column: string): boolean {
  const v = value.trim().toLowerCase();
  if (['y', 'yes', 'true', '1'].includes(v)) return true;
  if (['n', 'no', 'false', '0'].includes(v)) return false;
  throw new ReportFileError(row, column, `"${value}" is not Y or N`);
}

export function parseAmount(value: string, row: number, column: string): number {
  const n = Number(value.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new ReportFileError(row, column, `"${value}" is not a number`);
  return n;
}
