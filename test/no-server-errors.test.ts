import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUpUser, type TestApp, type TestUser } from './support/test-app.ts';

/**
 * "Never a 500 for user input": every registered route, public and admin, gets malformed JSON, an empty
 * object, an unknown field, wrong types and odd path parameters. Each answer must be a 2xx/3xx/4xx with the
 * error envelope on 4xx; no 5xx and no stack trace.
 */
let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUpUser(t.app);
});
afterAll(async () => t.close());

const PARAM_VALUES = [() => randomUUID(), () => 'not-a-uuid', () => '0', () => '%E2%82%AC', () => 'x'.repeat(300)];
const BODIES: { name: string; payload: string }[] = [
  { name: 'malformed JSON', payload: '{"a": ' },
  { name: 'empty object', payload: '{}' },
  { name: 'unknown field', payload: '{"__unknown__": true}' },
  { name: 'wrong types', payload: '{"name": 12, "title": [], "email": {}, "answers": "x", "role": 5, "text": null}' },
  { name: 'array', payload: '[1,2,3]' },
  // PostgreSQL text and jsonb cannot hold NUL: refused at the door, never a database error.
  { name: 'NUL character', payload: '{"name": "a\\u0000b", "title": "x", "text": "t\\u0000", "answers": {"q\\u0000": "\\u0000"}}' },
];

function routes() {
  return t.app.routeList.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !r.url.includes('*'));
}

function fill(url: string, value: () => string) {
  return url.replace(/:([A-Za-z]+)/g, (_, name: string) => (name === 'workspaceId' ? owner.workspaceId : value()));
}

describe('no route answers user input with a 5xx', () => {
  it('walks every route with bad bodies and odd parameters', async () => {
    const failures: string[] = [];
    for (const r of routes()) {
      const writes = r.method === 'POST' || r.method === 'PUT' || r.method === 'PATCH';
      for (const value of PARAM_VALUES) {
        const url = fill(r.url, value);
        for (const body of writes ? BODIES : [{ name: 'none', payload: '' }]) {
          const res = await owner.request({
            method: r.method as 'GET',
            url,
            payload: writes ? body.payload : undefined,
            headers: writes ? { 'content-type': 'application/json' } : {},
          });
          if (res.statusCode >= 500 || /at .*\.(ts|js):\d+/.test(res.body)) {
            failures.push(`${r.method} ${r.url} [${url.slice(0, 80)}] ${body.name}: ${res.statusCode} ${res.body.slice(0, 200)}`);
          } else if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
            const json = res.json();
            if (!json.error?.code || !Array.isArray(json.error?.details)) failures.push(`${r.method} ${r.url} ${body.name}: ${res.statusCode} without the error envelope`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
