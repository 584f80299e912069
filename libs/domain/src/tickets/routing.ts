import type { LanguageCode } from '../marketplaces';
import type { TicketChannel } from './ticket-lifecycle';

/** What routing knows about a new ticket. */
export interface RoutingFacts {
  storeId: string;
  channel: TicketChannel;
  /** Detected (or store default) language; null when unknown. */
  language: LanguageCode | null;
  subject: string;
  body: string;
  /** True when the ticket is linked to an order (an order id was found or the channel carries one). */
  hasOrderId: boolean;
}

/**
 * An admin-defined routing rule. Every condition that is present must hold (AND); inside a list any value
 * may match (OR). A missing or empty list is no condition. Text conditions match case-insensitively as
 * substrings.
 */
export interface RoutingRule {
  id: string;
  /** Rules are tried in ascending priority (1 before 2), ties by id. */
  priority: number;
  conditions: {
    storeIds?: readonly string[];
    channels?: readonly TicketChannel[];
    languages?: readonly LanguageCode[];
    subjectContains?: readonly string[];
    bodyContains?: readonly string[];
    hasOrderId?: boolean;
  };
  queueId: string;
}

export interface RoutingQueue {
  id: string;
  /** null: the queue serves every store of the organisation. */
  storeId: string | null;
  /** null: the queue takes every language. */
  language: LanguageCode | null;
  /** The store's (or, with storeId null, the organisation's) catch-all queue. */
  isFallback: boolean;
}

export type RoutedBy = 'RULE' | 'STORE_LANGUAGE_QUEUE' | 'LANGUAGE_QUEUE' | 'STORE_FALLBACK_QUEUE' | 'ORGANIZATION_FALLBACK';

export interface RoutingDecision {
  queueId: string;
  /** The rule that matched, or null when a queue was chosen by store and language. */
  ruleId: string | null;
  /** Why this queue: shown on the ticket timeline. */
  routedBy: RoutedBy;
}

function normaliseText(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('und');
}

function containsAny(haystack: string, needles: readonly string[] | undefined): boolean {
  if (!needles || needles.length === 0) return true;
  const text = normaliseText(haystack);
  return needles.some((needle) => needle.trim() !== '' && text.includes(normaliseText(needle.trim())));
}

function listAllows<T>(list: readonly T[] | undefined, value: T | null): boolean {
  if (!list || list.length === 0) return true;
  return value !== null && list.includes(value);
}

export function routingRuleMatches(rule: RoutingRule, facts: RoutingFacts): boolean {
  const c = rule.conditions;
  return (
    listAllows(c.storeIds, facts.storeId) &&
    listAllows(c.channels, facts.channel) &&
    listAllows(c.languages, facts.language) &&
    (c.hasOrderId === undefined || c.hasOrderId === facts.hasOrderId) &&
    containsAny(facts.subject, c.subjectContains) &&
    containsAny(facts.body, c.bodyContains)
  );
}

function compareRules(a: RoutingRule, b: RoutingRule): number {
  return a.priority - b.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function firstById(queues: readonly RoutingQueue[]): RoutingQueue | undefined {
  return [...queues].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))[0];
}

/**
 * The queue for a new ticket: the first matching rule (ascending priority, ties by id); otherwise, from
 * `queues`, a queue for this store and language, then an organisation-wide queue for the language, then
 * the store's fallback queue; otherwise the organisation's fallback queue. Several queues at one step:
 * the smallest id, so the answer never depends on the order rows came back from the database.
 */
export function routeTicket(
  facts: RoutingFacts,
  rules: readonly RoutingRule[],
  fallbackQueueId: string,
  queues: readonly RoutingQueue[] = [],
): RoutingDecision {
  const rule = [...rules].sort(compareRules).find((candidate) => routingRuleMatches(candidate, facts));
  if (rule) return { queueId: rule.queueId, ruleId: rule.id, routedBy: 'RULE' };

  const steps: [RoutedBy, (queue: RoutingQueue) => boolean][] = [
    ['STORE_LANGUAGE_QUEUE', (q) => facts.language !== null && q.storeId === facts.storeId && q.language === facts.language],
    ['LANGUAGE_QUEUE', (q) => facts.language !== null && q.storeId === null && q.language === facts.language],
    ['STORE_FALLBACK_QUEUE', (q) => q.storeId === facts.storeId && q.isFallback],
  ];
  for (const [routedBy, accepts] of steps) {
    const queue = firstById(queues.filter(accepts));
    if (queue) return { queueId: queue.id, ruleId: null, routedBy };
  }
  return { queueId: fallbackQueueId, ruleId: null, routedBy: 'ORGANIZATION_FALLBACK' };
}
