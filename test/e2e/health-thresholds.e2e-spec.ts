import { AccountHealthDocument, HealthAlertsDocument, HealthThresholdsDocument, UpdateHealthThresholdsDocument } from '@lifeline/api-contract';
import { gql, login } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

/** Each store sets its own warning and red lines (DOMAIN.md "Lifeline's decisions"); saving moves the tiles at once. */
describe('per-store health lines', () => {
  let s: TestServer;
  let admin: string;
  let agent: string;
  let uk: string;
  let de: string;

  const odr = async (storeId: string) => {
    const r = await gql(s.url, AccountHealthDocument, { storeId }, admin);
    return r.data!.accountHealth.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE' && m.fulfillmentChannel === 'ALL')!;
  };
  const lines = async (storeId: string) => (await gql(s.url, HealthThresholdsDocument, { storeId }, admin)).data!.healthThresholds;

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
    agent = (await login(s.url, 'agent.en@demo.lifeline.test')).token;
    const stores = await s.sql<{ id: string; name: string }>(`SELECT id, name FROM stores WHERE name IN ('Amazon UK', 'Amazon DE')`);
    uk = stores.find((x) => x.name === 'Amazon UK')!.id;
    de = stores.find((x) => x.name === 'Amazon DE')!.id;
  });
  afterAll(() => s?.close());

  it("shows DOMAIN.md's defaults until a store edits them", async () => {
    const t = await lines(uk);
    expect(t.version).toBe(0);
    expect(t.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE')).toMatchObject({ warningAt: 0.008, redLine: 0.01, windowDays: 60, edited: false });
    expect(t.metrics.find((m) => m.key === 'EBAY_TRANSACTION_DEFECT_RATE')).toMatchObject({ windowDays: null });
  });

  it('a stricter warning line under the current ODR turns the tile to WARNING, alerts once, and leaves other stores alone', async () => {
    const before = await odr(uk);
    expect(before.status).toBe('OK');
    expect(before.value).toBeGreaterThan(0.004);
    const deBefore = await odr(de);

    const r = await gql(s.url, UpdateHealthThresholdsDocument, { input: { storeId: uk, version: 0, metrics: [{ key: 'ORDER_DEFECT_RATE', warningAt: 0.004, redLine: 0.01, windowDays: 60 }] } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateHealthThresholds.version).toBe(1);
    expect(r.data!.updateHealthThresholds.metrics.find((m) => m.key === 'ORDER_DEFECT_RATE')).toMatchObject({ warningAt: 0.004, defaultWarningAt: 0.008, edited: true });

    const after = await odr(uk);
    expect(after).toMatchObject({ status: 'WARNING', warningAt: 0.004, redLine: 0.01, value: before.value });
    const alerts = (await gql(s.url, HealthAlertsDocument, { storeId: uk, first: 50 }, admin)).data!.healthAlerts.edges.map((e) => e.node);
    const odrAlerts = alerts.filter((a) => a.key === 'ORDER_DEFECT_RATE');
    expect(odrAlerts).toHaveLength(1);
    expect(odrAlerts[0]).toMatchObject({ level: 'WARNING', line: 0.004, value: before.value });
    expect(await odr(de)).toMatchObject({ status: deBefore.status, warningAt: 0.008 });
  });

  it('refuses a warning line above the red line, naming the field, and changes nothing', async () => {
    const r = await gql(s.url, UpdateHealthThresholdsDocument, { input: { storeId: uk, version: 1, metrics: [{ key: 'ORDER_DEFECT_RATE', warningAt: 0.02, redLine: 0.01, windowDays: 60 }] } }, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toContain('metrics.ORDER_DEFECT_RATE.warningAt must be below the red line');
    expect((await lines(uk)).version).toBe(1);
    expect((await odr(uk)).warningAt).toBe(0.004);
  });

  it('refuses a stale version with CONFLICT and the current version', async () => {
    const r = await gql(s.url, UpdateHealthThresholdsDocument, { input: { storeId: uk, version: 0, metrics: [] } }, admin);
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0]?.extensions?.currentVersion).toBe(1);
    expect((await odr(uk)).warningAt).toBe(0.004);
  });

  it('lets only admins change the lines', async () => {
    const r = await gql(s.url, UpdateHealthThresholdsDocument, { input: { storeId: uk, version: 1, metrics: [] } }, agent);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await lines(uk)).version).toBe(1);
  });

  it('going back to the defaults turns the tile OK again', async () => {
    const r = await gql(s.url, UpdateHealthThresholdsDocument, { input: { storeId: uk, version: 1, metrics: [] } }, admin);
    expect(r.data!.updateHealthThresholds.metrics.every((m) => !m.edited)).toBe(true);
    expect(await odr(uk)).toMatchObject({ status: 'OK', warningAt: 0.008 });
  });
});
