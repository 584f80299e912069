import autocannon from 'autocannon';
import type { HttpLoadResult } from './types';

export interface HttpLoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
}

/**
 * Runs autocannon in this process (the target is always a child process) and reduces its result to
 * the figures the report uses. Counts are over the measured window only.
 */
export async function runHttpLoad(opts: HttpLoadOptions): Promise<HttpLoadResult> {
  const result = await autocannon({
    url: opts.url,
    method: opts.method ?? 'GET',
    headers: opts.headers,
    body: opts.body,
    connections: opts.connections,
    duration: opts.seconds,
    pipelining: 1,
    timeout: 10,
  });
  const durationSeconds = result.duration || opts.seconds;
  return {
    // Only 2xx answers count as served; errors and other statuses are reported beside the figure.
    requestsPerSecond: result['2xx'] / durationSeconds,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    durationSeconds,
  };
}

/** Describes what went wrong in a load run, or '' when every request got a 2xx. */
export function loadProblems(r: HttpLoadResult): string {
  const parts: string[] = [];
  if (r.errors) parts.push(`${r.errors} errors`);
  if (r.timeouts) parts.push(`${r.timeouts} timeouts`);
  if (r.non2xx) parts.push(`${r.non2xx} non-2xx`);
  return parts.join(', ');
}
