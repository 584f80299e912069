import type { BenchEntry } from '../support/types';
import { graphqlTrivial } from './graphql-trivial';
import { healthRecompute } from './health-recompute';
import { ingest } from './ingest';
import { slaSameSecondBurst, slaSweeperLag } from './sla-sweeper';
import { ticketList } from './ticket-list';

/** The benchmark entries, run in this order. Later issues add theirs here (one file per entry). */
export const entries: BenchEntry[] = [graphqlTrivial, ingest, ticketList, healthRecompute, slaSweeperLag, slaSameSecondBurst];
