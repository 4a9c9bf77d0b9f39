import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { AnalysisFilter, AnalysisSummary } from '../../../shared/analysis.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../session.tsx';
import { FilterBar } from './FilterBar.tsx';
import { SummaryTab } from './SummaryTab.tsx';
import { CrosstabTab } from './CrosstabTab.tsx';
import { WeightingTab } from './WeightingTab.tsx';
import { DriversTab } from './DriversTab.tsx';
import { TrendTab } from './TrendTab.tsx';
import { num } from './figure-format.ts';

/** What every tab needs: where to post, the filter and whether to weigh. */
export interface AnalysisView {
  base: string;
  filter: AnalysisFilter;
  weighted: boolean;
  summary: AnalysisSummary | null;
}

export default function SurveyAnalysis() {
  const { t } = useTranslation('analysis');
  const { surveyId = '' } = useParams();
  const workspaceId = useWorkspaceId();
  const base = ws(workspaceId, `/surveys/${surveyId}/analysis`);
  const [filter, setFilter] = useState<AnalysisFilter>({});
  const [weighted, setWeighted] = useState(true);
  const [summary, setSummary] = useState<AnalysisSummary | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tab, setTab] = useState<string | null>('summary');
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let stale = false;
    setError(null);
    api.post<AnalysisSummary>(`${base}/summary`, { filter, weighted }).then(
      (s) => !stale && setSummary(s),
      (e) => !stale && setError(e),
    );
    return () => {
      stale = true;
    };
  }, [base, filter, weighted, version]);

  const view: AnalysisView = { base, filter, weighted, summary };
  return (
    <Stack>
      <Anchor component={Link} to="/analysis" size="sm">← {t('back')}</Anchor>
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2}>{summary?.survey.name ?? t('title')}</Title>
          <Text size="sm" c="dimmed">{t('completeOnly')}</Text>
        </Stack>
        {summary && (
          <Group gap="xs">
            <Text size="sm" data-testid="analysis-base">{t('base', { n: summary.base.filtered, total: summary.base.complete })}</Text>
            {summary.base.smallBase && <Badge color="orange">{t('smallBase')}</Badge>}
            {summary.weighting && (
              <Badge color="grape" title={t('weightedInfo', { deff: num(summary.weighting.designEffect), neff: num(summary.weighting.effectiveN, 0) })}>
                {t('weighted')}
              </Badge>
            )}
          </Group>
        )}
      </Group>
      <FilterBar summary={summary} filter={filter} onChange={setFilter} weighted={weighted} onWeightedChange={setWeighted} />
      <ErrorAlert error={error} />
      {summary?.notes.map((n) => <Text key={n} c="orange" size="sm">{n}</Text>)}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="summary">{t('tabs.summary')}</Tabs.Tab>
          <Tabs.Tab value="crosstab">{t('tabs.crosstab')}</Tabs.Tab>
          <Tabs.Tab value="weighting">{t('tabs.weighting')}</Tabs.Tab>
          <Tabs.Tab value="drivers">{t('tabs.drivers')}</Tabs.Tab>
          <Tabs.Tab value="trend">{t('tabs.trend')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md"><SummaryTab view={view} /></Tabs.Panel>
        <Tabs.Panel value="crosstab" pt="md"><CrosstabTab view={view} /></Tabs.Panel>
        <Tabs.Panel value="weighting" pt="md"><WeightingTab view={view} onSaved={() => setVersion((v) => v + 1)} /></Tabs.Panel>
        <Tabs.Panel value="drivers" pt="md"><DriversTab view={view} /></Tabs.Panel>
        <Tabs.Panel value="trend" pt="md"><TrendTab view={view} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
