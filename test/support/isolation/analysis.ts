import type { IsolationFixtures } from './types.ts';

// The analysis routes use surveyId (fixture in surveys.ts); these are valid bodies for their writes and POST reads.
export const fixtures: IsolationFixtures = {
  objects: {},
  sampleBodies: {
    'POST /api/w/:workspaceId/surveys/:surveyId/analysis/summary': { filter: { channels: ['link'] } },
    'POST /api/w/:workspaceId/surveys/:surveyId/analysis/crosstab': { rowQuestion: 'frequency', columnQuestion: 'nps' },
    'POST /api/w/:workspaceId/surveys/:surveyId/analysis/drivers': { outcome: 'nps', attributes: ['frequency'] },
    'POST /api/w/:workspaceId/surveys/:surveyId/analysis/trend': { period: 'month' },
    'PUT /api/w/:workspaceId/surveys/:surveyId/analysis/weighting': { margins: { frequency: { weekly: 50, monthly: 50 } } },
  },
};
