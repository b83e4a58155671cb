import { ConfigError, loadConfig } from './config';
import { defaultComposition } from './modules';
import { startSapa } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const sapa = await startSapa(config, defaultComposition(config));
  sapa.app.log.info(`SAPA ready on ${sapa.address} (${sapa.db.provider})`);

  const shutdown = (signal: string) => {
    sapa.app.log.info({ signal }, 'shutting down');
    sapa
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('SAPA failed to start:', error);
  process.exit(1);
});
