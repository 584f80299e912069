import { readFile } from 'node:fs/promises';
import { StoresDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

describe('POST /api/v1/console/imports/{storeId}/{reportType} (upload from the console)', () => {
  let s: TestServer;
  let supervisor: string;
  let uk: string;

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    supervisor = (await login(s.url, 'supervisor@demo.lifeline.test')).token;
    uk = (await gql(s.url, StoresDocument, {}, supervisor)).data!.stores.find((x) => x.name === 'Amazon UK')!.id;
  });
  afterAll(() => s?.close());

  const upload = async (token: string | null, storeId: string, type: string, fixture: string) => {
    const res = await fetch(`${s.url}/api/v1/console/imports/${storeId}/${type}`, {
      method: 'POST',
      headers: { 'content-type': 'text/tab-separated-values', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: await readFile(`test/fixtures/${fixture}`),
    });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };

  it("imports a seller-feedback file into the signed-in supervisor's store", async () => {
    const r = await upload(supervisor, uk, 'GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback.tsv');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ reportType: 'GET_SELLER_FEEDBACK_DATA', rows: 3, created: 3, repeat: false });
    const [{ n }] = await s.sql<{ n: string }>(`SELECT count(*) AS n FROM seller_feedback WHERE store_id = $1 AND marketplace_order_id LIKE '302-000000%'`, [uk]);
    expect(Number(n)).toBe(3);
  });

  it('answers a broken file with its row and column and imports nothing', async () => {
    const before = await s.sql<{ n: string }>(`SELECT count(*) AS n FROM seller_feedback`);
    const r = await upload(supervisor, uk, 'GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback-bad-rating.tsv');
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ code: 'BAD_USER_INPUT', row: 3, column: 'Rating' });
    expect(await s.sql<{ n: string }>(`SELECT count(*) AS n FROM seller_feedback`)).toEqual(before);
  });

  it("refuses another organisation's store, agents and anonymous callers", async () => {
    const other = (await login(s.url, 'admin@other.lifeline.test')).token;
    expect((await upload(other, uk, 'GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback.tsv')).status).toBe(404);
    const agent = (await login(s.url, 'agent.en@demo.lifeline.test')).token;
    expect((await upload(agent, uk, 'GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback.tsv')).status).toBe(403);
    const anonymous = await upload(null, uk, 'GET_SELLER_FEEDBACK_DATA', 'amazon/seller-feedback.tsv');
    expect(anonymous).toMatchObject({ status: 401, json: { message: 'Sign in to continue.' } });
  });
});
