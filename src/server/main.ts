import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { startJobRunner } from '../jobs/job-runner.ts';
import { DataDirInUseError } from '../db/data-dir-lock.ts';

// The entry point only listens, logs and shuts down (house style rule 1). `--demo` seeds the demo workspace.
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  let app;
  try {
    app = await buildApp({ config, serveWeb: true });
  } catch (err) {
    if (err instanceof DataDirInUseError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  let demoLogin = '';
  if (process.argv.includes('--demo')) {
    const { seedDemo } = await import('../domain/demo/seed-demo.ts');
    process.stdout.write('Seeding the demo workspace (once)...\n');
    const demo = await seedDemo(app.db, { log: (m) => app.log.info(m) });
    demoLogin = `Demo workspace "${demo.workspaceName}": log in as ${demo.email} with password ${demo.password}\n`;
  }
  const jobs = startJobRunner(app);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    // Port taken (another app, or Klankbord already running): close the database properly, then say so.
    await jobs.stop();
    await app.close();
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(code === 'EADDRINUSE' ? `Port ${config.port} on ${config.host} is already in use. Stop what runs there, or start with another PORT.\n` : `${(err as Error).message}\n`);
    process.exit(1);
  }
  const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
  process.stdout.write(`\nKlankbord is running on ${config.publicUrl}  (database: ${where})\n${demoLogin}\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received: finishing in-flight requests, then closing the database`);
    const force = setTimeout(() => {
      app.log.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    await jobs.stop();
    // Keep-alive sockets turn idle as their last response goes out; close them so close() can finish.
    const idle = setInterval(() => app.server.closeIdleConnections(), 100);
    await app.close(); // stops accepting, waits for in-flight requests, then onClose closes the database
    clearInterval(idle);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

await main();
