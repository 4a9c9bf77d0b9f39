import { randomUUID } from 'node:crypto';
import type { IsolationFixtures } from './types.ts';
import type { TestApp, TestUser } from '../test-app.ts';
import { ensureBoard } from '../../../src/domain/ideas/board.repository.ts';

async function cardOf(b: TestUser, t: TestApp) {
  const board = await ensureBoard(t.app.db, b.workspaceId);
  const ideaId = randomUUID();
  await t.app.db.insertInto('ideas').values({ id: ideaId, workspace_id: b.workspaceId, board_id: board.id, customer_id: null, pending_session_id: null, title: 'Idee van B', photo_id: null, language: 'nl', status_reason: null, status_changed_at: null, merged_into_id: null, published_at: new Date(), state: 'published' }).execute();
  const res = await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/decisions`, payload: { sourceType: 'idea', sourceRef: ideaId } });
  return res.json().id as string;
}

export const fixtures: IsolationFixtures = {
  objects: {
    cardId: cardOf,
    reportId: async (b) => (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/reports`, payload: { periodKind: 'month', period: '2026-11' } })).json().id,
  },
  sampleBodies: {
    'PUT /api/w/:workspaceId/identity': { character: 'c', values: 'v', ownWords: '', greatAt: [], goodAt: [], cannotDo: [], audience: '', audienceSegmentIds: [], imageQuestions: [] },
    'POST /api/w/:workspaceId/decisions': { sourceType: 'finding', sourceRef: 'f1', title: 'Bevinding' },
    'PATCH /api/w/:workspaceId/decisions/:cardId': { effort: 2 },
    'POST /api/w/:workspaceId/decisions/:cardId/decide': { decision: 'park', reason: 'later bekijken' },
    'POST /api/w/:workspaceId/decisions/:cardId/made': { reason: 'klaar en in de winkel' },
    'POST /api/w/:workspaceId/decisions/:cardId/notify-respondents': {},
    'PUT /api/w/:workspaceId/decision-weights': { customer: 1, us: 1, society: 1 },
    'POST /api/w/:workspaceId/reports': { periodKind: 'month', period: '2026-11' },
    'POST /api/w/:workspaceId/reports/:reportId/revoke': {},
  },
};
