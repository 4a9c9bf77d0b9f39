import Papa from 'papaparse';
import type { Db } from '../../db/database.ts';
import { spreadsheetSafe } from '../responses/export-csv.ts';
import { segmentColumns } from './segment-items.ts';
import { loadSegmentSurvey } from './segment-survey.repository.ts';
import { requireSegmentation, segmentAssignments } from './segmentation.repository.ts';

/**
 * Respondents with their segment as CSV (UTF-8 with BOM, CRLF): response id, customer e-mail,
 * segment number (1-based), segment name, probability, then one column per item used (the answer's
 * category value, e.g. "family", "true", "yes").
 */
export async function segmentationCsv(db: Db, workspaceId: string, segmentationId: string): Promise<{ filename: string; csv: string }> {
  const seg = await requireSegmentation(db, workspaceId, segmentationId);
  const survey = await loadSegmentSurvey(db, workspaceId, seg.survey_id);
  const rows = await segmentAssignments(db, workspaceId, segmentationId);
  const known = new Set(survey.questions.map((q) => q.name));
  const items = seg.items.filter((key) => known.has(key.split('=')[0]));
  const columns = segmentColumns(survey.questions, items, rows.map((r) => r.answers));
  const fields = ['response_id', 'email', 'segment', 'segment_name', 'probability', ...items];
  const data = rows.map((r, i) => [
    r.response_id,
    spreadsheetSafe(r.email ?? '') ?? '',
    r.segment + 1,
    spreadsheetSafe(seg.labels[r.segment] ?? '') ?? '',
    Number(r.probability.toFixed(4)),
    ...columns.map((c) => spreadsheetSafe((c.values[i] as string | null) ?? '') ?? ''),
  ]);
  const safeName = seg.name.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'segments';
  return { filename: `${safeName}.csv`, csv: '\uFEFF' + Papa.unparse({ fields, data }, { newline: '\r\n' }) };
}
