import type { IsolationFixtures } from './types.ts';

async function npsSurvey(b: Parameters<IsolationFixtures['objects'][string]>[0]) {
  return (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/surveys`, payload: { name: 'B themes', template: 'nps' } })).json().id as string;
}

export const fixtures: IsolationFixtures = {
  objects: {
    sourceKey: async (b) => `survey:${await npsSurvey(b)}:why_low`,
    themeId: async (b, t) => {
      const source = `survey:${await npsSurvey(b)}:why_low`;
      await t.app.db.insertInto('themes').values({ workspace_id: b.workspaceId, source, id: 'price', label: JSON.stringify({ nl: 'Prijs', en: 'Price' }), keywords: '[]', origin: 'builtin', merged_into: null, split_from: null }).execute();
      return 'price';
    },
    customThemeId: async (b) =>
      (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/themes/custom`, payload: { label: { nl: 'Parkeren', en: 'Parking' }, keywords: ['parkeren'] } })).json().id,
  },
  sampleBodies: {
    'POST /api/w/:workspaceId/themes/sources/:sourceKey/answers/move': { answerRef: 'r:00000000-0000-4000-8000-000000000000:why_low', themeId: 'price' },
    'PATCH /api/w/:workspaceId/themes/sources/:sourceKey/themes/:themeId': { label: { nl: 'Prijs', en: 'Price' } },
    'POST /api/w/:workspaceId/themes/sources/:sourceKey/themes/:themeId/merge': { intoThemeId: 'delivery' },
    'POST /api/w/:workspaceId/themes/sources/:sourceKey/themes/:themeId/split': { label: { nl: 'Deel', en: 'Part' }, answerRefs: ['r:x:why_low'] },
    'POST /api/w/:workspaceId/themes/sources/:sourceKey/themes/:themeId/accept': {},
    'POST /api/w/:workspaceId/themes/custom': { label: { nl: 'Parkeren', en: 'Parking' }, keywords: ['parkeren'] },
    'PATCH /api/w/:workspaceId/themes/custom/:customThemeId': { keywords: ['parkeerplaats'] },
    'PUT /api/w/:workspaceId/evidence/settings': { minDistinct: 5, trivialShare: 0.02, establishedShare: 0.1, establishedCount: 30, growthFactor: 1.5, periods: 4, periodDays: 30 },
  },
};
