import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../../shared/error.ts';
import { evidenceSettings, evidenceSettingsBody, ideaEvidence as ideaEvidenceSchema, ideasEvidence as ideasEvidenceSchema } from '../../shared/evidence.ts';
import { DEFAULT_EVIDENCE_THRESHOLDS, evidenceRule } from '../../analysis/evidence.ts';
import { getEvidenceThresholds, saveEvidenceThresholds } from '../../domain/evidence/evidence-settings.repository.ts';
import { ideaEvidence } from '../../domain/evidence/idea-evidence.ts';
import { ideasEvidence } from '../../domain/evidence/ideas-evidence.ts';
import { requireWorkspace } from '../plugins/auth.ts';

const ideaParams = z.object({ workspaceId: z.string(), ideaId: z.string().uuid() });

/** Evidence cards (registered under /api/w/:workspaceId): the workspace's thresholds, an idea's card and the verdicts of all ideas. */
export async function evidenceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['evidence'];
  const present = (thresholds: typeof DEFAULT_EVIDENCE_THRESHOLDS) => ({ thresholds, defaults: { ...DEFAULT_EVIDENCE_THRESHOLDS }, rule: evidenceRule(thresholds) });

  r.get('/evidence/settings', { schema: { summary: 'Evidence thresholds of the workspace', tags, response: { 200: evidenceSettings, ...errorResponses } } }, async (request) => {
    const ws = requireWorkspace(request);
    return present(await getEvidenceThresholds(app.db, ws.id));
  });

  r.put(
    '/evidence/settings',
    { schema: { summary: 'Set the evidence thresholds', tags, body: evidenceSettingsBody, response: { 200: evidenceSettings, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      await saveEvidenceThresholds(app.db, ws.id, request.body);
      return present(await getEvidenceThresholds(app.db, ws.id));
    },
  );

  r.get(
    '/evidence/ideas',
    { schema: { summary: 'Verdict and distinct people of every idea of the workspace (one request for a list)', tags, response: { 200: ideasEvidenceSchema, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return ideasEvidence(app.db, ws.id);
    },
  );

  r.get(
    '/evidence/ideas/:ideaId',
    { schema: { summary: 'Evidence card of an idea (voters and commenters as distinct customers)', tags, params: ideaParams, response: { 200: ideaEvidenceSchema, ...errorResponses } } },
    async (request) => {
      const ws = requireWorkspace(request);
      return ideaEvidence(app.db, ws.id, request.params.ideaId);
    },
  );
}
