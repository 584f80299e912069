import type { BenchEntry } from '../support/types';
import { graphqlTrivial } from './graphql-trivial';
import { slaSameSecondBurst, slaSweeperLag } from './sla-sweeper';

/** The benchmark entries, run in this order. Later issues add theirs here (one file per entry). */
export const entries: BenchEntry[] = [graphqlTrivial, slaSweeperLag, slaSameSecondBurst];
