import {
  MeDocument,
  StoresDocument,
  UpdateStoreDocument,
  UsersDocument,
  type DomainEvent,
  type SyncResponse,
} from '@lifeline/api-contract';
import { codes, gql, login, rawGql } from '../support/graphql';
import { connectSocket as connect, type ClientSocket } from '../support/socket';
import { startTestServer, type TestServer } from '../support/server';



function nextEvent(socket: ClientSocket, ms = 3000): Promise<DomainEvent | 'timeout'> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve('timeout'), ms);
    socket.once('event', (e) => {
      clearTimeout(t);
      resolve(e);
    });
  });
}

describe('organisations, stores and users', () => {
  let s: TestServer;
  let admin: string;
  let agent: string;
  let otherAdmin: string;
  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    [admin, agent, otherAdmin] = await Promise.all([
      login(s.url, 'admin@demo.lifeline.test').then((t) => t.token),
      login(s.url, 'agent.en@demo.lifeline.test').then((t) => t.token),
      login(s.url, 'admin@other.lifeline.test').then((t) => t.token),
    ]);
  });
  afterAll(() => s?.close());

  const demoStore = async (name: string) => {
    const r = await gql(s.url, StoresDocument, {}, admin);
    const store = r.data!.stores.find((x) => x.name === name);
    if (!store) throw new Error(`no store ${name}`);
    return store;
  };

  it("lists the organisation's four demo stores", async () => {
    const r = await gql(s.url, StoresDocument, {}, agent);
    expect(r.data?.stores.map((x) => `${x.name} ${x.marketplace} ${x.timeZone} ${x.defaultLanguage}`)).toEqual([
      'Amazon DE AMAZON Europe/Berlin de',
      'Amazon UK AMAZON Europe/London en',
      'Amazon US AMAZON America/Los_Angeles en',
      'eBay US EBAY America/New_York en',
    ]);
  });

  it('pages users by keyset cursor without repeating anyone', async () => {
    const first = await gql(s.url, UsersDocument, { first: 2 }, agent);
    expect(first.data?.users.edges.map((e) => e.node.email)).toEqual(['admin@demo.lifeline.test', 'agent.de@demo.lifeline.test']);
    expect(first.data?.users.pageInfo.hasNextPage).toBe(true);
    const rest = await gql(s.url, UsersDocument, { first: 10, after: first.data!.users.pageInfo.endCursor }, agent);
    expect(rest.data?.users.edges.map((e) => e.node.email)).toEqual([
      'agent.en@demo.lifeline.test',
      'agent.es@demo.lifeline.test',
      'supervisor@demo.lifeline.test',
    ]);
    expect(rest.data?.users.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a made-up cursor and an oversized page', async () => {
    expect(codes(await gql(s.url, UsersDocument, { first: 2, after: 'garbage' }, agent))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, UsersDocument, { first: 5000 }, agent))).toEqual(['BAD_USER_INPUT']);
  });

  it('lets an admin rename a store and bumps its version', async () => {
    const store = await demoStore('Amazon UK');
    const r = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, name: 'Amazon UK (main)' } }, admin);
    expect(r.errors).toBeUndefined();
    expect(r.data?.updateStore).toMatchObject({ name: 'Amazon UK (main)', version: store.version + 1 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const store = await demoStore('Amazon US');
    const ok = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, timeZone: 'America/New_York' } }, admin);
    expect(ok.errors).toBeUndefined();
    const stale = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, name: 'Overwritten' } }, admin);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(store.version + 1);
    const after = await demoStore('Amazon US');
    expect(after).toMatchObject({ name: 'Amazon US', timeZone: 'America/New_York', version: store.version + 1 });
  });

  it('names each bad field and writes nothing', async () => {
    const store = await demoStore('Amazon DE');
    const r = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, name: '', defaultLanguage: 'klingon' } }, admin);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    const fields = (r.errors?.[0]?.extensions?.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['defaultLanguage', 'name']);
    const tz = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, timeZone: 'Mars/Olympus' } }, admin);
    expect(codes(tz)).toEqual(['BAD_USER_INPUT']);
    expect(await demoStore('Amazon DE')).toEqual(store);
  });

  it('keeps agents out of store settings', async () => {
    const store = await demoStore('Amazon DE');
    const r = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, name: 'Hijacked' } }, agent);
    expect(codes(r)).toEqual(['FORBIDDEN']);
    expect((await demoStore('Amazon DE')).name).toBe('Amazon DE');
  });

  it('tells every console of the organisation, and no other, that a store changed; a reconnect catches up', async () => {
    const mine = await connect(s.url, agent);
    const theirs = await connect(s.url, otherAdmin);
    try {
      const store = await demoStore('eBay US');
      const mineNext = nextEvent(mine);
      const theirsNext = nextEvent(theirs, 1500);
      const r = await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version, defaultLanguage: 'es' } }, admin);
      expect(r.errors).toBeUndefined();
      const event = await mineNext;
      expect(event).toMatchObject({ type: 'store.updated', payload: { storeId: store.id, version: store.version + 1 } });
      expect(await theirsNext).toBe('timeout');

      // Offline while two more changes happen: sync with the last id seen returns both, in order.
      mine.disconnect();
      const lastSeen = (event as DomainEvent).id;
      await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version + 1, name: 'eBay US 1' } }, admin);
      await gql(s.url, UpdateStoreDocument, { input: { id: store.id, version: store.version + 2, name: 'eBay US 2' } }, admin);
      const again = await connect(s.url, agent);
      const missed: SyncResponse = await again.timeout(3000).emitWithAck('sync', { afterId: lastSeen });
      again.disconnect();
      expect(missed.truncated).toBe(false);
      expect(missed.events.map((e) => [e.type, (e.payload as { version: number }).version])).toEqual([
        ['store.updated', store.version + 2],
        ['store.updated', store.version + 3],
      ]);
      expect(BigInt(missed.events[1]!.id) > BigInt(missed.events[0]!.id)).toBe(true);
    } finally {
      mine.disconnect();
      theirs.disconnect();
    }
  });

  it('refuses a socket without a valid token', async () => {
    await expect(connect(s.url, 'not-a-token')).rejects.toThrow('UNAUTHENTICATED');
  });

  it('rejects aliases beyond the limit, batched requests and over-deep queries before running them', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ');
    const many = await rawGql(s.url, { query: `{ ${aliases} }` }, agent);
    expect(many.errors?.[0]?.message).toMatch(/Too many aliases/);
    const batch = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${agent}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBe(400);
    const deep = await rawGql(
      s.url,
      { query: '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }' },
      agent,
    );
    expect(deep.data).toBeNull();
    expect(deep.errors?.length).toBeGreaterThan(0);
  });

  it('answers /health with 200 while the database is up', async () => {
    const res = await fetch(`${s.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('shows the same user on me as in the users list', async () => {
    const me = await gql(s.url, MeDocument, {}, agent);
    const list = await gql(s.url, UsersDocument, { first: 50 }, agent);
    expect(list.data?.users.edges.map((e) => e.node.id)).toContain(me.data?.me.id);
  });
});
