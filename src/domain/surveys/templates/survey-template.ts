import type { TemplateName } from '../../../shared/surveys.ts';

export interface LocalizedString {
  nl: string;
  en: string;
}

/** A survey to start from: written by us in Dutch and English, as SurveyJS JSON with {nl, en} strings. */
export interface SurveyTemplate {
  name: TemplateName;
  title: LocalizedString;
  description: LocalizedString;
  definition: Record<string, unknown>;
}

/** A bilingual SurveyJS string. */
export const t = (nl: string, en: string): LocalizedString => ({ nl, en });

/** A choice with a stable value and bilingual text. */
export const choice = (value: string | number, nl: string, en: string) => ({ value, text: t(nl, en) });
