import { Badge, Card, Grid, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnalysisQuestion, DistributionRowApi, QuestionFigures } from '../../../shared/analysis.ts';
import { Chart, errorBarSeries, type ChartOption } from '../../components/Chart/index.tsx';
import { answerLabel, ciPct, langOf, num, pct, type Lang } from './figure-format.ts';
import { MakeFindingDecisionButton } from '../decisions/MakeFindingDecisionButton.tsx';

function shareChart(q: AnalysisQuestion, rows: DistributionRowApi[], lang: Lang, horizontal: boolean): ChartOption {
  const labels = rows.map((r) => answerLabel(q, r.value, lang));
  const values = rows.map((r) => +(r.share * 100).toFixed(2));
  const bars = rows.map((r, i) => [i, r.ci95[0] * 100, r.ci95[1] * 100] as [number, number, number]);
  const category = { type: 'category' as const, data: labels, axisLabel: { interval: 0, width: 120, overflow: 'truncate' as const } };
  const value = { type: 'value' as const, max: 100, axisLabel: { formatter: '{value}%' } };
  return {
    grid: { left: horizontal ? 130 : 40, right: 20, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${Number(v).toFixed(1)}%` },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: values, itemStyle: { color: '#228be6' }, barMaxWidth: 36 }, errorBarSeries(bars, horizontal)] as ChartOption['series'],
  };
}

function npsChart(f: Extract<QuestionFigures, { type: 'nps' }>, t: (k: string) => string): ChartOption {
  const n = f.nps!;
  const part = (name: string, share: number, color: string) => ({ type: 'bar' as const, name, stack: 'nps', data: [+(share * 100).toFixed(1)], itemStyle: { color }, label: { show: share > 0.06, formatter: '{c}%' } });
  return {
    grid: { left: 10, right: 10, top: 30, bottom: 10, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v}%` },
    xAxis: { type: 'value', max: 100, show: false },
    yAxis: { type: 'category', data: [t('nps')], show: false },
    series: [part(t('detractors'), n.detractors, '#fa5252'), part(t('passives'), n.passives, '#fab005'), part(t('promoters'), n.promoters, '#40c057')],
  };
}

function histogram(bins: { label: string; count: number }[]): ChartOption {
  return {
    grid: { left: 40, right: 10, top: 10, bottom: 30 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: bins.map((b) => b.label) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: bins.map((b) => b.count), barCategoryGap: '2%', itemStyle: { color: '#15aabf' } }],
  };
}

