import ReactECharts from 'echarts-for-react';
import type { EChartsOption } from 'echarts';

// The full ECharts build, as the other areas use it (one shared chunk, loaded with the first lazy page that charts).
export type ChartOption = EChartsOption;

/**
 * A small ECharts wrapper: pass an option and a height. Import it only from lazily loaded pages
 * (ECharts is heavy). `label` names the chart for screen readers.
 */
export function Chart({ option, height = 260, label }: { option: ChartOption; height?: number; label?: string }) {
  return (
    <div role="img" aria-label={label} data-chart>
      <ReactECharts option={option} style={{ height, width: '100%' }} notMerge lazyUpdate />
    </div>
  );
}

/**
 * A custom series drawing vertical (or, with `horizontal`, horizontal) 95% CI whiskers: data items are
 * [category index, low, high].
 */
export function errorBarSeries(data: [number, number, number][], horizontal = false): NonNullable<EChartsOption['series']> {
  return {
    type: 'custom',
    name: 'CI 95%',
    silent: true,
    z: 10,
    data,
    renderItem: (_params: unknown, api: { value(i: number): number; coord(p: number[]): number[]; size(p: number[]): number[] }) => {
      const cat = api.value(0);
      const lo = horizontal ? api.coord([api.value(1), cat]) : api.coord([cat, api.value(1)]);
      const hi = horizontal ? api.coord([api.value(2), cat]) : api.coord([cat, api.value(2)]);
      const band = (horizontal ? api.size([0, 1])[1] : api.size([1, 0])[0]) * 0.15;
      const style = { stroke: '#333', lineWidth: 1.2 };
      const line = (x1: number, y1: number, x2: number, y2: number) => ({ type: 'line', shape: { x1, y1, x2, y2 }, style });
      return {
        type: 'group',
        children: horizontal
          ? [line(lo[0], lo[1], hi[0], hi[1]), line(lo[0], lo[1] - band, lo[0], lo[1] + band), line(hi[0], hi[1] - band, hi[0], hi[1] + band)]
          : [line(lo[0], lo[1], hi[0], hi[1]), line(lo[0] - band, lo[1], lo[0] + band, lo[1]), line(hi[0] - band, hi[1], hi[0] + band, hi[1])],
      };
    },
  } as unknown as NonNullable<EChartsOption['series']>;
}
