import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { startLifeline, type RunningLifeline } from '../../apps/api/src/bootstrap';
import { createTestDatabase } from './database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';

export interface TestServer {
  url: string;
  databaseUrl: string;
  dataSource: DataSource;
  /** The Nest application, for tests that drive a service directly (e.g. a periodic job). */
  app: RunningLifeline['app'];
  /** A direct client for assertions on what was (not) written. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Boots the real API (Fastify, GraphQL, socket.io) in this process on a free port, against a fresh
 * database cloned from the migrated template.
 */
export async function startTestServer(opts: { seedDemo?: boolean; serveConsole?: boolean; env?: Record<string, string> } = {}): Promise<TestServer> {
  const db = await createTestDatabase();
  const running = await startLifeline(
    {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      HOST: '127.0.0.1',
      PORT: '0',
      JWT_SECRET: TEST_JWT_SECRET,
      SEED_DEMO: opts.seedDemo === false ? 'false' : 'true',
      CONSOLE_DIR: opts.serveConsole ? 'dist/console' : join(tmpdir(), 'lifeline-no-console'),
      LIFELINE_DATA_DIR: await mkdtemp(join(tmpdir(), 'lifeline-test-data-')),
      DATABASE_POOL_SIZE: '5',
      ...opts.env,
    },
    { logger: opts.env?.LOG_LEVEL === 'debug' },
  );
  const client = new Client({ connectionString: db.url });
  client.on('error', () => undefined); // a test may cut connections on purpose (system.e2e-spec.ts)
  await client.connect();
  return {
    url: running.url,
    databaseUrl: db.url,
    dataSource: running.dataSource,
    app: running.app,
    sql: async (text, params) => (await client.query(text, params as unknown[])).rows,
    close: async () => {
      await client.end();
      await running.close();
      await db.drop();
    },
  };
}
