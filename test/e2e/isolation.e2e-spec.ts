import {
  AccountHealthDocument,
  AccountHealthTrendDocument,
  HealthAlertsDocument,
  MetricOrdersDocument,
  AddTicketNoteDocument,
  DeleteQueueDocument,
  DeleteRoutingRuleDocument,
  RoutingRulesDocument,
  SaveQueueDocument,
  SaveRoutingRuleDocument,
  AssignTicketDocument,
  MergeTicketsDocument,
  QueuesDocument,
  RenderReplyTemplateDocument,
  ReplyTemplatesDocument,
  ReplyToTicketDocument,
  SaveReplyTemplateDocument,
  SetMyAvailabilityDocument,
  SetTicketLanguageDocument,
  SetTicketPriorityDocument,
  SetTicketStatusDocument,
  TicketDocument,
  TicketsDocument,
  CreateStoreApiKeyDocument,
  RevokeStoreApiKeyDocument,
  StoreApiKeysDocument,
  StoresDocument,
  UsersDocument,
  BusinessCalendarsDocument,
  DeleteSlaPolicyDocument,
  LateResponseRateDocument,
  MarkMessageNoResponseNeededDocument,
  SaveBusinessCalendarDocument,
  SaveSlaPolicyDocument,
  SlaPoliciesDocument,
  TicketSlaClocksDocument,
} from '@lifeline/api-contract';
import { gql, login, rawGql, type GraphqlResult } from '../support/graphql';
import { buyerMessage, postMessage } from '../support/ingest';
import { startTestServer, type TestServer } from '../support/server';
import { claimsProbes } from './isolation/claims.probes';
import { compensationProbes } from './isolation/compensation.probes';
import type { DemoMarkers, IsolationContext, IsolationProbes } from './isolation/context';
import { healthThresholdProbes } from './isolation/health-thresholds.probes';
import { riskProbes } from './isolation/risk.probes';

// Each feature keeps its probes in ./isolation/<feature>.probes.ts and is listed here.
const FEATURE_PROBES: IsolationProbes[] = [healthThresholdProbes, claimsProbes, compensationProbes, riskProbes];

/**
 * No user ever sees another organisation's data (ARCHITECTURE.md "Database"). Every root field of the
 * schema must have a probe here: the last test fails when a new query or mutation has none.
 */
