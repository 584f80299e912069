import type { GraphqlResult } from '../../support/graphql';
import type { TestServer } from '../../support/server';

/** What Demo Seller owns, so a probe can look for it in Other Seller's responses. */
export interface DemoMarkers {
  orgId: string;
  storeIds: string[];
  userIds: string[];
  emails: string[];
  storeVersion: number;
  ticketIds: string[];
  ticketVersion: number;
  buyers: string[];
  queueIds: string[];
  templateIds: string[];
  slaPolicyId?: string;
}

/**
 * Filled in by the isolation spec's beforeAll: the server (demo seeded), Other Seller's admin token, Demo
 * Seller's identifiers, and an assertion that a response holds none of them.
 */
export interface IsolationContext {
  s: TestServer;
  other: string;
  demo: DemoMarkers;
  otherTicket: { id: string; version: number };
  expectNoDemoData(r: GraphqlResult<unknown>): void;
}

/**
 * One feature's probes: root field name (`Query.x` / `Mutation.y`) → a check run as Other Seller. Called once
 * to list the fields (the context still empty) and again before each probe runs, so destructuring is fine.
 */
export type IsolationProbes = (ctx: IsolationContext) => Record<string, () => Promise<void>>;
