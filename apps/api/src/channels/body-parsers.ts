import type { FastifyInstance } from 'fastify';

/** JSON arrays posted by connectors; everything else keeps the global 1 MB JSON limit. */
export const INGEST_JSON_BODY_LIMIT = 10 * 1024 * 1024;
/** The routes that take JSON arrays of marketplace rows (or a JSON performance report). */
const ARRAY_ROUTES = /^\/api\/v1\/(orders|feedback|claims|returns|imports\/:reportType)$/;
/** Report files are streamed, never buffered; this caps how much of one is read. */
export const IMPORT_MAX_BYTES = 1024 * 1024 * 1024;

export const RAW_FILE_TYPES = [
  'text/tab-separated-values',
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

/**
 * Called on the Fastify instance before Nest registers routes: report files reach the handler as the raw
 * request stream (read row by row by the importers), and the marketplace-data routes get a 10 MB JSON limit.
 */
export function registerIngestBodyParsers(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    if (ARRAY_ROUTES.test(route.url)) route.bodyLimit = INGEST_JSON_BODY_LIMIT;
  });
  // Fastify's default text/plain parser buffers the body as a string; report files are streamed instead.
  if (fastify.hasContentTypeParser('text/plain')) fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser(RAW_FILE_TYPES, (_request, payload, done) => done(null, payload));
}
