import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveySummary } from '../../../../shared/surveys.ts';
import type { SegmentationListItem } from '../../../../shared/segments.ts';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../../session.tsx';

/** The surveys to segment, and the saved segmentations. */
export default function SegmentsHome() {
  const { t } = useTranslation('segments');
  const workspaceId = useWorkspaceId();
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [saved, setSaved] = useState<SegmentationListItem[]>([]);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([api.get<SurveySummary[]>(ws(workspaceId, '/surveys')), api.get<SegmentationListItem[]>(ws(workspaceId, '/segmentations'))])
      .then(([s, g]) => {
        setSurveys(s);
        setSaved(g);
      })
      .catch(setError);
  }, [workspaceId]);

  return (
    <Stack maw={1000}>
      <Title order={2} data-testid="segments-title">
        {t('title')}
      </Title>
      <Text c="dimmed">{t('intro')}</Text>
      <ErrorAlert error={error} />
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('surveys')}
        </Title>
        {surveys && surveys.length === 0 && <Text>{t('noSurveys')}</Text>}
        <Stack gap="xs">
          {(surveys ?? []).map((s) => (
            <Group key={s.id} justify="space-between" data-testid={`segment-survey-${s.id}`}>
              <div>
                <Text fw={500}>{s.name}</Text>
                <Text size="sm" c="dimmed">
                  {t('responses', { count: s.completeCount })}
                </Text>
              </div>
              <Button component={Link} to={`find/${s.id}`} variant="light" data-testid="find-segments-link">
                {t('findSegments')}
              </Button>
            </Group>
          ))}
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('saved')}
        </Title>
        {saved.length === 0 ? (
          <Text c="dimmed">{t('noSaved')}</Text>
        ) : (
          <Table>
            <Table.Tbody>
              {saved.map((g) => (
                <Table.Tr key={g.id}>
                  <Table.Td>
                    <Anchor component={Link} to={g.id}>
                      {g.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {g.surveyName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {g.labels.map((l, i) => (
                        <Badge key={i} variant="light">
                          {String.fromCharCode(65 + i)}: {l}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t('segmentsCount', { count: g.labels.length })}</Table.Td>
                  <Table.Td>{t('respondents', { count: g.respondents })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
