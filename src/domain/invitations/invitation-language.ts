export type InvitationLanguage = 'nl' | 'en';

/**
 * The languages a survey definition is written in, primary first: SurveyJS localisable strings are
 * objects keyed by locale ({default, nl, en}); `locale` on the survey names the default one. A survey
 * with plain strings only is in its `locale`, or Dutch.
 */
export function surveyLanguages(definition: Record<string, unknown>): InvitationLanguage[] {
  const found = new Set<InvitationLanguage>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 12 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    const o = v as Record<string, unknown>;
    for (const l of ['nl', 'en'] as const) if (typeof o[l] === 'string' && (o[l] as string).trim()) found.add(l);
    for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(definition, 0);
  const declared = definition.locale === 'en' ? 'en' : definition.locale === 'nl' ? 'nl' : undefined;
  const primary: InvitationLanguage = declared ?? (found.has('nl') || found.size === 0 ? 'nl' : 'en');
  return [primary, ...[...found].filter((l) => l !== primary)];
}

/** The language to write to a customer in: theirs when the survey has it, else the survey's primary one. */
export function invitationLanguage(languages: readonly InvitationLanguage[], customerLocale: string | null): InvitationLanguage {
  const own = customerLocale?.slice(0, 2).toLowerCase();
  return languages.find((l) => l === own) ?? languages[0] ?? 'nl';
}
