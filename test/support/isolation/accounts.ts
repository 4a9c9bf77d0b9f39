import type { IsolationFixtures } from './types.ts';

export const fixtures: IsolationFixtures = {
  objects: {
    userId: async (b) => b.userId,
    inviteId: async (b) => (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/invites`, payload: { role: 'viewer' } })).json().id,
  },
  sampleBodies: {
    'PATCH /api/w/:workspaceId/members/:userId': { role: 'viewer' },
  },
};
