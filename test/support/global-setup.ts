import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { connectAndMigrate, createDataSource } from '../../apps/api/src/database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../apps/api/src/database/embedded-postgres';
import { withDatabaseName } from '../../apps/api/src/database/scratch-database';

declare global {
  var __lifelineEmbedded: EmbeddedDatabase | undefined;
}

/**
 * Once per jest run: a real PostgreSQL (TEST_DATABASE_URL's server, or an embedded one on a free port)
 * and a template database with every migration applied. Each test file clones the template
 * (test/support/database.ts), so files are isolated and nothing is migrated twice.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.LIFELINE_TEST_TEMPLATE) return; // a second project in the same run
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = await mkdtemp(join(tmpdir(), 'lifeline-test-pg-'));
    await chmod(dir, 0o755); // the cluster runs as the postgres user when tests run as root
    globalThis.__lifelineEmbedded = await startEmbeddedPostgres(dir);
    serverUrl = globalThis.__lifelineEmbedded.url;
  }
  const template = `lifeline_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();
  const ds = createDataSource(withDatabaseName(serverUrl, template));
  await connectAndMigrate(ds);
  await ds.destroy();
  process.env.LIFELINE_TEST_SERVER_URL = serverUrl;
  process.env.LIFELINE_TEST_TEMPLATE = template;
}
