import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.LIFELINE_TEST_SERVER_URL;
  const template = process.env.LIFELINE_TEST_TEMPLATE;
  if (!serverUrl || !template) return;
  delete process.env.LIFELINE_TEST_TEMPLATE;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  // Drop the template and any test database a crashed file left behind.
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
    [template, `${template}_t%`],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await admin.end();
  await globalThis.__lifelineEmbedded?.stop();
}
