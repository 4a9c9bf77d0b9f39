import type { Db } from '../../db/database.ts';
import { findSurveyBySlug, getSurveyVersion, type SurveyRow } from './survey.repository.ts';
import { listQuestions, type SurveyQuestion } from './survey-questions.ts';

/**
 * A short-lived in-process cache of what the public endpoints read on every request (the survey by slug
 * and a version's question list), so that answering a submission costs no lookup query. Writes through
 * the domain functions invalidate it at once; another process sees a change within TTL_MS.
 */
const TTL_MS = 2000;

interface Entry<T> {
  value: T;
  at: number;
}

const bySlug = new Map<string, Entry<SurveyRow | undefined>>();
const versions = new Map<string, Entry<CachedVersion | undefined>>();

export interface CachedVersion {
  version: number;
  definition: Record<string, unknown>;
  questions: SurveyQuestion[];
}

function fresh<T>(e: Entry<T> | undefined): e is Entry<T> {
  return !!e && Date.now() - e.at < TTL_MS;
}

export async function cachedSurveyBySlug(db: Db, slug: string): Promise<SurveyRow | undefined> {
  const hit = bySlug.get(slug);
  if (fresh(hit)) return hit.value;
  const value = await findSurveyBySlug(db, slug);
  if (bySlug.size > 10_000) bySlug.clear();
  bySlug.set(slug, { value, at: Date.now() });
  return value;
}

export async function cachedSurveyVersion(db: Db, survey: { id: string; workspace_id: string }, version: number): Promise<CachedVersion | undefined> {
  const key = `${survey.id}:${version}`;
  const hit = versions.get(key);
  if (fresh(hit)) return hit.value;
  const definition = await getSurveyVersion(db, survey.workspace_id, survey.id, version);
  const value = definition ? { version, definition, questions: listQuestions(definition) } : undefined;
  if (versions.size > 10_000) versions.clear();
  versions.set(key, { value, at: Date.now() });
  return value;
}

/** Forgets a survey after it changed (settings, definition, deletion). */
export function invalidateSurveyCache(survey: { id: string; slug?: string }) {
  if (survey.slug) bySlug.delete(survey.slug);
  else for (const [slug, e] of bySlug) if (e.value?.id === survey.id) bySlug.delete(slug);
  for (const key of versions.keys()) if (key.startsWith(`${survey.id}:`)) versions.delete(key);
}
