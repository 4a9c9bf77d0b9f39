import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/database.ts';
import { ensureBoard } from '../../src/domain/ideas/board.repository.ts';

/** A customer of the workspace (with an e-mail unless `email: null`). */
export async function addCustomer(db: Db, workspaceId: string, props: { email?: string | null; locale?: string; unsubscribed?: boolean; name?: string } = {}) {
  const id = randomUUID();
  await db
    .insertInto('customers')
    .values({
      id,
      workspace_id: workspaceId,
      email: props.email === undefined ? `c-${id.slice(0, 8)}@example.org` : props.email,
      name: props.name ?? null,
      attributes: JSON.stringify({}),
      locale: props.locale ?? 'nl',
      unsubscribed_at: props.unsubscribed ? new Date() : null,
    })
    .execute();
  return id;
}

/** A published idea with counted votes from the given customers. */
export async function addIdea(db: Db, workspaceId: string, title: string, voterIds: string[] = []) {
  const board = await ensureBoard(db, workspaceId);
  const id = randomUUID();
  await db
    .insertInto('ideas')
    .values({ id, workspace_id: workspaceId, board_id: board.id, customer_id: voterIds[0] ?? null, pending_session_id: null, title, description: `${title}, graag!`, photo_id: null, language: 'nl', status_reason: null, status_changed_at: null, merged_into_id: null, published_at: new Date(), state: 'published' })
    .execute();
  for (const customerId of voterIds) {
    await db.insertInto('votes').values({ id: randomUUID(), workspace_id: workspaceId, idea_id: id, customer_id: customerId, anonymous_key: null, pending_session_id: null }).execute();
  }
  return id;
}

/** A survey with an open "describe us" question and a multiple-choice adjectives question. */
export async function addImageSurvey(db: Db, workspaceId: string, answers: { customerId?: string | null; describe?: string; adjectives?: string[] }[]) {
  const id = randomUUID();
  await db.insertInto('surveys').values({ id, workspace_id: workspaceId, slug: `s-${id.slice(0, 8)}`, name: 'Hoe zien klanten ons?', opens_at: null, closes_at: null, quota: null, template: null, created_by: null }).execute();
  const definition = {
    pages: [
      {
        elements: [
          { type: 'comment', name: 'describe', title: { nl: 'Hoe zou je ons omschrijven?', en: 'How would you describe us?' } },
          {
            type: 'checkbox',
            name: 'adjectives',
            title: { nl: 'Welke woorden passen bij ons?', en: 'Which words fit us?' },
            choices: [
              { value: 'friendly', text: { nl: 'vriendelijk', en: 'friendly' } },
              { value: 'tasty', text: { nl: 'lekker', en: 'tasty' } },
              { value: 'expensive', text: { nl: 'duur', en: 'expensive' } },
              { value: 'slow', text: { nl: 'traag', en: 'slow' } },
            ],
          },
        ],
      },
    ],
  };
  await db.insertInto('survey_versions').values({ workspace_id: workspaceId, survey_id: id, version: 1, definition: JSON.stringify(definition) }).execute();
  for (const a of answers) {
    await db
      .insertInto('responses')
      .values({
        id: randomUUID(),
        workspace_id: workspaceId,
        survey_id: id,
        version: 1,
        client_token: randomUUID(),
        status: 'complete',
        answers: JSON.stringify({ ...(a.describe ? { describe: a.describe } : {}), ...(a.adjectives ? { adjectives: a.adjectives } : {}) }),
        language: 'nl',
        customer_id: a.customerId ?? null,
        invitation_id: null,
        respondent_key: null,
        metadata: JSON.stringify({}),
        completed_at: new Date(),
      })
      .execute();
  }
  return id;
}
