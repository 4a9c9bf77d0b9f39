import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

export const WEB_ROOT = fileURLToPath(new URL('../../../dist/web/', import.meta.url));

/**
 * Serves the built React app. Any GET that is not an API route and not a file falls back to
 * index.html so that client-side routes (/surveys, /b/slug ...) load on refresh.
 */
export async function registerWeb(app: FastifyInstance) {
  if (!existsSync(WEB_ROOT + 'index.html')) {
    app.log.warn('dist/web is missing: run `npm run build` (npm start does this) to serve the web app');
    return;
  }
  await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: false });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    const path = request.url.split('?')[0];
    if (path.startsWith('/api/') || path === '/api') {
      return reply.status(404).send({ error: { code: 'NOT_FOUND', message: `No route GET ${path}.`, details: [] } });
    }
    const file = path.slice(1);
    if (file && !file.includes('..') && existsSync(WEB_ROOT + file)) {
      const immutable = file.startsWith('assets/');
      return reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(file);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