function DistributionTable({ q, rows, lang }: { q: AnalysisQuestion; rows: DistributionRowApi[]; lang: Lang }) {
  const { t } = useTranslation('analysis');
  return (
    <Table fz="sm" striped withTableBorder>
      <Table.Thead>
        <Table.Tr><Table.Th>{t('answer')}</Table.Th><Table.Th ta="right">{t('count')}</Table.Th><Table.Th ta="right">{t('share')}</Table.Th><Table.Th ta="right">{t('ci')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.value}>
            <Table.Td>{answerLabel(q, r.value, lang)}</Table.Td>
            <Table.Td ta="right">{r.count}</Table.Td>
            <Table.Td ta="right">{pct(r.share)}</Table.Td>
            <Table.Td ta="right">{ciPct(r.ci95)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Figure({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text fw={700} size="lg">{value}</Text>
      {sub && <Text size="xs" c="dimmed">{sub}</Text>}
    </Stack>
  );
}

/** One question: a chart on the left, the figures beside it. */
export function QuestionCard({ question: q, figures: f, weighted }: { question: AnalysisQuestion; figures: QuestionFigures; weighted: boolean }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = langOf(i18n.language);
  let chart: ChartOption | null = null;
  let numbers: React.ReactNode = null;
  if (f.type === 'choice' && f.distribution.length > 0) {
    chart = shareChart(q, f.distribution, lang, f.distribution.length > 4);
    numbers = <DistributionTable q={q} rows={f.distribution} lang={lang} />;
  } else if (f.type === 'multi' && f.options.length > 0) {
    chart = shareChart(q, f.options, lang, true);
    numbers = (
      <Stack gap="xs">
        <DistributionTable q={q} rows={f.options} lang={lang} />
        <Text size="sm">{t('meanSelected', { n: num(f.meanSelected) })}</Text>
      </Stack>
    );
  } else if (f.type === 'nps' && f.nps) {
    chart = npsChart(f, t);
    const n = f.nps;
    numbers = (
      <Stack gap="sm" data-testid={`nps-${q.name}`}>
        <Group gap="xl">
          <Figure label={t('nps')} value={num(n.nps, 1)} sub={`${t('ci')} ${num(n.ci95[0], 1)} – ${num(n.ci95[1], 1)} · ${t('se')} ${num(n.se, 2)}`} />
          <Figure label={t('promoters')} value={pct(n.promoters)} />
          <Figure label={t('passives')} value={pct(n.passives)} />
          <Figure label={t('detractors')} value={pct(n.detractors)} />
        </Group>
        <DistributionTable q={q} rows={f.distribution} lang={lang} />
      </Stack>
    );
  } else if (f.type === 'rating' && f.descriptives) {
    chart = shareChart(q, f.distribution, lang, false);
    const d = f.descriptives;
    const csat = q.scale && q.scale.min === 1 && q.scale.max === 5;
    numbers = (
      <Stack gap="sm">
        <Group gap="xl">
          <Figure label={t('mean')} value={num(d.mean)} sub={`${t('ci')} ${num(d.meanCi95[0])} – ${num(d.meanCi95[1])}`} />
          <Figure label={t('median')} value={num(d.median, 1)} sub={`${t('ci')} ${num(d.medianCi95[0], 1)} – ${num(d.medianCi95[1], 1)}`} />
          <Figure label={t('sd')} value={num(d.sd)} sub={`${t('ci')} ${num(d.sdCi95[0])} – ${num(d.sdCi95[1])}`} />
          {f.topTwoBox && <Figure label={csat ? `${t('topTwoBox')} / ${t('csat')}` : t('topTwoBox')} value={pct(f.topTwoBox.estimate)} sub={`${t('ci')} ${ciPct(f.topTwoBox.ci95)}`} />}
          {f.bottomTwoBox && <Figure label={t('bottomTwoBox')} value={pct(f.bottomTwoBox.estimate)} sub={`${t('ci')} ${ciPct(f.bottomTwoBox.ci95)}`} />}
        </Group>
        <DistributionTable q={q} rows={f.distribution} lang={lang} />
      </Stack>
    );
  } else if (f.type === 'number' && f.descriptives) {
    const d = f.descriptives;
    if (f.histogram?.length) chart = histogram(f.histogram);
    numbers = (
      <Group gap="xl">
        <Figure label={t('mean')} value={num(d.mean)} sub={`${t('ci')} ${num(d.meanCi95[0])} – ${num(d.meanCi95[1])}`} />
        <Figure label={t('median')} value={num(d.median, 1)} sub={`${t('ci')} ${num(d.medianCi95[0], 1)} – ${num(d.medianCi95[1], 1)}`} />
        <Figure label={t('sd')} value={num(d.sd)} />
        <Figure label="min – max" value={`${d.min} – ${d.max}`} />
      </Group>
    );
  } else if (f.type === 'text') {
    numbers = <Text size="sm">{t('textAnswers', { n: f.base })}</Text>;
  } else {
    numbers = <Text size="sm" c="dimmed">{t('noAnswers')}</Text>;
  }
  return (
    <Card withBorder data-question={q.name}>
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{q.title[lang]}</Text>
        <Group gap="xs">
          <Text size="xs" c="dimmed">n = {f.base}{f.missing > 0 ? ` · ${t('missing', { n: f.missing })}` : ''}</Text>
          {f.smallBase && f.base > 0 && <Badge color="orange" size="sm">{t('smallBase')}</Badge>}
          {weighted && <Badge color="grape" size="sm">{t('weighted')}</Badge>}
          <MakeFindingDecisionButton question={q} figures={f} />
        </Group>
      </Group>
      <Grid>
        {chart && <Grid.Col span={{ base: 12, md: 6 }}><Chart option={chart} height={f.type === 'nps' ? 110 : 240} label={q.title[lang]} /></Grid.Col>}
        <Grid.Col span={{ base: 12, md: chart ? 6 : 12 }}>{numbers}</Grid.Col>
      </Grid>
    </Card>
  );
}

