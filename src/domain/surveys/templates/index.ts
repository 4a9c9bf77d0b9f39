import type { TemplateName } from '../../../shared/surveys.ts';
import { errors } from '../../../server/errors.ts';
import { coCreationTemplate } from './co-creation.ts';
import { csatTemplate } from './csat.ts';
import { customerNeedsTemplate } from './customer-needs.ts';
import { housingPreferencesTemplate } from './housing-preferences.ts';
import { npsTemplate } from './nps.ts';
import type { SurveyTemplate } from './survey-template.ts';
import { t } from './survey-template.ts';

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [npsTemplate, csatTemplate, customerNeedsTemplate, housingPreferencesTemplate, coCreationTemplate];

/** A deep copy of a template, so that callers may change it freely. */
export function findTemplate(name: TemplateName): SurveyTemplate {
  const found = SURVEY_TEMPLATES.find((x) => x.name === name);
  if (!found) throw errors.notFound('Template');
  return structuredClone(found);
}

/** A new, blank survey: one page with one open question to start from. */
export function blankDefinition(): Record<string, unknown> {
  return {
    title: t('Nieuwe vragenlijst', 'New survey'),
    description: t('', ''),
    completedHtml: t('Bedankt voor het invullen!', 'Thank you for taking part!'),
    showQuestionNumbers: 'off',
    pages: [{ name: 'page1', elements: [{ type: 'comment', name: 'q1', title: t('Wat wilt u ons vertellen?', 'What would you like to tell us?') }] }],
  };
}
