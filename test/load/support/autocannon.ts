import autocannon from 'autocannon';
import type { HttpLoadResult } from './types';

export interface HttpLoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
  /** autocannon request hooks, e.g. a `setupRequest` that gives every request its own body. */
  requests?: autocannon.Request[];
  /** Requests per second over all connections (autocannon `overallRate`); unset = as fast as possible. */
  overallRate?: number;
  /** Also return every response time (client side, ms), for exact percentiles autocannon does not report (p95). */
  collectLatencies?: boolean;
}

/**
 * Runs autocannon in this process (the target is always a child process) and reduces its result to
 * the figures the report uses. Counts are over the measured window only.
 */
export async function runHttpLoad(opts: HttpLoadOptions): Promise<HttpLoadResult> {
  const latencies: number[] = [];
  // Without a callback autocannon returns a promise (typed as such) that is also the event emitter.
  const instance = autocannon({
    url: opts.url,
    method: opts.method ?? 'GET',
    headers: opts.headers,
    body: opts.body,
    connections: opts.connections,
    duration: opts.seconds,
    pipelining: 1,
    timeout: 10,
    ...(opts.requests ? { requests: opts.requests } : {}),
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
  });
  if (opts.collectLatencies) {
    (instance as unknown as autocannon.Instance).on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
    });
  }
  const result = await instance;
  const durationSeconds = result.duration || opts.seconds;
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries((result as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {})) {
    statusCodes[code] = s.count;
  }
  return {
    // Only 2xx answers count as served; errors and other statuses are reported beside the figure.
    requestsPerSecond: result['2xx'] / durationSeconds,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    sent: (result.requests as { sent?: number }).sent ?? result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    durationSeconds,
    statusCodes,
    ...(opts.collectLatencies ? { latenciesMs: latencies } : {}),
  };
}

/** The p-th percentile (0–100) of a list of numbers, nearest-rank; NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Describes what went wrong in a load run, or '' when every request got a 2xx. */
export function loadProblems(r: HttpLoadResult): string {
  const parts: string[] = [];
  if (r.errors) parts.push(`${r.errors} errors`);
  if (r.timeouts) parts.push(`${r.timeouts} timeouts`);
  if (r.non2xx) parts.push(`${r.non2xx} non-2xx`);
  return parts.join(', ');
}
