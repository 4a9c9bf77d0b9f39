import { randomUUID } from 'node:crypto';
import type { IsolationFixtures } from './types.ts';

async function surveyOf(b: Parameters<IsolationFixtures['objects'][string]>[0]): Promise<string> {
  return (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/surveys`, payload: { name: 'B segments', template: 'housing-preferences' } })).json().id;
}

export const fixtures: IsolationFixtures = {
  objects: {
    runId: async (b, t) => {
      const id = randomUUID();
      await t.app.db
        .insertInto('segmentation_runs')
        .values({ id, workspace_id: b.workspaceId, survey_id: await surveyOf(b), items: JSON.stringify(['household']), result: null, error: null, created_by: null, status: 'running' })
        .execute();
      return id;
    },
    segmentationId: async (b, t) => {
      const id = randomUUID();
      const model = { k: 1, loglik: 0, bic: 0, aic: 0, entropy: null, npar: 0, converged: true, shares: [1], items: ['household'], categories: [['family']], probs: [[[1]]] };
      await t.app.db
        .insertInto('segmentations')
        .values({ id, workspace_id: b.workspaceId, survey_id: await surveyOf(b), name: 'B segmentation', items: JSON.stringify(['household']), k: 1, model: JSON.stringify(model), labels: JSON.stringify(['Iedereen']), created_by: null })
        .execute();
      return id;
    },
  },
  sampleBodies: {
    'POST /api/w/:workspaceId/segmentation-runs': { surveyId: randomUUID(), items: ['household'] },
    'POST /api/w/:workspaceId/segmentations': { runId: randomUUID(), k: 2, name: 'A segmentation' },
    'PATCH /api/w/:workspaceId/segmentations/:segmentationId': { name: 'Renamed' },
  },
};
