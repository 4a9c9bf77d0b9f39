import { Loader, Stack } from '@mantine/core';
import type { AnalysisView } from './SurveyAnalysis.tsx';
import { QuestionCard } from './QuestionCard.tsx';

/** Every question summarised, with the filters and weighting of the view. */
export function SummaryTab({ view }: { view: AnalysisView }) {
  if (!view.summary) return <Loader />;
  return (
    <Stack>
      {view.summary.questions.map(({ question, figures }) => (
        <QuestionCard key={question.name} question={question} figures={figures} weighted={!!view.summary!.weighting} />
      ))}
    </Stack>
  );
}
