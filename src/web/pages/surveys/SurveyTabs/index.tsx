import { Anchor, Stack, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

export type SurveyTab = 'build' | 'distribute' | 'responses';

const PATHS: Record<SurveyTab, string> = { build: '', distribute: '/distribute', responses: '/responses' };

/**
 * The three pages of one survey (build, distribute, responses) as tabs at the top of each; with a
 * heading (the survey's name) also the way back to the list, for the pages that have no header of their own.
 */
export function SurveyTabs({ surveyId, active, heading }: { surveyId: string; active: SurveyTab; heading?: string }) {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  return (
    <Stack gap="xs">
      {heading !== undefined && (
        <>
          <Anchor component={Link} to="/surveys" size="sm">
            ← {t('builder.back')}
          </Anchor>
          <Title order={2}>{heading}</Title>
        </>
      )}
      <Tabs value={active} onChange={(v) => v && v !== active && navigate(`/surveys/${surveyId}${PATHS[v as SurveyTab]}`)} data-testid="survey-tabs">
        <Tabs.List>
          {(Object.keys(PATHS) as SurveyTab[]).map((tab) => (
            <Tabs.Tab key={tab} value={tab} data-testid={`survey-tab-${tab}`}>
              {t(`tabs.${tab}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </Stack>
  );
}
