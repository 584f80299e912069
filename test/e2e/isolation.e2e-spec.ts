import {
  AccountHealthDocument,
  AccountHealthTrendDocument,
  CreateStoreApiKeyDocument,
  HealthAlertsDocument,
  RevokeStoreApiKeyDocument,
  StoreApiKeysDocument,
  StoresDocument,
  UsersDocument,
} from '@lifeline/api-contract';
import { gql, login, rawGql, type GraphqlResult } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

/**
 * No user ever sees another organisation's data (ARCHITECTURE.md "Database"). Every root field of the
 * schema must have a probe here: the last test fails when a new query or mutation has none.
 */
describe('organisation isolation', () => {
  let s: TestServer;
  let other: string;
  let demo: { orgId: string; storeIds: string[]; userIds: string[]; emails: string[]; storeVersion: number };

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    other = (await login(s.url, 'admin@other.lifeline.test')).token;
    const [org] = await s.sql<{ id: string }>(`SELECT id FROM organizations WHERE name = 'Demo Seller'`);
    const stores = await s.sql<{ id: string; version: number }>(`SELECT id, version FROM stores WHERE organization_id = $1 ORDER BY name`, [org!.id]);
    const users = await s.sql<{ id: string; email: string }>(`SELECT id, email FROM users WHERE organization_id = $1`, [org!.id]);
    demo = {
      orgId: org!.id,
      storeIds: stores.map((x) => x.id),
      userIds: users.map((u) => u.id),
      emails: users.map((u) => u.email),
      storeVersion: stores[0]!.version,
    };
  });
  afterAll(() => s?.close());

  /** Fails if any identifier of Demo Seller appears anywhere in a response. */
  function expectNoDemoData(r: GraphqlResult<unknown>): void {
    const text = JSON.stringify(r);
    for (const marker of [demo.orgId, ...demo.storeIds, ...demo.userIds, ...demo.emails, 'Demo Seller']) {
      expect(text).not.toContain(marker);
    }
  }

  const probes: Record<string, () => Promise<void>> = {
    'Query.me': async () => {
      const r = await rawGql(s.url, { query: '{ me { id email organization { id name } } }' }, other);
      expect((r.data as { me: { organization: { name: string } } }).me.organization.name).toBe('Other Seller');
      expectNoDemoData(r);
    },
    'Query.stores': async () => {
      const r = await gql(s.url, StoresDocument, {}, other);
      expect(r.data?.stores.map((x) => x.name)).toEqual(['Amazon FR']);
      expectNoDemoData(r);
    },
    'Query.users': async () => {
      const r = await gql(s.url, UsersDocument, { first: 200 }, other);
      expect(r.data?.users.edges.map((e) => e.node.email)).toEqual(['admin@other.lifeline.test']);
      expectNoDemoData(r);
    },
    'Mutation.updateStore': async () => {
      const r = await rawGql(
        s.url,
        {
          query: 'mutation($input: UpdateStoreInput!) { updateStore(input: $input) { id name } }',
          variables: { input: { id: demo.storeIds[0], version: demo.storeVersion, name: 'Taken over' } },
        },
        other,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
      const [row] = await s.sql<{ name: string }>(`SELECT name FROM stores WHERE id = $1`, [demo.storeIds[0]]);
      expect(row!.name).not.toBe('Taken over');
    },
    'Query.storeApiKeys': async () => {
      const r = await gql(s.url, StoreApiKeysDocument, { storeId: demo.storeIds[0]! }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
    },
    'Mutation.createStoreApiKey': async () => {
      const r = await gql(s.url, CreateStoreApiKeyDocument, { input: { storeId: demo.storeIds[0]!, name: 'sneaky' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM store_api_keys WHERE name = 'sneaky'`)).toEqual([]);
    },
    'Mutation.revokeStoreApiKey': async () => {
      const [key] = await s.sql<{ id: string }>(`SELECT id FROM store_api_keys WHERE organization_id = $1 LIMIT 1`, [demo.orgId]);
      const r = await gql(s.url, RevokeStoreApiKeyDocument, { id: key!.id }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const [after] = await s.sql<{ revoked_at: Date | null }>(`SELECT revoked_at FROM store_api_keys WHERE id = $1`, [key!.id]);
      expect(after!.revoked_at).toBeNull();
    },
    'Query.accountHealth': async () => {
      const r = await gql(s.url, AccountHealthDocument, { storeId: demo.storeIds[0]! }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(r.data).toBeNull();
      expectNoDemoData(r);
    },
    'Query.accountHealthTrend': async () => {
      const r = await gql(
        s.url,
        AccountHealthTrendDocument,
        { storeId: demo.storeIds[0]!, key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL', from: '2020-01-01T00:00:00Z', to: '2020-12-31T00:00:00Z' },
        other,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
    },
    'Query.healthAlerts': async () => {
      const r = await gql(s.url, HealthAlertsDocument, { storeId: demo.storeIds[0]!, first: 10 }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
    },
    // Public fields work on the caller's own credentials only; they take no ids of another organisation.
    'Mutation.login': async () => undefined,
    'Mutation.refreshSession': async () => undefined,
    'Mutation.logout': async () => undefined,
  };

  it.each(Object.keys(probes))('%s shows Other Seller nothing of Demo Seller', async (field) => {
    await probes[field]!();
  });

  it('has a probe for every root field of the schema', async () => {
    const r = await rawGql<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
      s.url,
      { query: '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }' },
      other,
    );
    const fields = [
      ...r.data!.__schema.queryType.fields.map((f) => `Query.${f.name}`),
      ...r.data!.__schema.mutationType.fields.map((f) => `Mutation.${f.name}`),
    ];
    expect(fields.filter((f) => !(f in probes))).toEqual([]);
  });
});
