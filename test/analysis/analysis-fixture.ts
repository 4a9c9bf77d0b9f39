import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { createRandom } from '../../src/analysis/random.ts';
import type { TestUser } from '../support/test-app.ts';

/** A demo-like survey: NPS, a frequency choice, channels, a multi-choice, three ratings, a number and a comment. */
export const analysisDefinition = {
  pages: [
    {
      name: 'p1',
      elements: [
        { type: 'rating', name: 'nps', title: { nl: 'Aanbevelen?', en: 'Recommend?' }, rateMin: 0, rateMax: 10 },
        { type: 'radiogroup', name: 'frequency', title: 'Hoe vaak?', choices: [{ value: 'weekly', text: { nl: 'Wekelijks', en: 'Weekly' } }, 'monthly', 'rarely'] },
        { type: 'dropdown', name: 'age', title: 'Leeftijd', choices: ['u35', '35-54', '55+'] },
        { type: 'radiogroup', name: 'household', title: 'Huishouden', choices: ['single', 'family'] },
        { type: 'checkbox', name: 'products', title: 'Producten', choices: ['bread', 'cake', 'coffee', 'pie'] },
        { type: 'rating', name: 'overall', title: 'Tevredenheid', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'taste', title: 'Smaak', rateMin: 1, rateMax: 5 },
        { type: 'rating', name: 'price', title: 'Prijs', rateMin: 1, rateMax: 5 },
        { type: 'text', inputType: 'number', name: 'visits', title: 'Bezoeken per maand' },
        { type: 'comment', name: 'why', title: 'Waarom?' },
      ],
    },
  ],
};

export interface GeneratedResponse {
  status: 'complete' | 'partial';
  channel: string;
  completedAt: Date;
  answers: Record<string, unknown>;
}

/** Seeded responses: some partial, some answers missing, ratings that drive the outcome, dates over 8 months. */
export function generateResponses(n: number, seed = 7): GeneratedResponse[] {
  const rng = createRandom(seed);
  const start = Date.UTC(2026, 0, 5);
  return Array.from({ length: n }, (_, i) => {
    const taste = 1 + rng.categorical([1, 2, 4, 6, 5]);
    const price = 1 + rng.categorical([2, 4, 5, 4, 2]);
    const overall = Math.max(1, Math.min(5, Math.round(0.6 * taste + 0.3 * price + rng.normal() * 0.7)));
    const nps = Math.max(0, Math.min(10, Math.round(overall * 2 + rng.normal() * 1.5)));
    const answers: Record<string, unknown> = {
      nps,
      frequency: ['weekly', 'monthly', 'rarely'][rng.categorical([5, 3, 2])],
      age: ['u35', '35-54', '55+'][rng.categorical([2, 4, 3])],
      household: ['single', 'family'][rng.categorical([3, 2])],
      products: ['bread', 'cake', 'coffee', 'pie'].filter(() => rng.next() < 0.45),
      overall,
      taste,
      price,
      visits: rng.int(12),
    };
    if (rng.next() < 0.1) delete answers.price;
    if (rng.next() < 0.05) answers.visits = String(answers.visits); // numbers sometimes arrive as text
    if (rng.next() < 0.3) answers.why = 'Lekker brood';
    return {
      status: rng.next() < 0.08 ? 'partial' : 'complete',
      channel: ['link', 'email', 'qr'][rng.categorical([5, 3, 1])],
      completedAt: new Date(start + rng.int(240) * 86_400_000 + rng.int(86_400_000)),
      answers,
    };
  });
}

/** Creates a survey with the analysis definition in the user's workspace and inserts the responses directly. */
export async function createAnalysisSurvey(app: FastifyInstance, user: TestUser, responses: GeneratedResponse[]): Promise<string> {
  const created = await user.request({ method: 'POST', url: `/api/w/${user.workspaceId}/surveys`, payload: { name: 'Analyse-enquête', template: 'nps' } });
  const surveyId = created.json().id as string;
  const put = await user.request({ method: 'PUT', url: `/api/w/${user.workspaceId}/surveys/${surveyId}/definition`, payload: { definition: analysisDefinition } });
  if (put.statusCode !== 200) throw new Error(`definition: ${put.statusCode} ${put.body}`);
  const survey = await app.db.selectFrom('surveys').select('current_version').where('id', '=', surveyId).executeTakeFirstOrThrow();
  for (let i = 0; i < responses.length; i += 500) {
    await app.db
      .insertInto('responses')
      .values(
        responses.slice(i, i + 500).map((r) => ({
          id: randomUUID(),
          workspace_id: user.workspaceId,
          survey_id: surveyId,
          version: survey.current_version,
          client_token: randomUUID(),
          status: r.status,
          answers: JSON.stringify(r.answers),
          channel: r.channel,
          metadata: '{}',
          completed_at: r.status === 'complete' ? r.completedAt : null,
        })),
      )
      .execute();
  }
  return surveyId;
}
