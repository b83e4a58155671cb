import { ConfigError, loadConfig } from './config';
import { createLogger, processLogDestination } from './logger';
import { startNotice } from './start-notice';
import { defaultComposition } from './modules';
import { startSapa, type RunningSapa } from './server';

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
  const log = createLogger(config.LOG_LEVEL, processLogDestination(config.NODE_ENV));
  const timeoutMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000;
  let sapa: RunningSapa | undefined;
  let stopRequested = false;

  const stop = (running: RunningSapa) => {
    const deadline = setTimeout(() => {
      log.error({ waitingFor: running.waitingFor() }, 'shutdown deadline passed: exiting without waiting further');
      process.exit(1);
    }, timeoutMs);
    // The steps of the stop share all but the last second; the timer above is the backstop.
    running.stop(Math.max(500, timeoutMs - 1_000)).then(
      () => {
        clearTimeout(deadline);
        log.info('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };

  // Installed before anything starts: a signal during startup stops SAPA as soon as it is up (or at the deadline).
  const onSignal = (signal: NodeJS.Signals) => {
    // Ctrl-C reaches both npm and SAPA, and npm passes it on: a second signal is expected, not a reason to hurry.
    if (stopRequested) return void log.info({ signal }, 'already shutting down');
    stopRequested = true;
    log.info({ signal, deadlineSeconds: config.SHUTDOWN_TIMEOUT_SECONDS }, 'shutting down');
    if (sapa) return stop(sapa);
    setTimeout(() => {
      log.error('shutdown deadline passed while starting: exiting');
      process.exit(1);
    }, timeoutMs).unref();
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  sapa = await startSapa(config, defaultComposition(config));
  log.info(
    { address: sapa.address, provider: sapa.db.provider },
    startNotice({ address: sapa.address, devChat: config.devChat, provider: sapa.db.provider, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}) }),
  );
  if (stopRequested) stop(sapa);
}

main().catch((error: unknown) => {
  console.error('SAPA failed to start:', error);
  process.exit(1);
});
