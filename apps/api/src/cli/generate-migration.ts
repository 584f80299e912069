import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createDataSource, connectAndMigrate } from '../database/data-source';
import { withScratchDatabase } from '../database/scratch-database';

/**
 * Writes a migration with the SQL that brings a freshly migrated database to the entities' schema
 * (the same diff TypeORM's `migration:generate` computes), against a throwaway database.
 * Usage: npm run migration:generate -- AddTickets
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    throw new Error('Usage: npm run migration:generate -- <PascalCaseName>');
  }
  await withScratchDatabase(async (url) => {
    const ds = createDataSource(url);
    await connectAndMigrate(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    await ds.destroy();
    if (sql.upQueries.length === 0) {
      console.log('The migrations already match the entities: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const quote = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const up = sql.upQueries.map((q) => `    await q.query(${quote(q.query)});`).join('\n');
    const down = sql.downQueries.reverse().map((q) => `    await q.query(${quote(q.query)});`).join('\n');
    const kebab = name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    const file = join(process.cwd(), 'apps/api/src/database/migrations', `${timestamp}-${kebab}.ts`);
    await writeFile(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${name}${timestamp} implements MigrationInterface {\n  name = '${name}${timestamp}';\n\n  async up(q: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
    );
    await writeMigrationIndex(join(process.cwd(), 'apps/api/src/database/migrations'));
    console.log(`Wrote ${file} and listed it in migrations/index.ts.`);
  });
}

/** Lists every migration file, oldest first, in migrations/index.ts. */
async function writeMigrationIndex(dir: string): Promise<void> {
  const files = (await readdir(dir)).filter((f) => /^\d+-[a-z0-9-]+\.ts$/.test(f)).sort();
  const entries = files.map((f) => {
    const base = f.replace(/\.ts$/, '');
    const [stamp, ...words] = base.split('-');
    const cls = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') + stamp;
    return { base, cls };
  });
  const body =
    entries.map((e) => `import { ${e.cls} } from './${e.base}';`).join('\n') +
    '\n\n/** Migrations in order. New ones are generated with `npm run migration:generate -- <Name>`. */\n' +
    `export const MIGRATIONS = [${entries.map((e) => e.cls).join(', ')}];\n`;
  await writeFile(join(dir, 'index.ts'), body);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
