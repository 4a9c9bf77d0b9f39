import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import type { SurveySummary } from '../../../shared/surveys.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../session.tsx';
import SurveyAnalysis from './SurveyAnalysis.tsx';

function SurveyPicker() {
  const { t } = useTranslation('analysis');
  const workspaceId = useWorkspaceId();
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<SurveySummary[]>(ws(workspaceId, '/surveys')).then(setSurveys, setError);
  }, [workspaceId]);
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      <Text c="dimmed">{t('pickSurvey')}. {t('completeOnly')}</Text>
      <ErrorAlert error={error} />
      {surveys?.length === 0 && <Text>{t('noSurveys')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {surveys?.map((s) => (
          <Card key={s.id} withBorder data-survey={s.name}>
            <Stack gap="xs">
              <Text fw={600}>{s.name}</Text>
              <Group gap="xs">
                <Badge variant="light" color={s.status === 'open' ? 'teal' : 'gray'}>{t(`status.${s.status}`, { ns: 'surveys' })}</Badge>
                <Text size="sm" c="dimmed">{t('responses', { count: s.completeCount })}</Text>
              </Group>
              <Button component={Link} to={`/analysis/${s.id}`} variant="light">{t('open')}</Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export default function AnalysisPage() {
  return (
    <Routes>
      <Route index element={<SurveyPicker />} />
      <Route path=":surveyId/*" element={<SurveyAnalysis />} />
    </Routes>
  );
}
