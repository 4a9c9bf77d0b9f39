import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import type { ThemeView } from '../../../shared/themes.ts';

/** Horizontal bars, one per theme (most people on top), stacked by sentiment. */
export function ThemeChart({ themes }: { themes: ThemeView[] }) {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const rows = [...themes].reverse();
  const series = (['negative', 'neutral', 'positive'] as const).map((key) => ({
    name: t(key),
    type: 'bar' as const,
    stack: 'sentiment',
    emphasis: { focus: 'series' as const },
    itemStyle: { color: key === 'positive' ? '#12b886' : key === 'neutral' ? '#adb5bd' : '#fa5252' },
    data: rows.map((r) => r.sentiment[key]),
  }));
  const option = {
    title: { text: t('chartTitle'), left: 0, textStyle: { fontSize: 14, fontWeight: 600 } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: { dataIndex: number; seriesName: string; value: number; marker: string }[]) => {
        const r = rows[params[0].dataIndex];
        const head = `<b>${r.label[lang]}</b><br/>${t('evidence.people', { count: r.evidence.distinctPeople })} · ${t(`evidence.verdict.${r.evidence.verdict}`)}`;
        return [head, ...params.map((p) => `${p.marker}${p.seriesName}: ${p.value}`)].join('<br/>');
      },
    },
    legend: { top: 0, right: 0 },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: t('answersAxis'), nameLocation: 'middle', nameGap: 24, minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.label[lang]), axisLabel: { width: 220, overflow: 'truncate' } },
    series,
  };
  return <ReactECharts option={option} style={{ height: Math.max(200, 60 + rows.length * 34) }} notMerge data-testid="theme-chart" />;
}
