import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { withDatabaseName } from '../../apps/api/src/database/scratch-database';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function server(): { serverUrl: string; template: string } {
  const serverUrl = process.env.LIFELINE_TEST_SERVER_URL;
  const template = process.env.LIFELINE_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('test/support/global-setup.ts did not run (use the api or browser jest project)');
  return { serverUrl, template };
}

/** A fresh database cloned from the migrated template: real PostgreSQL, real migrations, no mocks. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const { serverUrl, template } = server();
  const name = `${template}_t${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        break;
      } catch (e) {
        // Two files cloning the template at the same instant: PostgreSQL asks the second to wait.
        if (attempt < 20 && /being accessed by other users/.test(String(e))) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw e;
      }
    }
  } finally {
    await admin.end();
  }
  return {
    name,
    url: withDatabaseName(serverUrl, name),
    drop: async () => {
      const c = new Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
