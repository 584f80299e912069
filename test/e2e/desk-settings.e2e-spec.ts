import {
  DeleteQueueDocument,
  DeleteRoutingRuleDocument,
  RoutingRulesDocument,
  SaveQueueDocument,
  SaveRoutingRuleDocument,
  StoresDocument,
  TicketDocument,
} from '@lifeline/api-contract';
import { codes, gql, login } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';

describe('desk settings: queues and routing rules', () => {
  let s: TestServer;
  let admin: string;
  let agent: string;
  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    admin = (await login(s.url, 'admin@demo.lifeline.test')).token;
    agent = (await login(s.url, 'agent.en@demo.lifeline.test')).token;
  });
  afterAll(() => s?.close());

  it('routes by a new store queue and by a rule the admin adds, in priority order', async () => {
    const uk = (await gql(s.url, StoresDocument, {}, admin)).data!.stores.find((x) => x.name === 'Amazon UK')!;
    const ukEnglish = await gql(s.url, SaveQueueDocument, { input: { name: 'Amazon UK · English', storeId: uk.id, language: 'en', isFallback: false, isSupervisorQueue: false } }, admin);
    expect(ukEnglish.errors).toBeUndefined();
    const english = 'Hello, my parcel has not arrived yet and the tracking has not moved for a week. Could you check please?';
    const plain = await postMessage(s.url, 'lk_demo_amazon_uk', buyerMessage({ body: english }));
    expect(plain.body.queue?.name).toBe('Amazon UK · English');

    const refunds = await gql(s.url, SaveQueueDocument, { input: { name: 'Refunds', isFallback: false, isSupervisorQueue: false } }, admin);
    const rule = await gql(
      s.url,
      SaveRoutingRuleDocument,
      { input: { name: 'Refund requests', priority: 5, queueId: refunds.data!.saveQueue.id, enabled: true, bodyContains: ['refund', 'Rückerstattung'] } },
      admin,
    );
    expect(rule.data?.saveRoutingRule).toMatchObject({ bodyContains: ['refund', 'Rückerstattung'], storeIds: null });
    const refund = await postMessage(s.url, 'lk_demo_amazon_uk', buyerMessage({ body: 'Hello, the item broke after one day and I would like a full refund please. Thank you.' }));
    expect(refund.body.queue?.name).toBe('Refunds');
    const t = (await gql(s.url, TicketDocument, { id: refund.body.ticketId! }, admin)).data!.ticket;
    expect(t.timeline.find((e) => e.type === 'ROUTED')?.data).toMatchObject({ routedBy: 'RULE', ruleId: rule.data!.saveRoutingRule.id });
    const rules = (await gql(s.url, RoutingRulesDocument, {}, admin)).data!.routingRules;
    expect(rules.map((r) => r.name)).toEqual(['Refund requests', 'Claims and chargebacks go to supervisors']);

    expect((await gql(s.url, DeleteRoutingRuleDocument, { id: rule.data!.saveRoutingRule.id }, admin)).data?.deleteRoutingRule).toBe(true);
    const after = await postMessage(s.url, 'lk_demo_amazon_uk', buyerMessage({ body: 'Hello, the item broke after one day and I would like a full refund please. Thank you.' }));
    expect(after.body.queue?.name).toBe('Amazon UK · English');
  });

  it('refuses to delete a queue that still has tickets, or the catch-all', async () => {
    const queues = await s.sql<{ id: string; name: string }>(`SELECT id, name FROM queues WHERE name IN ('Deutsch', 'General') AND organization_id = (SELECT id FROM organizations WHERE name = 'Demo Seller')`);
    const deutsch = queues.find((q) => q.name === 'Deutsch')!;
    const general = queues.find((q) => q.name === 'General')!;
    expect(codes(await gql(s.url, DeleteQueueDocument, { id: deutsch.id }, admin))).toEqual(['CONFLICT']);
    expect(codes(await gql(s.url, DeleteQueueDocument, { id: general.id }, admin))).toEqual(['BAD_USER_INPUT']);
    const empty = await gql(s.url, SaveQueueDocument, { input: { name: 'Temporary', isFallback: false, isSupervisorQueue: false } }, admin);
    expect((await gql(s.url, DeleteQueueDocument, { id: empty.data!.saveQueue.id }, admin)).data?.deleteQueue).toBe(true);
  });

  it('names a duplicate queue name and an unknown language, and keeps agents out', async () => {
    expect(codes(await gql(s.url, SaveQueueDocument, { input: { name: 'Deutsch', isFallback: false, isSupervisorQueue: false } }, admin))).toEqual(['BAD_USER_INPUT']);
    const bad = await gql(s.url, SaveQueueDocument, { input: { name: 'Klingon', language: 'tlh', isFallback: false, isSupervisorQueue: false } }, admin);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(codes(await gql(s.url, SaveQueueDocument, { input: { name: 'Mine', isFallback: false, isSupervisorQueue: false } }, agent))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(s.url, RoutingRulesDocument, {}, agent))).toEqual(['FORBIDDEN']);
  });
});
