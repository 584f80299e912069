import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeDocument, StoresDocument } from '@lifeline/api-contract';
import { findFreePort } from '../../apps/api/src/database/embedded-postgres';
import { gql, login } from '../support/graphql';

const MAIN = 'dist/api/apps/api/src/main.js';

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs the built API exactly as `npm start` does, with no DATABASE_URL: the embedded PostgreSQL. */
async function start(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', TZ: 'UTC', LIFELINE_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not up after 120 s:\n${out}`)), 120_000);
    const check = () => {
      if (out.includes('Lifeline is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${out}`));
    });
  });
  child.removeAllListeners('exit');
  return { child, url: `http://127.0.0.1:${port}`, output: () => out };
}

async function stop(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.once('exit', (code) => resolve(code));
    s.child.kill('SIGTERM');
  });
}

describe('npm start on a machine without DATABASE_URL', () => {
  let dataDir: string;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: npm test builds it (npm run build) before jest`);
    dataDir = await mkdtemp(join(tmpdir(), 'lifeline-start-'));
    await chmod(dataDir, 0o755);
  });

  it('starts the embedded PostgreSQL, migrates, seeds the demo, serves console and GraphQL, and keeps data across restarts', async () => {
    const first = await start(dataDir, { CONSOLE_DIR: 'dist/console' });
    try {
      expect(first.output()).toMatch(/embedded PostgreSQL on 127\.0\.0\.1:(\d+)/);
      expect(first.output()).not.toMatch(/127\.0\.0\.1:5432\b/); // the system PostgreSQL may hold 5432
      expect(first.output()).toContain('seeded the demo organisations');
      const health = await fetch(`${first.url}/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
      const home = await fetch(`${first.url}/`);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('<div id="root">');
      const deepLink = await fetch(`${first.url}/settings`);
      expect(deepLink.headers.get('content-type')).toMatch(/text\/html/);
      const { token } = await login(first.url, 'admin@demo.lifeline.test');
      const stores = await gql(first.url, StoresDocument, {}, token);
      expect(stores.data?.stores.map((s) => s.name)).toEqual(['Amazon DE', 'Amazon UK', 'Amazon US', 'eBay US']);
      expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
    } finally {
      expect(await stop(first)).toBe(0);
    }

    const second = await start(dataDir);
    try {
      expect(second.output()).not.toContain('seeded the demo organisations');
      const { token } = await login(second.url, 'agent.es@demo.lifeline.test');
      const me = await gql(second.url, MeDocument, {}, token);
      expect(me.data?.me.organization.name).toBe('Demo Seller');
    } finally {
      expect(await stop(second)).toBe(0);
    }
  }, 240_000);

  it('refuses to start on a bad setting and names it', async () => {
    await expect(start(dataDir, { PORT: 'eighty', REDIS_URL: 'http://nope' })).rejects.toThrow(
      /exited with 1:[\s\S]*Invalid configuration:[\s\S]*PORT[\s\S]*REDIS_URL must be a redis/,
    );
  }, 60_000);
});