describe('organisation isolation', () => {
  let s: TestServer;
  let other: string;
  let demo: DemoMarkers;
  let otherTicket: { id: string; version: number };
  const ctx = {} as IsolationContext;
  const featureProbes = (): Record<string, () => Promise<void>> => Object.assign({}, ...FEATURE_PROBES.map((probesOf) => probesOf(ctx)));

  beforeAll(async () => {
    s = await startTestServer({ seedDemo: true });
    other = (await login(s.url, 'admin@other.lifeline.test')).token;
    const [org] = await s.sql<{ id: string }>(`SELECT id FROM organizations WHERE name = 'Demo Seller'`);
    const stores = await s.sql<{ id: string; version: number }>(`SELECT id, version FROM stores WHERE organization_id = $1 ORDER BY name`, [org!.id]);
    const users = await s.sql<{ id: string; email: string }>(`SELECT id, email FROM users WHERE organization_id = $1`, [org!.id]);
    const tickets = await s.sql<{ id: string; version: number; buyer_address: string }>(
      `SELECT id, version, buyer_address FROM tickets WHERE organization_id = $1 ORDER BY created_at`,
      [org!.id],
    );
    expect(tickets.length).toBeGreaterThan(5);
    demo = {
      orgId: org!.id,
      storeIds: stores.map((x) => x.id),
      userIds: users.map((u) => u.id),
      emails: users.map((u) => u.email),
      storeVersion: stores[0]!.version,
      ticketIds: tickets.map((t) => t.id),
      ticketVersion: tickets[0]!.version,
      buyers: tickets.map((t) => t.buyer_address),
      queueIds: (await s.sql<{ id: string }>(`SELECT id FROM queues WHERE organization_id = $1`, [org!.id])).map((q) => q.id),
      templateIds: (await s.sql<{ id: string }>(`SELECT id FROM reply_templates WHERE organization_id = $1`, [org!.id])).map((t) => t.id),
    };
    const mine = await postMessage(s.url, 'lk_other_amazon_fr', buyerMessage({ body: "Bonjour, je n'ai toujours pas reçu ma commande. Pouvez-vous vérifier où se trouve mon colis ? Merci." }));
    expect(mine.status).toBe(201);
    const [row] = await s.sql<{ version: number }>(`SELECT version FROM tickets WHERE id = $1`, [mine.body.ticketId]);
    otherTicket = { id: mine.body.ticketId!, version: row!.version };
    Object.assign(ctx, { s, other, demo, otherTicket, expectNoDemoData });
  });
  afterAll(() => s?.close());

  /** Fails if any identifier of Demo Seller appears anywhere in a response. */
  function expectNoDemoData(r: GraphqlResult<unknown>): void {
    const text = JSON.stringify(r);
    for (const marker of [demo.orgId, ...demo.storeIds, ...demo.userIds, ...demo.emails, ...demo.ticketIds, ...demo.buyers, ...demo.queueIds, ...demo.templateIds, 'Demo Seller']) {
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
    'Query.tickets': async () => {
      const r = await gql(s.url, TicketsDocument, { first: 200 }, other);
      expect(r.data?.tickets.edges.map((e) => e.node.id)).toEqual([otherTicket.id]);
      expectNoDemoData(r);
      const filtered = await gql(s.url, TicketsDocument, { first: 200, filter: { storeId: demo.storeIds[0], queueId: demo.queueIds[0] } }, other);
      expect(filtered.data?.tickets.edges).toEqual([]);
    },
    'Query.ticket': async () => {
      for (const id of demo.ticketIds.slice(0, 3)) {
        const r = await gql(s.url, TicketDocument, { id }, other);
        expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expectNoDemoData(r);
      }
    },
    'Query.queues': async () => {
      const r = await gql(s.url, QueuesDocument, {}, other);
      expect(r.data?.queues.reduce((n, q) => n + q.openCount, 0)).toBe(1);
      expectNoDemoData(r);
    },
    'Query.ticketLanguageCounts': async () => {
      const r = await gql(s.url, QueuesDocument, {}, other);
      expect(r.data?.ticketLanguageCounts).toEqual([{ language: 'fr', openCount: 1 }]);
    },
    'Query.replyTemplates': async () => {
      const r = await gql(s.url, ReplyTemplatesDocument, {}, other);
      expect(r.data?.replyTemplates.length).toBeGreaterThan(0);
      expectNoDemoData(r);
    },
    'Query.renderReplyTemplate': async () => {
      const r = await gql(s.url, RenderReplyTemplateDocument, { ticketId: demo.ticketIds[0]!, templateId: demo.templateIds[0]! }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
      const own = await gql(s.url, RenderReplyTemplateDocument, { ticketId: otherTicket.id, templateId: demo.templateIds[0]! }, other);
      expect(own.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
    'Mutation.saveReplyTemplate': async () => {
      const r = await gql(
        s.url,
        SaveReplyTemplateDocument,
        { input: { id: demo.templateIds[0], version: 1, name: 'Taken over', category: 'GENERAL', translations: [{ language: 'en', subject: 'x', body: 'x' }] } },
        other,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM reply_templates WHERE name = 'Taken over'`)).toEqual([]);
    },
    'Mutation.replyToTicket': async () => {
      const r = await gql(s.url, ReplyToTicketDocument, { input: { ticketId: demo.ticketIds[0]!, version: demo.ticketVersion, body: 'hijack' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM messages WHERE body = 'hijack'`)).toEqual([]);
    },
    'Mutation.assignTicket': async () => {
      const r = await gql(s.url, AssignTicketDocument, { input: { ticketId: demo.ticketIds[0]!, version: demo.ticketVersion, assigneeId: null } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const own = await gql(s.url, AssignTicketDocument, { input: { ticketId: otherTicket.id, version: otherTicket.version, assigneeId: demo.userIds[0] } }, other);
      expect(own.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(own);
    },
    'Mutation.setTicketStatus': async () => {
      const r = await gql(s.url, SetTicketStatusDocument, { input: { ticketId: demo.ticketIds[0]!, version: demo.ticketVersion, status: 'CLOSED' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
    'Mutation.setTicketPriority': async () => {
      const r = await gql(s.url, SetTicketPriorityDocument, { input: { ticketId: demo.ticketIds[0]!, version: demo.ticketVersion, priority: 'LOW' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
    'Mutation.setTicketLanguage': async () => {
      const r = await gql(s.url, SetTicketLanguageDocument, { input: { ticketId: demo.ticketIds[0]!, version: demo.ticketVersion, language: 'fr' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    },
    'Mutation.addTicketNote': async () => {
      const r = await gql(s.url, AddTicketNoteDocument, { input: { ticketId: demo.ticketIds[0]!, version: demo.ticketVersion, body: 'spy' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM ticket_notes WHERE body = 'spy'`)).toEqual([]);
    },
    'Mutation.mergeTickets': async () => {
      const r = await gql(
        s.url,
        MergeTicketsDocument,
        { input: { sourceTicketId: demo.ticketIds[0]!, sourceVersion: demo.ticketVersion, targetTicketId: otherTicket.id, targetVersion: otherTicket.version } },
        other,
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
      const [row] = await s.sql<{ merged_into_id: string | null; status: string }>(`SELECT merged_into_id, status FROM tickets WHERE id = $1`, [demo.ticketIds[0]]);
      expect(row!.merged_into_id).toBeNull();
    },
    'Mutation.setMyAvailability': async () => {
      const r = await gql(s.url, SetMyAvailabilityDocument, { availability: 'ONLINE' }, other);
      expect(r.data?.setMyAvailability.availability).toBe('ONLINE');
      const demoAway = await s.sql<{ availability: string }>(`SELECT availability FROM users WHERE email = 'admin@demo.lifeline.test'`);
      expect(demoAway[0]!.availability).toBe('AWAY');
    },
    'Query.slaPolicies': async () => {
      const [policy] = await s.sql<{ id: string }>(
        `INSERT INTO sla_policies (organization_id, name, targets) VALUES ($1, 'Demo policy', '{}') RETURNING id`,
        [demo.orgId],
      );
      demo.slaPolicyId = policy!.id;
      const r = await gql(s.url, SlaPoliciesDocument, {}, other);
      expect(r.data?.slaPolicies).toEqual([]);
      expectNoDemoData(r);
    },
    'Query.defaultSlaTargets': async () => {
      const r = await gql(s.url, SlaPoliciesDocument, {}, other);
      expect(r.data?.defaultSlaTargets.length).toBeGreaterThan(0);
    },
    'Mutation.saveSlaPolicy': async () => {
      const onStore = await gql(s.url, SaveSlaPolicyDocument, { input: { name: 'Taken over', storeId: demo.storeIds[0], targets: [] } }, other);
      expect(onStore.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const [row] = await s.sql<{ id: string }>(`SELECT id FROM sla_policies WHERE organization_id = $1 LIMIT 1`, [demo.orgId]);
      if (row) {
        const r = await gql(s.url, SaveSlaPolicyDocument, { input: { id: row.id, version: 1, name: 'Taken over', targets: [] } }, other);
        expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      expect(await s.sql(`SELECT 1 FROM sla_policies WHERE name = 'Taken over'`)).toEqual([]);
    },
    'Mutation.deleteSlaPolicy': async () => {
      const [policy] = await s.sql<{ id: string }>(`INSERT INTO sla_policies (organization_id, name, targets) VALUES ($1, 'Keep me', '{}') RETURNING id`, [demo.orgId]);
      const r = await gql(s.url, DeleteSlaPolicyDocument, { id: policy!.id }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM sla_policies WHERE id = $1`, [policy!.id])).toHaveLength(1);
    },
    'Query.businessCalendars': async () => {
      await s.sql(`INSERT INTO business_calendars (organization_id, name, calendar) VALUES ($1, 'Demo hours', '{"kind":"24x7"}')`, [demo.orgId]);
      const r = await gql(s.url, BusinessCalendarsDocument, {}, other);
      expect(r.data?.businessCalendars).toEqual([]);
      expectNoDemoData(r);
    },
    'Mutation.saveBusinessCalendar': async () => {
      const r = await gql(s.url, SaveBusinessCalendarDocument, { input: { name: 'Taken over', storeId: demo.storeIds[0], calendar: { kind: '24x7' } } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const [row] = await s.sql<{ id: string }>(`SELECT id FROM business_calendars WHERE organization_id = $1 LIMIT 1`, [demo.orgId]);
      if (row) {
        const own = await gql(s.url, SaveBusinessCalendarDocument, { input: { id: row.id, version: 1, name: 'Taken over', calendar: { kind: '24x7' } } }, other);
        expect(own.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      expect(await s.sql(`SELECT 1 FROM business_calendars WHERE name = 'Taken over'`)).toEqual([]);
    },
    'Query.lateResponseRate': async () => {
      const r = await gql(s.url, LateResponseRateDocument, { storeId: demo.storeIds[0]! }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(r);
    },
    'Mutation.markMessageNoResponseNeeded': async () => {
      const [message] = await s.sql<{ id: string }>(`SELECT id FROM messages WHERE organization_id = $1 AND direction = 'INBOUND' AND NOT no_response_needed LIMIT 1`, [demo.orgId]);
      const r = await gql(s.url, MarkMessageNoResponseNeededDocument, { input: { messageId: message!.id, ticketVersion: demo.ticketVersion, reason: 'spy' } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const [after] = await s.sql<{ no_response_needed: boolean }>(`SELECT no_response_needed FROM messages WHERE id = $1`, [message!.id]);
      expect(after!.no_response_needed).toBe(false);
      // Their clocks stay out of reach through the ticket, too.
      const clocks = await gql(s.url, TicketSlaClocksDocument, { id: demo.ticketIds[0]! }, other);
      expect(clocks.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expectNoDemoData(clocks);
    },
    'Query.routingRules': async () => {
      const r = await gql(s.url, RoutingRulesDocument, {}, other);
      expect(r.data?.routingRules.map((x) => x.name)).toEqual(['Claims and chargebacks go to supervisors']);
      expectNoDemoData(r);
    },
    'Mutation.saveQueue': async () => {
      const r = await gql(s.url, SaveQueueDocument, { input: { id: demo.queueIds[0], name: 'Taken over', isFallback: false, isSupervisorQueue: false } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const store = await gql(s.url, SaveQueueDocument, { input: { name: 'Sneaky', storeId: demo.storeIds[0], isFallback: false, isSupervisorQueue: false } }, other);
      expect(store.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM queues WHERE name IN ('Taken over', 'Sneaky')`)).toEqual([]);
    },
    'Mutation.deleteQueue': async () => {
      const r = await gql(s.url, DeleteQueueDocument, { id: demo.queueIds[0]! }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM queues WHERE id = $1`, [demo.queueIds[0]])).toHaveLength(1);
    },
    'Mutation.saveRoutingRule': async () => {
      const r = await gql(s.url, SaveRoutingRuleDocument, { input: { name: 'Steal', priority: 1, queueId: demo.queueIds[0]!, enabled: true } }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM routing_rules WHERE name = 'Steal'`)).toEqual([]);
    },
    'Mutation.deleteRoutingRule': async () => {
      const [rule] = await s.sql<{ id: string }>(`SELECT id FROM routing_rules WHERE organization_id = $1`, [demo.orgId]);
      const r = await gql(s.url, DeleteRoutingRuleDocument, { id: rule!.id }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await s.sql(`SELECT 1 FROM routing_rules WHERE id = $1`, [rule!.id])).toHaveLength(1);
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
    'Query.metricOrders': async () => {
      const r = await gql(s.url, MetricOrdersDocument, { storeId: demo.storeIds[0]!, key: 'ORDER_DEFECT_RATE', fulfillmentChannel: 'ALL', first: 10 }, other);
      expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(r.data).toBeNull();
      expectNoDemoData(r);
    },
    // Public fields work on the caller's own credentials only; they take no ids of another organisation.
    'Mutation.login': async () => undefined,
    'Mutation.refreshSession': async () => undefined,
    'Mutation.logout': async () => undefined,
    ...featureProbes(),
  };

  it.each(Object.keys(probes))('%s shows Other Seller nothing of Demo Seller', async (field) => {
    // Feature probes are built again now that beforeAll has filled the context they close over.
    await { ...probes, ...featureProbes() }[field]!();
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
