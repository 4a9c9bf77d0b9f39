import { describeNumbers } from '../../analysis/descriptives.ts';
import { netPromoterScore } from '../../analysis/nps.ts';
import type { Db } from '../../db/database.ts';
import type { SegmentComparison, SegmentComparisonMetric } from '../../shared/segments.ts';
import type { SurveyQuestion } from '../surveys/survey-questions.ts';
import { loadSegmentSurvey } from './segment-survey.repository.ts';
import { requireSegmentation, segmentAssignments } from './segmentation.repository.ts';

function numeric(v: unknown): number | null {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/**
 * One metric per segment: the NPS (0–10 question) with its normal-approximation 95% interval
 * (netPromoterScore), or the mean rating with its t interval (describeNumbers). A segment with too
 * few answers (none for NPS, fewer than 2 for a mean) gets null.
 */
export function segmentMetric(question: SurveyQuestion, labels: readonly string[], rows: readonly { segment: number; answers: Record<string, unknown> }[]): SegmentComparisonMetric {
  const kind = question.type === 'nps' ? 'nps' : 'mean';
  return {
    question: question.name,
    title: question.title,
    kind,
    scaleMin: question.rateMin ?? null,
    scaleMax: question.rateMax ?? null,
    segments: labels.map((label, segment) => {
      const values = rows.filter((r) => r.segment === segment).map((r) => numeric(r.answers[question.name])).filter((v): v is number => v !== null);
      if (kind === 'nps') {
        const scores = values.filter((v) => Number.isInteger(v) && v >= 0 && v <= 10);
        if (scores.length === 0) return { segment, label, n: 0, value: null, ci95: null, smallBase: true };
        const r = netPromoterScore(scores);
        return { segment, label, n: r.n, value: r.nps, ci95: r.ci95, smallBase: r.smallBase };
      }
      if (values.length < 2) return { segment, label, n: values.length, value: values[0] ?? null, ci95: null, smallBase: true };
      const r = describeNumbers(values);
      return { segment, label, n: r.n, value: r.mean, ci95: r.meanCi95, smallBase: r.smallBase };
    }),
  };
}

/** NPS and mean satisfaction (every NPS and rating question of the survey) per segment of a saved segmentation. */
export async function compareSegments(db: Db, workspaceId: string, segmentationId: string): Promise<SegmentComparison> {
  const seg = await requireSegmentation(db, workspaceId, segmentationId);
  const survey = await loadSegmentSurvey(db, workspaceId, seg.survey_id);
  const rows = await segmentAssignments(db, workspaceId, segmentationId);
  const questions = survey.questions.filter((q) => q.type === 'nps' || q.type === 'rating');
  return {
    segmentationId,
    segments: seg.labels.map((label, segment) => ({ segment, label, respondents: rows.filter((r) => r.segment === segment).length })),
    metrics: questions.map((q) => segmentMetric(q, seg.labels, rows)),
  };
}
