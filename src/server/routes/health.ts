import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pingDatabase } from '../../db/database.ts';

const health = z.object({ status: z.enum(['ok', 'degraded']), database: z.enum(['up', 'down']), databaseKind: z.enum(['pglite', 'postgres']) });

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/health',
    { schema: { summary: 'Liveness and database reachability', response: { 200: health, 503: health } } },
    async (_request, reply) => {
      const up = await pingDatabase(app.db);
      return reply.status(up ? 200 : 503).send({ status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down', databaseKind: app.dbKind });
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
