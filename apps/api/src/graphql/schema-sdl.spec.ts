import { readFile } from 'node:fs/promises';
import { buildSchemaSdl, SCHEMA_FILE } from './schema-sdl';

describe('schema.gql', () => {
  it('is exactly what the code-first resolvers produce (run `npm run schema:generate` after changing them)', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    expect(await buildSchemaSdl()).toBe(committed);
  });
});
