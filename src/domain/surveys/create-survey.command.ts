import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import type { TemplateName } from '../../shared/surveys.ts';
import { checkSurveyDefinition } from './check-survey-definition.ts';
import { newSurveySlug } from './survey-slug.ts';
import { blankDefinition, findTemplate } from './templates/index.ts';

export interface CreateSurveyProps {
  workspaceId: string;
  name: string;
  /** Start from one of our templates; without it (and without a definition) a blank survey. */
  template?: TemplateName;
  definition?: Record<string, unknown>;
  createdBy?: string | null;
  /** Fixed slug (demo data); otherwise a random short one. */
  slug?: string;
  status?: 'draft' | 'open' | 'closed';
  createdAt?: Date;
}

/** Creates a survey (status draft) with version 1. Throws a validation error for a bad definition. */
export async function createSurvey(db: Db, props: CreateSurveyProps): Promise<{ id: string; slug: string }> {
  const definition = props.definition ?? (props.template ? findTemplate(props.template).definition : blankDefinition());
  const problems = checkSurveyDefinition(definition);
  if (problems.length) throw errors.validation(problems, 'The survey definition is not valid.');
  const id = randomUUID();
  for (let attempt = 0; ; attempt++) {
    const slug = props.slug ?? newSurveySlug();
    const taken = await db.selectFrom('surveys').select('id').where('slug', '=', slug).executeTakeFirst();
    if (taken) {
      if (props.slug || attempt > 5) throw errors.conflict('SLUG_TAKEN', `The link /s/${slug} is taken.`);
      continue;
    }
    const createdAt = props.createdAt ?? new Date();
    await db
      .insertInto('surveys')
      .values({
        id,
        workspace_id: props.workspaceId,
        slug,
        name: props.name,
        status: props.status ?? 'draft',
        current_version: 1,
        template: props.template ?? null,
        created_by: props.createdBy ?? null,
        created_at: createdAt,
        updated_at: createdAt,
        opens_at: null,
        closes_at: null,
        quota: null,
      })
      .execute();
    await db.insertInto('survey_versions').values({ workspace_id: props.workspaceId, survey_id: id, version: 1, definition: JSON.stringify(definition), created_at: createdAt }).execute();
    return { id, slug };
  }
}
