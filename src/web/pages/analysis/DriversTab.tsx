import { Badge, Button, Card, Group, MultiSelect, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriversResponse } from '../../../shared/analysis.ts';
import { api } from '../../api/client.ts';
import { Chart, type ChartOption } from '../../components/Chart/index.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import type { AnalysisView } from './SurveyAnalysis.tsx';
import { langOf, num } from './figure-format.ts';

const QUADRANT_COLORS = { 'keep-up': '#40c057', 'concentrate-here': '#fa5252', 'possible-overkill': '#fab005', 'low-priority': '#868e96' } as const;

/** Driver analysis: outcome and attribute ratings; Shapley importance bars and the importance × performance chart. */
export function DriversTab({ view }: { view: AnalysisView }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = langOf(i18n.language);
  const numeric = (view.summary?.questions ?? []).filter((q) => ['rating', 'nps', 'number'].includes(q.figures.type)).map((q) => ({ value: q.question.name, label: q.question.title[lang] }));
  const [outcome, setOutcome] = useState<string | null>(null);
  const [attributes, setAttributes] = useState<string[]>([]);
  const [result, setResult] = useState<DriversResponse | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setError(null);
    try {
      setResult(await api.post<DriversResponse>(`${view.base}/drivers`, { outcome, attributes, filter: view.filter, weighted: view.weighted }));
    } catch (e) {
      setError(e);
    }
  }
  const rows = [...(result?.attributes ?? [])].sort((a, b) => b.importance - a.importance);
  const bars: ChartOption = {
    grid: { left: 160, right: 30, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((a) => a.question.title[lang]), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{ type: 'bar', data: rows.map((a) => ({ value: +(a.importance * 100).toFixed(1), itemStyle: { color: QUADRANT_COLORS[a.quadrant] } })), label: { show: true, position: 'right', formatter: '{c}%' } }],
  };
  const meanImportance = rows.length ? rows.reduce((s, a) => s + a.importance * 100, 0) / rows.length : 0;
  const meanPerformance = rows.length ? rows.reduce((s, a) => s + a.performance, 0) / rows.length : 0;
  const scatter: ChartOption = {
    grid: { left: 50, right: 30, top: 20, bottom: 45 },
    tooltip: { trigger: 'item', formatter: (p: unknown) => { const d = (p as { data: { name: string; value: number[] } }).data; return `${d.name}<br/>${d.value[0].toFixed(1)}% · ${d.value[1].toFixed(2)}`; } },
    xAxis: { type: 'value', name: t('drivers.importance'), nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'value', name: t('drivers.performance'), scale: true },
    series: [{
      type: 'scatter', symbolSize: 14,
      data: rows.map((a) => ({ name: a.question.title[lang], value: [a.importance * 100, a.performance], itemStyle: { color: QUADRANT_COLORS[a.quadrant] } })),
      label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
      markLine: { silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#adb5bd' }, data: [{ xAxis: meanImportance }, { yAxis: meanPerformance }] },
    }],
  };
  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('drivers.outcome')} data={numeric} value={outcome} onChange={setOutcome} w={260} />
        <MultiSelect label={t('drivers.attributes')} data={numeric.filter((q) => q.value !== outcome)} value={attributes} onChange={setAttributes} w={420} maxValues={15} />
        <Button onClick={run} disabled={!outcome || attributes.length === 0}>{t('drivers.run')}</Button>
      </Group>
      <ErrorAlert error={error} />
      {result && (
        <>
          <Group gap="xs">
            <Text size="sm">{t('drivers.r2', { r2: num(result.r2, 3), n: result.n })}</Text>
            {result.smallBase && <Badge color="orange">{t('smallBase')}</Badge>}
            {result.weighting && <Badge color="grape">{t('weighted')}</Badge>}
          </Group>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Card withBorder><Text fw={600} mb="xs">{t('drivers.importance')}</Text><Chart option={bars} height={Math.max(160, rows.length * 40 + 40)} label={t('drivers.importance')} /></Card>
            <Card withBorder><Text fw={600} mb="xs">{t('drivers.quadrant')}</Text><Chart option={scatter} height={320} label={t('drivers.quadrant')} /></Card>
          </SimpleGrid>
          <Group gap="xs">
            {Object.entries(QUADRANT_COLORS).map(([k, c]) => <Badge key={k} color={c} variant="filled">{t(`drivers.${k}`)}</Badge>)}
          </Group>
        </>
      )}
    </Stack>
  );
}
