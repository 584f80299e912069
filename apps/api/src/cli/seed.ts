import 'reflect-metadata';
import { parseConfig } from '../config/config.schema';
import { connectAndMigrate, createDataSource } from '../database/data-source';
import { seedDemo } from '../seed/demo-seed';

/** `npm run seed`: the explicit demo seed for a server given by DATABASE_URL. */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (!config.DATABASE_URL) throw new Error('Set DATABASE_URL; without it `npm start` seeds its embedded database by itself.');
  const ds = createDataSource(config.DATABASE_URL);
  await connectAndMigrate(ds);
  const seeded = await seedDemo(ds);
  await ds.destroy();
  console.log(seeded ? 'Seeded the demo organisations.' : 'The database already has organisations: nothing seeded.');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
