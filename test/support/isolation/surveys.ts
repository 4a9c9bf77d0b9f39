import type { IsolationFixtures } from './types.ts';

export const fixtures: IsolationFixtures = {
  objects: {
    surveyId: async (b) => (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/surveys`, payload: { name: 'B survey', template: 'nps' } })).json().id,
  },
  sampleBodies: {
    'POST /api/w/:workspaceId/surveys': { name: 'A survey', template: 'csat' },
    'PUT /api/w/:workspaceId/surveys/:surveyId/definition': {
      definition: { pages: [{ name: 'p1', elements: [{ type: 'comment', name: 'q1', title: 'Hoi' }] }] },
    },
    'PATCH /api/w/:workspaceId/surveys/:surveyId/settings': { status: 'open' },
  },
};
