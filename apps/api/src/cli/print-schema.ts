import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { buildSchemaSdl, SCHEMA_FILE } from '../graphql/schema-sdl';

buildSchemaSdl()
  .then(async (sdl) => {
    await writeFile(SCHEMA_FILE, sdl);
    console.log(`Wrote ${SCHEMA_FILE}; run npm run codegen to refresh the typed documents.`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
