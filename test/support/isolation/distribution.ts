import { randomUUID } from 'node:crypto';
import type { IsolationFixtures } from './types.ts';

const csv = 'email,name\nisolation@example.org,Iso\n';

export const fixtures: IsolationFixtures = {
  objects: {
    customerId: async (b, t) => {
      const id = randomUUID();
      await t.app.db.insertInto('customers').values({ id, workspace_id: b.workspaceId, email: `${id}@example.org`, name: 'B customer', attributes: '{}', locale: 'nl', unsubscribed_at: null }).execute();
      return id;
    },
    responseId: async (b, t) => {
      const survey = await b.request({ method: 'POST', url: `/api/w/${b.workspaceId}/surveys`, payload: { name: 'B responses', template: 'nps' } });
      const surveyId = survey.json().id;
      const id = randomUUID();
      await t.app.db
        .insertInto('responses')
        .values({ id, workspace_id: b.workspaceId, survey_id: surveyId, version: 1, client_token: randomUUID(), answers: '{}', customer_id: null, invitation_id: null, respondent_key: null, language: 'nl', metadata: '{}', completed_at: null })
        .execute();
      return id;
    },
  },
  sampleBodies: {
    'POST /api/w/:workspaceId/surveys/:surveyId/contacts/import': { csv, mapping: { email: 'email', name: 'name' } },
    'POST /api/w/:workspaceId/surveys/:surveyId/invitations/send': {},
    'POST /api/w/:workspaceId/surveys/:surveyId/invitations/remind': {},
    'POST /api/w/:workspaceId/surveys/:surveyId/responses/import/columns': { csv },
    'POST /api/w/:workspaceId/surveys/:surveyId/responses/import': { csv, mapping: { email: '' } },
  },
};
