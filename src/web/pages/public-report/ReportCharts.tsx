import ReactECharts from 'echarts-for-react';

/** Horizontal bars (largest on top), rendered as SVG. */
export default function ReportBars({ title, rows, testId }: { title: string; rows: { label: string; value: number }[]; testId: string }) {
  const data = [...rows].reverse();
  const option = {
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: data.map((r) => r.label), axisLabel: { width: 220, overflow: 'truncate' } },
    series: [{ type: 'bar', data: data.map((r) => r.value), itemStyle: { color: '#0ca678' }, label: { show: true, position: 'right' } }],
    animation: false,
  };
  return (
    <div data-testid={testId} role="img" aria-label={title}>
      {/* SVG renderer: the charts stay sharp when the report is printed to PDF. */}
      <ReactECharts option={option} opts={{ renderer: 'svg' }} style={{ height: Math.max(140, 40 + rows.length * 36), width: '100%' }} notMerge />
    </div>
  );
}
