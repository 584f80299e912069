import { startLifeline } from './bootstrap';
import { ConfigError } from './config/config.schema';

startLifeline()
  .then(({ url }) => {
    console.log(`Lifeline is running: console ${url}/  GraphQL ${url}/graphql  health ${url}/health`);
  })
  .catch((e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  });
