import { loadConfig } from './platform/config.js';
import { bootApp } from './platform/boot.js';
import { AppStartupError } from './platform/startup-error.js';

async function main(): Promise<void> {
  const started = performance.now();
  const config = loadConfig();
  const { app, runtime } = await bootApp(config);
  await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    { database: runtime.services.kind, startupMs: Math.round(performance.now() - started), rssMb: Math.round(process.memoryUsage().rss / 1e6) },
    `Homeward ${runtime.services.version} is ready on http://localhost:${config.PORT}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'stopping');
    await app.close(); // closes the database and releases the data-folder lock
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  if (err instanceof AppStartupError) {
    console.error(`Homeward cannot start: ${err.message}`);
  } else {
    console.error(err);
  }
  process.exit(1);
});
