import { randomUUID } from 'node:crypto';
import type { TestApp, TestUser } from '../support/test-app.ts';

export const DAY = 86_400_000;

/** An NPS survey (template: why_low / why_mid / why_high open questions) in the user's workspace. */
export async function createNpsSurvey(u: TestUser): Promise<string> {
  const res = await u.request({ method: 'POST', url: `/api/w/${u.workspaceId}/surveys`, payload: { name: 'NPS', template: 'nps' } });
  if (res.statusCode !== 201) throw new Error(`survey: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

export async function addCustomer(t: TestApp, workspaceId: string, props: { segment?: string } = {}): Promise<string> {
  const id = randomUUID();
  await t.app.db
    .insertInto('customers')
    .values({ id, workspace_id: workspaceId, email: `${id}@example.org`, name: 'Klant', attributes: JSON.stringify(props.segment ? { segment: props.segment } : {}), locale: 'nl', unsubscribed_at: null })
    .execute();
  return id;
}

/** Stores a complete response with a low score and the given "why" text; returns the response id. */
export async function addAnswer(t: TestApp, workspaceId: string, surveyId: string, text: string, props: { customerId?: string | null; at?: Date; question?: string } = {}): Promise<string> {
  const id = randomUUID();
  const at = props.at ?? new Date();
  await t.app.db
    .insertInto('responses')
    .values({
      id,
      workspace_id: workspaceId,
      survey_id: surveyId,
      version: 1,
      client_token: randomUUID(),
      status: 'complete',
      answers: JSON.stringify({ nps: 3, [props.question ?? 'why_low']: text }),
      customer_id: props.customerId ?? null,
      invitation_id: null,
      respondent_key: null,
      language: 'nl',
      metadata: '{}',
      started_at: at,
      completed_at: at,
    })
    .execute();
  return id;
}

export const ref = (responseId: string, question = 'why_low') => `r:${responseId}:${question}`;
