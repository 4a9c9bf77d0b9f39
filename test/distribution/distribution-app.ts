import type { TestUser } from '../support/test-app.ts';
import { bakeryDefinition } from './survey-fixture.ts';

/** Creates a survey through the survey API, gives it the bakery definition and opens it. */
export async function openBakerySurvey(user: TestUser, name = 'Bakkerij enquête'): Promise<{ id: string; slug: string }> {
  const created = await user.request({ method: 'POST', url: `/api/w/${user.workspaceId}/surveys`, payload: { name, template: 'nps' } });
  if (created.statusCode !== 201) throw new Error(`create survey ${created.statusCode}: ${created.body}`);
  const id = created.json().id as string;
  const def = await user.request({ method: 'PUT', url: `/api/w/${user.workspaceId}/surveys/${id}/definition`, payload: { definition: bakeryDefinition } });
  if (def.statusCode !== 200) throw new Error(`definition ${def.statusCode}: ${def.body}`);
  const open = await user.request({ method: 'PATCH', url: `/api/w/${user.workspaceId}/surveys/${id}/settings`, payload: { status: 'open' } });
  if (open.statusCode !== 200) throw new Error(`open ${open.statusCode}: ${open.body}`);
  return { id, slug: open.json().slug as string };
}
