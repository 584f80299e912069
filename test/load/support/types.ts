/** Shapes shared by the bench orchestrator, the baselines and the entries. */

export interface BenchConfig {
  /** Measured seconds per target (BENCH_SECONDS). */
  seconds: number;
  /** Warm-up seconds per target before measuring (BENCH_WARMUP_SECONDS). */
  warmupSeconds: number;
  /** HTTP connections the load generator keeps open (BENCH_CONNECTIONS). */
  connections: number;
  /** Concurrent PostgreSQL clients in the INSERT baseline, like pgbench -c (BENCH_PG_CLIENTS). */
  pgClients: number;
  /** Also run the pgbench binary for reference when it is installed (BENCH_PGBENCH, default on). */
  pgbench: boolean;
  /** Re-measure fastify hello after the entries to show drift (BENCH_RECHECK, default on). */
  recheck: boolean;
  /** Where the JSON report goes (BENCH_OUTPUT). */
  output: string;
}

/** One HTTP load run, as the autocannon wrapper reports it. */
export interface HttpLoadResult {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  durationSeconds: number;
  /** Requests written to the socket, answered or not (the difference to `requests` was in flight at the end). */
  sent: number;
  /** Responses per HTTP status code. */
  statusCodes: Record<string, number>;
  /** Every response time in ms, when asked for (collectLatencies). */
  latenciesMs?: number[];
}

/** A measured reference figure that entries are divided by. */
export interface Baseline {
  name: string;
  metric: string;
  value: number;
  unit: string;
  latencyP50Ms?: number;
  latencyP99Ms?: number;
  notes: string;
}

export interface Baselines {
  /** Bare Fastify `GET /` → `{"hello":"world"}` in a child process: the ceiling for HTTP entries. */
  fastifyHello: Baseline;
  /** Single-row autocommit INSERTs from K concurrent clients: the ceiling for write entries. */
  pgInsert: Baseline;
  /** pgbench's own figure for the same INSERT, when the binary exists (reference only, not used in ratios). */
  pgbench?: Baseline;
  /**
   * Fastify hello measured again after the entries: how much the machine drifted during the run, i.e.
   * the error bar on every ratio (shared and virtual machines vary by tens of percent). Not used in ratios.
   */
  fastifyHelloRecheck?: Baseline;
}

/** What every entry returns; `ratio` = value / baseline.value, `pass` = ratio ≥ goal. */
export interface EntryResult {
  name: string;
  metric: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number; unit: string };
  ratio: number;
  goal: number;
  pass: boolean;
  latencyP50Ms?: number;
  latencyP99Ms?: number;
  notes: string;
  /** Further figures of the entry (sub-measurements, EXPLAIN output …), kept in the JSON report only. */
  details?: Record<string, unknown>;
}

export interface RunningApi {
  url: string;
  /** Logs in through the GraphQL `login` mutation and returns the bearer token. */
  login(email: string, password?: string): Promise<string>;
}

export interface BenchDatabaseInfo {
  /** The bench database (fresh, dropped afterwards). */
  url: string;
  name: string;
  /** `SHOW server_version`. */
  serverVersion: string;
  /** `embedded` or the environment variable the server came from. */
  source: string;
}

export interface BenchContext {
  config: BenchConfig;
  api: RunningApi;
  database: BenchDatabaseInfo;
  baselines: Baselines;
  progress(message: string): void;
}

export interface BenchEntry {
  name: string;
  run(ctx: BenchContext): Promise<EntryResult>;
}
