import { Badge, Card, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendResponse } from '../../../shared/analysis.ts';
import { api } from '../../api/client.ts';
import { Chart, type ChartOption } from '../../components/Chart/index.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import type { AnalysisView } from './SurveyAnalysis.tsx';
import { langOf, num } from './figure-format.ts';

type Period = 'week' | 'month' | 'quarter';

/** NPS (or a mean rating) per week, month or quarter with its 95% CI band; small periods marked. */
export function TrendTab({ view }: { view: AnalysisView }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = langOf(i18n.language);
  const numeric = (view.summary?.questions ?? []).filter((q) => ['rating', 'nps', 'number'].includes(q.figures.type)).map((q) => ({ value: q.question.name, label: q.question.title[lang] }));
  const [question, setQuestion] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>('month');
  const [result, setResult] = useState<TrendResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setError(null);
    api.post<TrendResponse>(`${view.base}/trend`, { question: question ?? undefined, period, filter: view.filter, weighted: view.weighted }).then(setResult, setError);
  }, [view.base, view.filter, view.weighted, question, period]);

  const points = result?.points ?? [];
  const lower = points.map((p) => (p.ci95 ? p.ci95[0] : p.estimate));
  const upper = points.map((p, i) => (p.ci95 ? p.ci95[1] - lower[i] : 0));
  const option: ChartOption = {
    grid: { left: 50, right: 20, top: 30, bottom: 40 },
    tooltip: { trigger: 'axis', formatter: (ps: unknown) => { const i = (ps as { dataIndex: number }[])[0].dataIndex; const p = points[i]; return `${p.period}<br/>${num(p.estimate, 1)} (${p.ci95 ? `${num(p.ci95[0], 1)} – ${num(p.ci95[1], 1)}` : '–'})<br/>n = ${p.n}${p.smallBase ? ` · ${t('smallBase')}` : ''}`; } },
    xAxis: { type: 'category', data: points.map((p) => p.period), boundaryGap: false },
    yAxis: { type: 'value', scale: true, ...(result?.statistic === 'nps' ? { min: -100, max: 100 } : {}) },
    series: [
      { type: 'line', name: 'lower', data: lower, stack: 'ci', lineStyle: { opacity: 0 }, symbol: 'none', silent: true },
      { type: 'line', name: t('trend.ciBand'), data: upper, stack: 'ci', lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(34,139,230,0.18)' }, symbol: 'none', silent: true },
      {
        type: 'line', name: result?.statistic === 'nps' ? 'NPS' : t('mean'),
        data: points.map((p) => ({ value: +p.estimate.toFixed(2), itemStyle: p.smallBase ? { color: '#fd7e14' } : undefined, symbol: p.smallBase ? 'emptyCircle' : 'circle' })),
        symbolSize: 8, lineStyle: { width: 2, color: '#228be6' },
      },
    ],
  };
  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('trend.question')} data={numeric} value={question ?? result?.question?.name ?? null} onChange={setQuestion} w={300} />
        <SegmentedControl value={period} onChange={(v) => setPeriod(v as Period)} data={(['week', 'month', 'quarter'] as const).map((p) => ({ value: p, label: t(`trend.${p}`) }))} />
      </Group>
      <ErrorAlert error={error} />
      {result && !result.question && <Text c="dimmed">{t('trend.none')}</Text>}
      {result?.question && (
        <Card withBorder data-testid="trend">
          <Group justify="space-between">
            <Text fw={600}>{result.question.title[lang]}</Text>
            <Group gap="xs">
              {points.some((p) => p.smallBase) && <Badge color="orange">{t('smallBase')}</Badge>}
              {result.weighting && <Badge color="grape">{t('weighted')}</Badge>}
            </Group>
          </Group>
          <Chart option={option} height={320} label={result.question.title[lang]} />
        </Card>
      )}
    </Stack>
  );
}
