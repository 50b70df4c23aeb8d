import 'reflect-metadata';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './core/logger.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  let app;
  try {
    app = await createApp(config, { logger });
  } catch (error) {
    const err = error as NodeJS.ErrnoException;
    logger.fatal({ err: { message: err.message, code: err.code } }, 'cannot start: the database could not be opened or migrated');
    process.stderr.write(`Tandem could not start: ${err.message}\nCheck DATABASE_URL and that the database server is running.\n`);
    process.exit(1);
  }
  const url = await app.listen();
  logger.info({ url, publicUrl: config.publicUrl }, `Tandem is ready on ${url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
