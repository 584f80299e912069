import { Client } from 'pg';
import { startTestServer, type TestServer } from '../support/server';

describe('GET /health', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ seedDemo: false });
  });
  afterAll(() => s?.close());

  it('says ok while the database answers and 503 when it does not', async () => {
    expect((await fetch(`${s.url}/health`)).status).toBe(200);
    const name = new URL(s.databaseUrl).pathname.slice(1);
    const server = new Client({ connectionString: process.env.LIFELINE_TEST_SERVER_URL });
    await server.connect();
    try {
      await server.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS false`);
      await server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
      const down = await fetch(`${s.url}/health`);
      expect(down.status).toBe(503);
      expect(await down.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
    } finally {
      await server.query(`ALTER DATABASE ${name} WITH ALLOW_CONNECTIONS true`);
      await server.end();
    }
    // The pool reconnects by itself once the database is back.
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await fetch(`${s.url}/health`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});
