/**
 * Baseline A's server: bare Fastify, `GET /` → `{"hello":"world"}`, no logger, no plugins — the
 * ceiling any Fastify-based endpoint on this machine can reach. Run in a child process by baselines.ts.
 */
import Fastify from 'fastify';

const port = Number(process.env.PORT ?? 0);
const host = process.env.HOST ?? '127.0.0.1';
const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
app.listen({ port, host }).catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void app.close().finally(() => process.exit(0)));
}
