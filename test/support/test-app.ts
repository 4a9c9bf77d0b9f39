import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { testConfig, type Config } from '../../src/server/config.ts';
import { createTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** The whole app on a fresh database, driven through app.inject (no port). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const app = await buildApp({ config: testConfig(overrides), database, logger: false });
  await app.ready();
  return {
    app,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** A logged-in user: their cookie and CSRF token, and a request function that sends both. */
export interface TestUser {
  userId: string;
  email: string;
  workspaceId: string;
  cookie: string;
  csrfToken: string;
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
}

let counter = 0;

export function sessionUser(app: FastifyInstance, res: LightMyRequestResponse): TestUser {
  const body = res.json();
  const setCookie = res.cookies.find((c) => c.name === 'kb_session');
  if (!setCookie) throw new Error(`no session cookie in response ${res.statusCode}: ${res.body}`);
  const cookie = `kb_session=${setCookie.value}`;
  return {
    userId: body.user.id,
    email: body.user.email,
    workspaceId: body.currentWorkspaceId,
    cookie,
    csrfToken: body.csrfToken,
    request: (opts) => app.inject({ ...opts, headers: { cookie, 'x-csrf-token': body.csrfToken, ...(opts.headers ?? {}) } }),
  };
}

/** Signs up a new user with their own workspace. */
export async function signUpUser(app: FastifyInstance, props: { workspaceName?: string; email?: string } = {}): Promise<TestUser> {
  counter++;
  const email = props.email ?? `user${counter}-${Date.now()}@example.org`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    payload: { email, password: 'correct horse battery', name: `User ${counter}`, workspaceName: props.workspaceName ?? `Workspace ${counter}`, locale: 'nl' },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed ${res.statusCode}: ${res.body}`);
  return sessionUser(app, res);
}
