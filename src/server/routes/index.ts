import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { workspaceScope } from '../plugins/auth.ts';
import { healthRoutes } from './health.ts';
import { authRoutes } from './auth.ts';
import { inviteRoutes } from './invites.ts';
import { workspaceSettingsRoutes } from './workspace-settings.ts';
import { surveyRoutes } from './surveys.ts';
import { publicSurveyRoutes } from './public-surveys.ts';

/** Routes outside a workspace: health, auth, invitation links, public pages' APIs. */
const publicRoutes: FastifyPluginAsync[] = [healthRoutes, authRoutes, inviteRoutes, publicSurveyRoutes];

/**
 * Admin routes, each registered under /api/w/:workspaceId: the workspace scope checks membership and
 * role before any handler runs, and test/workspace-isolation.test.ts walks every one of them.
 */
const workspaceRoutes: { prefix: string; plugin: FastifyPluginAsync }[] = [{ prefix: '', plugin: workspaceSettingsRoutes }, { prefix: '', plugin: surveyRoutes }];

export async function registerRoutes(app: FastifyInstance) {
  for (const plugin of publicRoutes) await app.register(plugin);
  await app.register(
    async (scoped) => {
      await workspaceScope(scoped);
      for (const { prefix, plugin } of workspaceRoutes) await scoped.register(plugin, { prefix });
    },
    { prefix: '/api/w/:workspaceId' },
  );
}
