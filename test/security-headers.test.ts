import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELMET_OPTIONS } from '../src/server/plugins/security-headers.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * The security headers are computed once (src/server/plugins/security-headers.ts); they must be exactly what
 * helmet itself writes when it runs on every request, as its own middleware on a plain Node server.
 */
let t: TestApp;
let plain: Server;
beforeAll(async () => {
  t = await createTestApp();
  const middleware = helmet(HELMET_OPTIONS);
  plain = createServer((req, res) => {
    res.setHeader('x-powered-by', 'something');
    middleware(req, res, () => res.end('ok'));
  });
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => plain.close(resolve));
});

const ignored = new Set(['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'transfer-encoding']);
const securityHeaders = (headers: Headers | Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(headers instanceof Headers ? Object.fromEntries(headers) : headers)
      .filter(([name]) => !ignored.has(name) && !name.startsWith('x-ratelimit'))
      .map(([name, value]) => [name, String(value)]),
  );

describe('security headers', () => {
  it('are the ones helmet writes per request, on routes, errors and unknown URLs', async () => {
    const expected = securityHeaders((await fetch(`http://127.0.0.1:${(plain.address() as AddressInfo).port}/`)).headers);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-frame-options', 'x-content-type-options']));
    expect(expected['content-security-policy']).toContain("frame-ancestors 'self'");
    for (const url of ['/api/auth/me', '/api/no-such-route', '/api/openapi.json']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(securityHeaders(res.headers), url).toEqual(expected);
    }
  });
});
