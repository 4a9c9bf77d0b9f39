import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { workspaceScope } from '../plugins/auth.ts';
import { healthRoutes } from './health.ts';
import { authRoutes } from './auth.ts';
import { inviteRoutes } from './invites.ts';
import { workspaceSettingsRoutes } from './workspace-settings.ts';
import { surveyRoutes } from './surveys.ts';
import { publicSurveyRoutes } from './public-surveys.ts';
import { contactRoutes } from './contacts.ts';
import { invitationRoutes, publicInvitationRoutes } from './invitations.ts';
import { responseRoutes } from './responses.ts';
import { exportRoutes } from './exports.ts';
import { unsubscribeRoutes } from './unsubscribe.ts';
import { embedScriptRoutes, shareRoutes } from './embed.ts';
import { publicBoardRoutes } from './public-board.ts';
import { boardEmbedRoutes } from './public-board-pages.ts';
import { ideasRoutes } from './ideas.ts';
import { boardRoutes } from './board.ts';
import { themeRoutes } from './themes.ts';
import { evidenceRoutes } from './evidence.ts';
import { analysisRoutes } from './analysis.ts';
import { segmentRoutes } from './segments.ts';
import { identityRoutes } from './identity.ts';
import { decisionRoutes } from './decisions.ts';
import { reportRoutes } from './reports.ts';
import { publicReportRoutes } from './public-reports.ts';

/** Routes outside a workspace: health, auth, invitation links, public pages' APIs. */
const publicRoutes: FastifyPluginAsync[] = [healthRoutes, authRoutes, inviteRoutes, publicSurveyRoutes, publicInvitationRoutes, unsubscribeRoutes, embedScriptRoutes, publicBoardRoutes, boardEmbedRoutes, publicReportRoutes];

/**
 * Admin routes, each registered under /api/w/:workspaceId: the workspace scope checks membership and
 * role before any handler runs, and test/workspace-isolation.test.ts walks every one of them.
 */
const workspaceRoutes: { prefix: string; plugin: FastifyPluginAsync }[] = [{ prefix: '', plugin: workspaceSettingsRoutes }, { prefix: '', plugin: surveyRoutes }, { prefix: '', plugin: contactRoutes }, { prefix: '', plugin: invitationRoutes }, { prefix: '', plugin: responseRoutes }, { prefix: '', plugin: exportRoutes }, { prefix: '', plugin: shareRoutes }, { prefix: '', plugin: ideasRoutes }, { prefix: '', plugin: boardRoutes }, { prefix: '', plugin: themeRoutes }, { prefix: '', plugin: evidenceRoutes }, { prefix: '', plugin: segmentRoutes }, { prefix: '', plugin: analysisRoutes }, { prefix: '', plugin: identityRoutes }, { prefix: '', plugin: decisionRoutes }, { prefix: '', plugin: reportRoutes }];

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
