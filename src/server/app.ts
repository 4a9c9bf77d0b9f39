import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { serializerCompiler } from './zod-serializer.ts';
import type { Config } from './config.ts';
import { openDatabase, type DatabaseHandle, type Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerJsonBodyParser } from './plugins/json-body.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerPublicFraming } from './plugins/public-framing.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerWeb } from './plugins/web.ts';
import { registerRoutes } from './routes/index.ts';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Db;
    dbKind: 'pglite' | 'postgres';
    /** Every route as registered (method, url, config), for tests that walk all routes. */
    routeList: { method: string; url: string; config: Record<string, unknown> }[];
  }
}

export interface BuildAppOptions {
  config: Config;
  /** An open database; when absent the app opens (and on close, closes) one from the config. */
  database?: DatabaseHandle;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from dist/web (off in most tests). */
  serveWeb?: boolean;
}

export const BODY_LIMIT = 256 * 1024;

/** Builds the Fastify app: infrastructure plugins, then auth, then routes (house style rule 2). */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    // Router-level rejections (bad URL encoding, over-long path parameters) get the same envelope.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      void reply.status(tooLong ? 414 : 400).send({
        error: { code: tooLong ? 'URL_TOO_LONG' : 'BAD_URL', message: tooLong ? 'A part of the URL is too long.' : 'The URL is not valid.', details: [{ field: 'url', reason: tooLong ? 'path parameter too long' : 'not a valid URL component' }] },
      });
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerJsonBodyParser(app);

  const database =
    opts.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onIdleError: (err) => app.log.warn({ err }, 'an idle database connection was closed by the server'),
    }));
  if (!opts.database) app.addHook('onClose', async () => database.close());
  await migrateToLatest(database.db);
  app.decorate('config', config);
  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);

  registerSecurityHeaders(app);
  registerPublicFraming(app);
  await app.register(rateLimit, { global: true, max: config.env === 'test' ? 10_000 : 600, timeWindow: '1 minute' });
  await app.register(cookie, { secret: config.sessionSecret });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Klankbord API', version: '0.1.0', description: 'Surveys, ideas board, analysis, segments, themes and decisions.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kb_session' } } },
    },
    transform: jsonSchemaTransform,
  });

  const routeList: FastifyInstance['routeList'] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url, config: (route.config ?? {}) as Record<string, unknown> });
  });

  registerAuth(app);
  await registerRoutes(app);
  if (opts.serveWeb) await registerWeb(app);
  return app;
}
