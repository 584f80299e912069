import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '../../../apps/api/src/database/embedded-postgres';
import { startChildServer, type ChildServer } from './child-process';
import { removeDirectoryOnCleanup } from './cleanup';
import type { RunningApi } from './types';

const REPO_ROOT = resolve(__dirname, '..', '..', '..');
export const API_MAIN = join(REPO_ROOT, 'dist', 'api', 'apps', 'api', 'src', 'main.js');

export const DEMO_PASSWORD = 'lifeline-demo';

/**
 * Starts the BUILT API (`npm run build:api`) in a child process, in production mode against the bench
 * database, with the demo organisations seeded; resolves once `GET /health` answers 200.
 */
export async function startApi(databaseUrl: string): Promise<RunningApi & { child: ChildServer }> {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build:api\` first (npm run bench does)`);
  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'lifeline-bench-data-'));
  removeDirectoryOnCleanup('API data directory', dataDir);
  const child = await startChildServer({
    label: 'API',
    // e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the API under load
    args: [...(process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean), API_MAIN],
    cwd: REPO_ROOT,
    url: `http://127.0.0.1:${port}`,
    healthPath: '/health',
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      JWT_SECRET: randomBytes(36).toString('base64url'), // 48 characters
      JWT_TTL_SECONDS: '3600', // outlives any bench run
      SEED_DEMO: 'true',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      CONSOLE_DIR: '/nonexistent',
      LIFELINE_DATA_DIR: dataDir,
    },
  });
  return {
    url: child.url,
    child,
    login: async (email, password = DEMO_PASSWORD) => {
      const res = await graphql<{ login: { token: string } }>(child.url, {
        query: 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        variables: { email, password },
      });
      if (!res.data?.login.token) throw new Error(`login as ${email} failed: HTTP ${res.status} ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
  };
}

export interface GraphqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One GraphQL POST, for set-up and for checking that a load target answers what it should. */
export async function graphql<T>(url: string, body: { query: string; variables?: unknown }, token?: string): Promise<GraphqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Omit<GraphqlResponse<T>, 'status'>;
  return { status: res.status, ...json };
}
