import type { TestApp, TestUser } from '../test-app.ts';

/**
 * What test/workspace-isolation.test.ts needs from each capability: for each path parameter of its
 * admin routes, how to create such an object in workspace B; and a valid body for each write route
 * ("METHOD /api/w/:workspaceId/..."), so that the object check is not stopped by validation.
 */
export interface IsolationFixtures {
  objects: Record<string, (b: TestUser, t: TestApp) => Promise<string>>;
  sampleBodies: Record<string, unknown>;
}
