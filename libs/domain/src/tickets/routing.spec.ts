import { routeTicket, type RoutingFacts, type RoutingQueue, type RoutingRule } from './routing';

const germanMessage: RoutingFacts = {
  storeId: 'store-de',
  channel: 'BUYER_MESSAGE',
  language: 'de',
  subject: 'Anfrage zu Bestellung 302-1234567-1234567',
  body: 'Hallo, mein Paket ist noch nicht angekommen.',
  hasOrderId: true,
};

const rule = (id: string, priority: number, conditions: RoutingRule['conditions'], queueId = `q-${id}`): RoutingRule => ({
  id,
  priority,
  conditions,
  queueId,
});

const queues: RoutingQueue[] = [
  { id: 'q-de-store', storeId: 'store-de', language: 'de', isFallback: false },
  { id: 'q-fr-any', storeId: null, language: 'fr', isFallback: false },
  { id: 'q-store-de-fallback', storeId: 'store-de', language: null, isFallback: true },
  { id: 'q-store-uk-fallback', storeId: 'store-uk', language: null, isFallback: true },
];

describe('routeTicket', () => {
  it('puts a German buyer message into the German queue of its store', () => {
    expect(routeTicket(germanMessage, [], 'q-org', queues)).toEqual({ queueId: 'q-de-store', ruleId: null, routedBy: 'STORE_LANGUAGE_QUEUE' });
  });

  it('uses an organisation-wide language queue when the store has none', () => {
    expect(routeTicket({ ...germanMessage, language: 'fr' }, [], 'q-org', queues)).toEqual({ queueId: 'q-fr-any', ruleId: null, routedBy: 'LANGUAGE_QUEUE' });
  });

  it("uses the store's fallback queue, then the organisation's", () => {
    expect(routeTicket({ ...germanMessage, language: 'pl' }, [], 'q-org', queues)).toMatchObject({ queueId: 'q-store-de-fallback', routedBy: 'STORE_FALLBACK_QUEUE' });
    expect(routeTicket({ ...germanMessage, storeId: 'store-it', language: 'it' }, [], 'q-org', queues)).toEqual({
      queueId: 'q-org',
      ruleId: null,
      routedBy: 'ORGANIZATION_FALLBACK',
    });
    expect(routeTicket(germanMessage, [], 'q-org')).toMatchObject({ queueId: 'q-org', routedBy: 'ORGANIZATION_FALLBACK' });
  });

  it('skips language queues when the language is unknown', () => {
    expect(routeTicket({ ...germanMessage, language: null }, [], 'q-org', queues)).toMatchObject({ queueId: 'q-store-de-fallback' });
  });

  it('takes the first matching rule by priority, ties by id, before any queue', () => {
    const rules = [
      rule('z-claims', 1, { channels: ['A_TO_Z_CLAIM'] }),
      rule('b-german', 5, { languages: ['de'] }),
      rule('a-german', 5, { languages: ['de'] }),
      rule('catch-all', 9, {}),
    ];
    expect(routeTicket(germanMessage, rules, 'q-org', queues)).toEqual({ queueId: 'q-a-german', ruleId: 'a-german', routedBy: 'RULE' });
    expect(routeTicket({ ...germanMessage, channel: 'A_TO_Z_CLAIM' }, rules, 'q-org', queues)).toMatchObject({ ruleId: 'z-claims' });
  });

  it('requires every condition of a rule, any value within one', () => {
    const r = rule('de-refunds', 1, {
      storeIds: ['store-de', 'store-at'],
      channels: ['BUYER_MESSAGE'],
      languages: ['de'],
      subjectContains: ['BESTELLUNG'],
      bodyContains: ['erstattung', 'paket'],
      hasOrderId: true,
    });
    expect(routeTicket(germanMessage, [r], 'q-org', queues)).toMatchObject({ ruleId: 'de-refunds' });
    expect(routeTicket({ ...germanMessage, hasOrderId: false }, [r], 'q-org', queues)).toMatchObject({ ruleId: null });
    expect(routeTicket({ ...germanMessage, body: 'Wo ist die Rechnung?' }, [r], 'q-org', queues)).toMatchObject({ ruleId: null });
    expect(routeTicket({ ...germanMessage, storeId: 'store-uk' }, [r], 'q-org', queues)).toMatchObject({ ruleId: null });
    expect(routeTicket({ ...germanMessage, language: null }, [r], 'q-org', queues)).toMatchObject({ ruleId: null });
  });

  it('treats empty condition lists as no condition', () => {
    const r = rule('empty', 1, { storeIds: [], languages: [], subjectContains: [] });
    expect(routeTicket(germanMessage, [r], 'q-org', queues)).toMatchObject({ ruleId: 'empty' });
  });

  it('does not depend on the order rules and queues are listed in', () => {
    const rules = [rule('b', 2, {}), rule('a', 2, {})];
    const twins: RoutingQueue[] = [
      { id: 'q2', storeId: 'store-de', language: 'de', isFallback: false },
      { id: 'q1', storeId: 'store-de', language: 'de', isFallback: false },
    ];
    expect(routeTicket(germanMessage, rules, 'q-org')).toMatchObject({ ruleId: 'a' });
    expect(routeTicket(germanMessage, [...rules].reverse(), 'q-org')).toMatchObject({ ruleId: 'a' });
    expect(routeTicket(germanMessage, [], 'q-org', twins)).toMatchObject({ queueId: 'q1' });
  });
});
