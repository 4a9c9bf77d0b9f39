import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import * as answerCountsMigration from '../../src/db/migrations/2026_11_23_2300_create_survey_answer_counts.ts';
import * as cheaperWritesMigration from '../../src/db/migrations/2026_11_24_1000_cheaper_response_writes.ts';
import { loadSurveyAnswerCounts } from '../../src/domain/analysis/answer-counts.repository.ts';
import { summariseSurvey } from '../../src/domain/analysis/summarise-survey.ts';
import { createTestApp, signUpUser, type TestApp, type TestUser } from '../support/test-app.ts';
import { createAnalysisSurvey, generateResponses } from './analysis-fixture.ts';

// The migration counts the responses stored before it: undo it (and the later migration that builds on it, in
// reverse order), store responses without triggers, redo both.
let t: TestApp;
let user: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  user = await signUpUser(t.app);
});
afterAll(async () => {
  await t?.close();
});

const triggerFunction = async (db: Kysely<any>) =>
  (await sql<{ def: string }>`select pg_get_functiondef('survey_answer_counts_apply'::regproc) as def`.execute(db)).rows[0].def;

it('backfills the answer counts of responses stored before the migration', async () => {
  const db = t.app.db as unknown as Kysely<any>;
  const latest = await triggerFunction(db);
  await cheaperWritesMigration.down(db);
  const before = await triggerFunction(db);
  await answerCountsMigration.down(db);
  const responses = generateResponses(600, 21);
  const surveyId = await createAnalysisSurvey(t.app, user, responses);
  await answerCountsMigration.up(db);
  // The later migration's `down` put back exactly the trigger function this migration creates.
  expect(await triggerFunction(db)).toBe(before);
  await cheaperWritesMigration.up(db);
  expect(await triggerFunction(db)).toBe(latest);
  const counts = await loadSurveyAnswerCounts(t.app.db, user.workspaceId, surveyId);
  expect(counts.complete).toBe(responses.filter((r) => r.status === 'complete').length);
  const counted = await summariseSurvey(t.app.db, { workspaceId: user.workspaceId, surveyId });
  const scanned = await summariseSurvey(t.app.db, { workspaceId: user.workspaceId, surveyId, counting: 'scan' });
  expect(counted).toEqual(scanned);
  // And the triggers are back: a new complete response is counted.
  await t.app.db.updateTable('responses').set({ status: 'complete' }).where('survey_id', '=', surveyId).where('status', '=', 'partial').execute();
  expect((await loadSurveyAnswerCounts(t.app.db, user.workspaceId, surveyId)).complete).toBe(600);
});
