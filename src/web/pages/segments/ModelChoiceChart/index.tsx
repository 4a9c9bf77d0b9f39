import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import type { SegmentationModelSummary } from '../../../../shared/segments.ts';

/**
 * BIC, AIC and -2·log-likelihood per number of segments (left axis) and the classification entropy
 * (right axis, 0..1); the best K by BIC is marked. Clicking a point picks that K.
 */
export default function ModelChoiceChart({ models, best, selected, onSelect }: { models: SegmentationModelSummary[]; best: number; selected: number; onSelect: (k: number) => void }) {
  const { t } = useTranslation('segments');
  const ks = models.map((m) => String(m.k));
  const bestIndex = models.findIndex((m) => m.k === best);
  const option = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { data: ['BIC', 'AIC', '−2LL', t('models.entropy')] },
    grid: { left: 70, right: 50, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: ks, name: 'K', nameLocation: 'middle', nameGap: 26 },
    yAxis: [
      { type: 'value', scale: true, name: 'BIC / AIC' },
      { type: 'value', min: 0, max: 1, name: t('models.entropy'), splitLine: { show: false } },
    ],
    series: [
      {
        name: 'BIC',
        type: 'line',
        data: models.map((m) => Number(m.bic.toFixed(1))),
        symbolSize: 9,
        markPoint: bestIndex >= 0 ? { symbol: 'pin', symbolSize: 46, data: [{ coord: [bestIndex, Number(models[bestIndex].bic.toFixed(1))], value: `K=${best}` }] } : undefined,
        markLine: { symbol: 'none', silent: true, lineStyle: { type: 'dashed' }, data: [{ xAxis: String(selected) }] },
      },
      { name: 'AIC', type: 'line', data: models.map((m) => Number(m.aic.toFixed(1))) },
      { name: '−2LL', type: 'line', data: models.map((m) => Number((-2 * m.loglik).toFixed(1))), lineStyle: { type: 'dotted' } },
      { name: t('models.entropy'), type: 'line', yAxisIndex: 1, data: models.map((m) => (m.entropy === null ? null : Number(m.entropy.toFixed(3)))) },
    ],
  };
  return (
    <div data-testid="model-choice-chart">
      <ReactECharts
        option={option}
        style={{ height: 320 }}
        notMerge
        onEvents={{ click: (p: { dataIndex?: number }) => p.dataIndex !== undefined && onSelect(models[p.dataIndex].k) }}
      />
    </div>
  );
}
