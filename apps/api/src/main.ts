import { startLifeline } from './bootstrap';
import { ConfigError } from './config/config.schema';

startLifeline()
  .then((running) => {
    console.log(`Lifeline is running: console ${running.url}/  GraphQL ${running.url}/graphql  health ${running.url}/health`);
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      console.log(`${signal}: stopping Lifeline…`);
      running.close().then(
        () => process.exit(0),
        (e) => {
          console.error(e);
          process.exit(1);
        },
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((e: unknown) => {
    console.error(e instanceof ConfigError ? e.message : e);
    process.exit(1);
  });
