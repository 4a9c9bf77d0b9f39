import type { SurveyDetail, SurveySummary, SurveyVersionSummary } from '../../shared/surveys.ts';
import type { SurveyWithCounts } from './survey.repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** A survey row as the admin API shows it. */
export function presentSurvey(row: SurveyWithCounts): SurveySummary {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    status: row.status,
    currentVersion: row.current_version,
    template: row.template,
    responseCount: Number(row.response_count),
    completeCount: Number(row.complete_count),
    createdAt: iso(row.created_at)!,
    updatedAt: iso(row.updated_at)!,
    settings: { opensAt: iso(row.opens_at), closesAt: iso(row.closes_at), quota: row.quota, oneResponsePerPerson: row.one_response_per_person },
    publicPath: `/s/${row.slug}`,
  };
}

export function presentSurveyDetail(row: SurveyWithCounts, definition: Record<string, unknown>): SurveyDetail {
  return { ...presentSurvey(row), definition };
}

export function presentSurveyVersion(v: { version: number; created_at: Date; response_count: number; definition: Record<string, unknown> }): SurveyVersionSummary {
  return { version: v.version, createdAt: iso(v.created_at)!, responseCount: Number(v.response_count), definition: v.definition };
}
