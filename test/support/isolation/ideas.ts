import { randomUUID } from 'node:crypto';
import type { IsolationFixtures } from './types.ts';
import type { TestApp, TestUser } from '../test-app.ts';
import { ensureBoard } from '../../../src/domain/ideas/board.repository.ts';

// A 1x1 PNG, enough for a stored image row.
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010800000000', 'hex');

async function ideaOf(b: TestUser, t: TestApp) {
  const board = await ensureBoard(t.app.db, b.workspaceId);
  const id = randomUUID();
  await t.app.db.insertInto('ideas').values({ id, workspace_id: b.workspaceId, board_id: board.id, customer_id: null, pending_session_id: null, title: 'Idee van B', photo_id: null, language: 'nl', status_reason: null, status_changed_at: null, merged_into_id: null, published_at: new Date(), state: 'in_review' }).execute();
  return id;
}

export const fixtures: IsolationFixtures = {
  objects: {
    ideaId: ideaOf,
    commentId: async (b, t) => {
      const ideaId = await ideaOf(b, t);
      const id = randomUUID();
      await t.app.db.insertInto('idea_comments').values({ id, workspace_id: b.workspaceId, idea_id: ideaId, customer_id: null, author_user_id: null, pending_session_id: null, body: 'Reactie', state: 'in_review' }).execute();
      return id;
    },
    photoId: async (b, t) => {
      const board = await ensureBoard(t.app.db, b.workspaceId);
      const imageId = randomUUID();
      await t.app.db.insertInto('board_images').values({ id: imageId, workspace_id: b.workspaceId, mime_type: 'image/png', bytes: PNG, customer_id: null }).execute();
      const id = randomUUID();
      await t.app.db.insertInto('showcase_photos').values({ id, workspace_id: b.workspaceId, board_id: board.id, customer_id: null, pending_session_id: null, image_id: imageId, state: 'in_review' }).execute();
      return id;
    },
    tagId: async (b) => (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/idea-tags`, payload: { name: `tag-${randomUUID().slice(0, 8)}` } })).json().id,
    entryId: async (b) => (await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/changelog`, payload: { title: 'Nieuw: zondag open' } })).json().id,
  },
  sampleBodies: {
    'PATCH /api/w/:workspaceId/ideas/:ideaId': { pinned: true },
    'POST /api/w/:workspaceId/ideas/:ideaId/status': { status: 'planned' },
    'POST /api/w/:workspaceId/ideas/:ideaId/merge': { duplicateId: randomUUID() },
    'POST /api/w/:workspaceId/ideas/:ideaId/moderation': { decision: 'approve' },
    'POST /api/w/:workspaceId/ideas/:ideaId/comments': { body: 'Dank je!' },
    'POST /api/w/:workspaceId/idea-comments/:commentId/moderation': { decision: 'approve' },
    'POST /api/w/:workspaceId/showcase/:photoId/moderation': { decision: 'approve' },
    'POST /api/w/:workspaceId/idea-tags': { name: 'Assortiment' },
    'PATCH /api/w/:workspaceId/idea-tags/:tagId': { name: 'Openingstijden' },
    'PATCH /api/w/:workspaceId/board': { title: 'Ideeën' },
    'POST /api/w/:workspaceId/changelog': { title: 'Nieuw' },
    'PATCH /api/w/:workspaceId/changelog/:entryId': { title: 'Nieuw!' },
  },
};
