import type { QuestionType as SummaryType } from '../../analysis/question-summary.ts';
import { listQuestions, type SurveyQuestion } from '../surveys/survey-questions.ts';
import type { AnalysisQuestion } from '../../shared/analysis.ts';

/** A survey question with how analysis summarises it. */
export interface AnalysedQuestion {
  question: SurveyQuestion;
  /** How the figures are computed: choice (single, dropdown, boolean), multi, rating, nps, number or text (base only). */
  summaryType: SummaryType | 'text';
  /** Answer options in display order (values as text). */
  options?: string[];
  scale?: { min: number; max: number };
  api: AnalysisQuestion;
}

const SUMMARY_TYPE: Record<SurveyQuestion['type'], SummaryType | 'text' | null> = {
  single: 'choice', dropdown: 'choice', boolean: 'choice', multi: 'multi', rating: 'rating', nps: 'nps', number: 'number',
  text: 'text', comment: 'text', email: null, matrix: null, ranking: null,
};

/** The questions of a survey definition that analysis can summarise, in survey order (e-mail, matrix and ranking are left out). */
export function analysedQuestions(definition: Record<string, unknown>): AnalysedQuestion[] {
  return listQuestions(definition).flatMap((question) => {
    const summaryType = SUMMARY_TYPE[question.type];
    if (!summaryType) return [];
    const labels: AnalysisQuestion['labels'] = {};
    let options: string[] | undefined;
    if (question.choices) {
      options = question.choices.map((c) => String(c.value));
      for (const c of question.choices) labels[String(c.value)] = c.text;
      if (question.hasOther) labels.other = { nl: 'Anders', en: 'Other' };
      if (question.hasNone) labels.none = { nl: 'Geen', en: 'None' };
    }
    if (question.type === 'boolean') {
      options = [String(question.valueTrue ?? true), String(question.valueFalse ?? false)];
      labels[options[0]] = { nl: 'Ja', en: 'Yes' };
      labels[options[1]] = { nl: 'Nee', en: 'No' };
    }
    let scale: { min: number; max: number } | undefined;
    if ((question.type === 'rating' || question.type === 'nps') && question.rateValues?.length) {
      scale = { min: question.rateMin!, max: question.rateMax! };
      if (question.type === 'rating') options = question.rateValues.map(String);
    }
    return [{
      question, summaryType, options, scale,
      api: { name: question.name, title: question.title, questionType: question.type, labels, scale: scale ?? null },
    }];
  });
}

/** True for questions with one answer per respondent that a crosstab can use as a row or column. */
export const isCategorical = (q: AnalysedQuestion) => q.summaryType === 'choice' || q.summaryType === 'rating' || q.summaryType === 'nps';
/** True for questions with a numeric answer (means, group tests, drivers). */
export const isNumeric = (q: AnalysedQuestion) => q.summaryType === 'rating' || q.summaryType === 'nps' || q.summaryType === 'number';
