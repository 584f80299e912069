import { Foundation1795438763750 } from './1795438763750-foundation';

/** Migrations in order. New ones are generated with `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [Foundation1795438763750];
