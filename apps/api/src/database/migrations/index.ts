import { Foundation1795439290294 } from './1795439290294-foundation';

/** Migrations in order. New ones are generated with `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Foundation1795439290294];
