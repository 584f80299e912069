/**
 * Entry 1: an authenticated trivial GraphQL query through the whole stack (Fastify → NestJS guard with
 * JWT verification → Mercurius → resolver), against bare Fastify on the same machine. Goal ≥ 0.3×.
 */
import { loadProblems, runHttpLoad } from '../support/autocannon';
import { graphql } from '../support/api';
import type { BenchContext, BenchEntry, EntryResult } from '../support/types';

export const DEMO_AGENT = 'agent.en@demo.lifeline.test';
const QUERY = '{ me { id email } }';
const NAME = 'graphql trivial (authenticated)';
const GOAL = 0.3;

async function check(ctx: BenchContext, token: string): Promise<void> {
  const res = await graphql<{ me: { id: string; email: string } }>(ctx.api.url, { query: QUERY }, token);
  if (res.status !== 200 || res.errors?.length || res.data?.me.email !== DEMO_AGENT) {
    throw new Error(`{ me } did not answer the demo agent: HTTP ${res.status} ${JSON.stringify(res.errors ?? res.data)}`);
  }
}

export const graphqlTrivial: BenchEntry = {
  name: NAME,
  async run(ctx): Promise<EntryResult> {
    const { config, baselines } = ctx;
    const token = await ctx.api.login(DEMO_AGENT);
    await check(ctx, token);
    const target = {
      url: `${ctx.api.url}/graphql`,
      method: 'POST' as const,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
      connections: config.connections,
    };
    ctx.progress(`warming up graphql { me } (${config.warmupSeconds} s)…`);
    await runHttpLoad({ ...target, seconds: config.warmupSeconds });
    ctx.progress(`measuring graphql { me } (${config.seconds} s, ${config.connections} connections)…`);
    const r = await runHttpLoad({ ...target, seconds: config.seconds });
    // The token must still be good after the run, or the figure would count error answers.
    await check(ctx, token);
    const base = baselines.fastifyHello;
    const ratio = r.requestsPerSecond / base.value;
    const problems = loadProblems(r);
    return {
      name: NAME,
      metric: `POST /graphql ${QUERY}`,
      value: r.requestsPerSecond,
      unit: 'req/s',
      baseline: { name: base.name, value: base.value, unit: base.unit },
      ratio,
      goal: GOAL,
      pass: ratio >= GOAL && !problems,
      latencyP50Ms: r.latencyP50Ms,
      latencyP99Ms: r.latencyP99Ms,
      notes:
        `Bearer JWT as ${DEMO_AGENT}, built API in production mode, ${config.connections} connections; ` +
        'compared with bare Fastify only (Apollo is not installed, so the Mercurius-vs-Apollo claim is not measured)' +
        (problems ? `; ${problems}` : ''),
    };
  },
};
