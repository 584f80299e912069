import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Logger, ValidationPipe, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { registerIngestBodyParsers } from './channels/body-parsers';
import { badUserInput } from './common/errors';
import { CompensationService } from './compensation/compensation.service';
import { ConsoleModule } from './console/console.module';
import { parseConfig, type AppConfig, type RawConfig } from './config/config.schema';
import { connectAndMigrate, createDataSource } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { withDatabaseName } from './database/scratch-database';
import { LifelineSocketAdapter } from './realtime/socket-adapter';
import { ingestDemoMessages } from './seed/demo-messages';
import { playDemoClaims } from './seed/demo-claims';
import { seedDemo } from './seed/demo-seed';
import { playDemoCompensation } from './seed/demo-compensation';
import { playDemoSlaActivity } from './seed/demo-sla';
import { SlaSweeperService } from './sla/sla-sweeper.service';
import { SlaService } from './sla/sla.service';
import { StoreApiKeyService } from './tenancy/store-api-key.service';
import { MessageIngestService } from './tickets/message-ingest.service';
import { TicketsService } from './tickets/tickets.service';

export interface RunningLifeline {
  app: NestFastifyApplication;
  url: string;
  config: AppConfig;
  dataSource: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Without JWT_SECRET (outside production) a random secret is kept in the data directory. */
async function resolveJwtSecret(raw: RawConfig): Promise<string> {
  if (raw.JWT_SECRET) return raw.JWT_SECRET;
  const file = join(resolve(raw.LIFELINE_DATA_DIR), 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(resolve(raw.LIFELINE_DATA_DIR), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return withDatabaseName(serverUrl, name);
}

/**
 * Starts Lifeline: configuration checked, database (embedded when DATABASE_URL is unset) migrated,
 * demo data seeded where asked, then the HTTP, GraphQL and socket.io server listening.
 */
export async function startLifeline(env: Record<string, string | undefined> = process.env, options: { logger?: boolean } = {}): Promise<RunningLifeline> {
  const raw = parseConfig(env);
  const log = new Logger('Lifeline');
  const logger = options.logger === false ? false : LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(raw.LOG_LEVEL) + 1);
  const config: AppConfig = { ...raw, JWT_SECRET: await resolveJwtSecret(raw) };

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres(config.LIFELINE_DATA_DIR, (m) => options.logger !== false && m && log.debug(m));
    databaseUrl = await ensureDatabase(embedded.url, 'lifeline');
    if (options.logger !== false) log.log(`embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${resolve(config.LIFELINE_DATA_DIR)}`);
  }

  const dataSource = createDataSource(databaseUrl, { poolSize: config.DATABASE_POOL_SIZE });
  try {
    const applied = await connectAndMigrate(dataSource);
    if (applied.length && options.logger !== false) log.log(`applied migrations: ${applied.join(', ')}`);
    const seed = config.SEED_DEMO === 'true' || (config.SEED_DEMO === 'auto' && embedded !== undefined);
    const seeded = seed && (await seedDemo(dataSource));

    const adapter = new FastifyAdapter({ bodyLimit: 1024 * 1024, trustProxy: true });
    registerIngestBodyParsers(adapter.getInstance());
    const app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot(config, dataSource, databaseUrl),
      adapter,
      { logger, abortOnError: false },
    );
    app.useGlobalPipes(
      new ValidationPipe({
        exceptionFactory: (errors) =>
          badUserInput(
            'Some fields are not valid.',
            errors.flatMap((e) => Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message }))),
          ),
      }),
    );
    const socketAdapter = new LifelineSocketAdapter(app, config.REDIS_URL);
    await socketAdapter.connectRedis();
    app.useWebSocketAdapter(socketAdapter);

    const consoleRoot = ConsoleModule.root(config.CONSOLE_DIR);
    if (consoleRoot) {
      await app.register(fastifyStatic, { root: consoleRoot, prefix: '/', wildcard: false, index: ['index.html'] });
    }
    if (seeded) {
      await app.init();
      const keys = app.get(StoreApiKeyService);
      const ingest = app.get(MessageIngestService);
      const messages = await ingestDemoMessages((k) => keys.authenticate(k), (c, m) => ingest.ingest(c, m));
      await playDemoSlaActivity(app.get(TicketsService), app.get(SlaService), dataSource);
      await playDemoClaims(app, dataSource);
      await playDemoCompensation(app.get(CompensationService), dataSource);
      // The demo's overdue clocks fire now, before the server listens, rather than on the next tick.
      await app.get(SlaSweeperService).sweep();
      if (options.logger !== false) log.log(`seeded the demo organisations and ${messages} buyer messages (see README for the logins)`);
    }

    await app.listen(config.PORT, config.HOST);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const url = `http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${port}`;
    return {
      app,
      url,
      config,
      dataSource,
      databaseUrl,
      close: async () => {
        await app.close();
        await embedded?.stop();
      },
    };
  } catch (e) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
    throw e;
  }
}
