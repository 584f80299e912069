import { readFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { connectAndMigrate, createDataSource } from '../../apps/api/src/database/data-source';
import { startLifeline } from '../../apps/api/src/bootstrap';
import { createTestDatabase } from '../support/database';
import { TEST_JWT_SECRET } from '../support/server';

describe('drift between code, migrations and the committed contract', () => {
  it('the migrations build exactly the schema the entities describe (else: npm run migration:generate)', async () => {
    const db = await createTestDatabase();
    const ds = createDataSource(db.url);
    try {
      await connectAndMigrate(ds);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('the running API serves the schema committed in libs/api-contract/schema.gql', async () => {
    const db = await createTestDatabase();
    const running = await startLifeline(
      { NODE_ENV: 'test', DATABASE_URL: db.url, HOST: '127.0.0.1', PORT: '0', JWT_SECRET: TEST_JWT_SECRET, SEED_DEMO: 'false' },
      { logger: false },
    );
    try {
      const live = printSchema(lexicographicSortSchema(running.app.get(GraphQLSchemaHost).schema));
      const committed = await readFile('libs/api-contract/schema.gql', 'utf8');
      expect(committed.replace(/^#.*\n/gm, '').trim()).toBe(live.trim());
    } finally {
      await running.close();
      await db.drop();
    }
  });
});
