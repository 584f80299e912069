import { refreshSession } from './graphql-client';
import { sessionStore } from './session-store';

export const REPORT_TYPES = [
  'GET_SELLER_FEEDBACK_DATA',
  'GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE',
  'GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA',
  'GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL',
  'GET_V2_SELLER_PERFORMANCE_REPORT',
  'LIFELINE_A_TO_Z_CLAIMS',
  'LIFELINE_CHARGEBACKS',
] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export interface ImportResult {
  importId: string;
  reportType: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  repeat: boolean;
}

/** What the API says about a file it refused: the row and column when one is to blame. */
export class ImportError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly row: number | null = null,
    readonly column: string | null = null,
  ) {
    super(message);
  }
}

/** The content type a report file is sent with, from its type and name. */
export function contentTypeFor(reportType: ReportType, fileName: string): string {
  if (/\.xlsx$/i.test(fileName)) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (reportType === 'GET_V2_SELLER_PERFORMANCE_REPORT') return 'text/plain';
  if (/\.csv$/i.test(fileName) || reportType.startsWith('LIFELINE_')) return 'text/csv';
  return 'text/tab-separated-values';
}

function send(url: string, file: File, contentType: string, token: string | undefined, onProgress: (sent: number, total: number) => void): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    // XMLHttpRequest, not fetch: only it reports upload progress.
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('content-type', contentType);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // not JSON: keep the status
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ImportError(0, 'network'));
    xhr.send(file);
  });
}

/** Uploads a report file for a store as the signed-in user; refreshes the session once if it expired. */
export async function uploadReport(storeId: string, reportType: ReportType, file: File, onProgress: (sent: number, total: number) => void): Promise<ImportResult> {
  const url = `/api/v1/console/imports/${encodeURIComponent(storeId)}/${reportType}`;
  const type = contentTypeFor(reportType, file.name);
  let response = await send(url, file, type, sessionStore.get()?.token, onProgress);
  if (response.status === 401 && (await refreshSession())) response = await send(url, file, type, sessionStore.get()?.token, onProgress);
  if (response.status === 200) return response.body as unknown as ImportResult;
  const message = typeof response.body.message === 'string' ? response.body.message : `HTTP ${response.status}`;
  throw new ImportError(response.status, message, typeof response.body.row === 'number' ? response.body.row : null, typeof response.body.column === 'string' ? response.body.column : null);
}
