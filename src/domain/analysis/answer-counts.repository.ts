import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';

/**
 * The incremental answer counts of one survey (table survey_answer_counts, kept by statement-level triggers on
 * `responses`, see migration 2026_11_23_2300_create_survey_answer_counts): complete responses, their channels,
 * and per question the respondents per answer text ('value') or with a non-blank answer ('answered').
 */
export interface SurveyAnswerCounts {
  complete: number;
  /** Channels with complete responses, in the database's text order (as completeResponseChannels). */
  channels: string[];
  byQuestion: Map<string, { kind: 'value' | 'answered'; value: string; count: number }[]>;
}

/** Longest question name the triggers count (longer keys are skipped, so such questions need the scan). */
export const MAX_COUNTED_QUESTION = 200;

/** Reads a survey's answer counts (summing the stripes): one index range read of a few hundred rows at most, whatever the number of responses. */
export async function loadSurveyAnswerCounts(db: Db, workspaceId: string, surveyId: string): Promise<SurveyAnswerCounts> {
  const rows = await db
    .selectFrom('survey_answer_counts')
    .select(['question', 'kind', 'value', sql<number>`sum(n)`.as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId)
    .groupBy(['question', 'kind', 'value'])
    .having(sql`sum(n)`, '<>', 0)
    .orderBy('question')
    .orderBy('kind')
    .orderBy('value')
    .execute();
  const out: SurveyAnswerCounts = { complete: 0, channels: [], byQuestion: new Map() };
  for (const r of rows) {
    const n = Number(r.n);
    if (r.kind === 'complete') out.complete = n;
    else if (r.kind === 'channel') out.channels.push(r.value);
    else {
      const list = out.byQuestion.get(r.question) ?? [];
      list.push({ kind: r.kind, value: r.value, count: n });
      out.byQuestion.set(r.question, list);
    }
  }
  return out;
}
