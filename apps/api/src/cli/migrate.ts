import 'reflect-metadata';
import { parseConfig } from '../config/config.schema';
import { connectAndMigrate, createDataSource } from '../database/data-source';

/** `npm run migrate`: applies pending migrations to DATABASE_URL (the API also does this at start). */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (!config.DATABASE_URL) throw new Error('Set DATABASE_URL to the server to migrate.');
  const ds = createDataSource(config.DATABASE_URL);
  const applied = await connectAndMigrate(ds);
  await ds.destroy();
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date.');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
