import Fastify from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { registerErrorHandler } from '../src/server/plugins/error-handler.ts';
import { serializerCompiler } from '../src/server/zod-serializer.ts';

describe('response serialisation', () => {
  it('sends only what the response schema names, and a wrong response is a bare 500', async () => {
    const app = Fastify({ logger: false });
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandler(app);
    const schema = { response: { 200: z.object({ id: z.string().uuid(), count: z.number().int(), when: z.string().nullable() }) } };
    app.get('/ok', { schema }, async () => ({ id: '0b9f1b2e-5d7a-4c1e-9f3a-2b6d8e4c1a70', count: 3, when: null, passwordHash: 'secret' }));
    app.get('/wrong', { schema }, async () => ({ id: 'not-a-uuid', count: 1.5, when: null }));
    const ok = await app.inject({ url: '/ok' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ id: '0b9f1b2e-5d7a-4c1e-9f3a-2b6d8e4c1a70', count: 3, when: null });
    const wrong = await app.inject({ url: '/wrong' });
    expect(wrong.statusCode).toBe(500);
    expect(wrong.json()).toEqual({ error: { code: 'INTERNAL', message: 'Something went wrong on our side.', details: [] } });
    await app.close();
  });
});
