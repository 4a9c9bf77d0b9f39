import { uuidv7 } from '../../shared/ids.ts';
import type { Db } from '../../db/database.ts';
import { errors } from '../../server/errors.ts';
import { listQuestions } from '../surveys/survey-questions.ts';
import { validateAgainstQuestions } from '../surveys/answer-validation.ts';
import { parseCsvTable } from '../contacts/contact-csv.ts';
import { readImportRows, type ImportedResponse, type ImportMapping, type ImportProblem } from './import-columns.ts';
import { findSurveyDefinition } from './response-list.repository.ts';

export const MAX_IMPORT_ROWS = 10_000;

export interface ImportResponsesProps {
  workspaceId: string;
  surveyId: string;
  csv: string;
  mapping: ImportMapping;
  /** Check only: report problems and how many rows would be imported, store nothing. */
  dryRun?: boolean;
}

/**
 * Imports complete responses from CSV (channel 'import') against the survey's current version. Values
 * are read by readImportRows and then checked by the same validation as the public survey
 * (validateAgainstQuestions: options, scales, required, show-if). Nothing is stored when any row has a
 * problem; the problems (row, column, reason) are returned so the team can fix the file.
 */
export async function importResponses(db: Db, props: ImportResponsesProps): Promise<{ imported: number; problems: ImportProblem[] }> {
  const survey = await findSurveyDefinition(db, props.workspaceId, props.surveyId);
  if (!survey) throw errors.notFound('Survey');
  const questions = listQuestions(survey.definition);
  const table = parseCsvTable(props.csv);
  if (table.headers.length === 0) throw errors.validation([{ field: 'body.csv', reason: 'the file is empty' }]);
  if (table.rows.length > MAX_IMPORT_ROWS) throw errors.validation([{ field: 'body.csv', reason: `more than ${MAX_IMPORT_ROWS} rows` }]);
  const read = readImportRows(questions, table, props.mapping);
  const problems = [...read.problems];
  const rows: ImportedResponse[] = [];
  for (const r of read.responses) {
    const check = validateAgainstQuestions(questions, r.answers, { complete: true });
    if (check.problems.length) {
      for (const p of check.problems) problems.push({ row: r.row, column: (p.field ?? '').replace(/^answers\./, ''), reason: p.reason });
      continue;
    }
    rows.push({ ...r, answers: check.answers });
  }
  problems.sort((a, b) => a.row - b.row);
  if (problems.length || props.dryRun) return { imported: problems.length ? 0 : rows.length, problems };
  const now = new Date();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await trx
        .insertInto('responses')
        .values(
          rows.slice(i, i + 500).map((r) => ({
            id: uuidv7(),
            workspace_id: props.workspaceId,
            survey_id: props.surveyId,
            version: survey.current_version,
            client_token: `import-${uuidv7()}`,
            status: 'complete' as const,
            answers: JSON.stringify(r.answers),
            channel: 'import',
            language: r.language,
            customer_id: null,
            invitation_id: null,
            respondent_key: null,
            metadata: JSON.stringify({ importRow: r.row }),
            started_at: r.startedAt ?? r.completedAt ?? now,
            updated_at: now,
            completed_at: r.completedAt ?? now,
          })),
        )
        .execute();
    }
  });
  return { imported: rows.length, problems: [] };
}
