/** Injection token of the application's TypeORM DataSource (connected and migrated). */
export const DATA_SOURCE = Symbol('DATA_SOURCE');

/** Injection token of the connection URL the DataSource uses (the embedded server's when DATABASE_URL is unset). */
export const DATABASE_URL = Symbol('DATABASE_URL');
