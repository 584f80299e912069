import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../../apps/api/src/database/embedded-postgres';
import { withDatabaseName } from '../../../apps/api/src/database/scratch-database';
import { onCleanup, removeDirectoryOnCleanup } from './cleanup';
import { progress } from './progress';
import type { BenchDatabaseInfo } from './types';

/**
 * A fresh `lifeline_bench_<random>` database: on BENCH_DATABASE_URL's or TEST_DATABASE_URL's server
 * when set (dropped afterwards), otherwise on an embedded PostgreSQL in a temporary directory (server
 * stopped and directory removed afterwards), through the cleanup registry.
 */
export async function createBenchDatabase(): Promise<BenchDatabaseInfo> {
  const fromEnv = process.env.BENCH_DATABASE_URL ? 'BENCH_DATABASE_URL' : process.env.TEST_DATABASE_URL ? 'TEST_DATABASE_URL' : undefined;
  let serverUrl: string;
  if (fromEnv) {
    serverUrl = process.env[fromEnv]!;
    progress(`using the PostgreSQL server from ${fromEnv}`);
  } else {
    progress('starting an embedded PostgreSQL (set BENCH_DATABASE_URL or TEST_DATABASE_URL to use another server)…');
    const dir = await mkdtemp(join(tmpdir(), 'lifeline-bench-pg-'));
    removeDirectoryOnCleanup('embedded PostgreSQL directory', dir);
    await chmod(dir, 0o755); // under root the cluster runs as the postgres user
    const embedded = await startEmbeddedPostgres(dir);
    onCleanup('embedded PostgreSQL', () => embedded.stop());
    serverUrl = embedded.url;
  }

  const name = `lifeline_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    // On the embedded server the whole cluster directory goes; only a shared server needs the DROP.
    if (fromEnv) {
      onCleanup(`database ${name}`, async () => {
        const c = new Client({ connectionString: serverUrl });
        await c.connect();
        try {
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await c.end();
        }
      });
    }
    const { rows } = await admin.query<{ server_version: string }>('SHOW server_version');
    return { url: withDatabaseName(serverUrl, name), name, serverVersion: rows[0]!.server_version, source: fromEnv ?? 'embedded' };
  } finally {
    await admin.end();
  }
}
