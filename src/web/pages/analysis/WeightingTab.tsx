import { Badge, Button, Card, Group, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WeightingReport, WeightingSetup } from '../../../shared/analysis.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import type { AnalysisView } from './SurveyAnalysis.tsx';
import { answerLabel, langOf, num, pct } from './figure-format.ts';

/** Weighting setup: questions, population percentages, optional trim bounds; shows the design effect and weights. */
export function WeightingTab({ view, onSaved }: { view: AnalysisView; onSaved(): void }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = langOf(i18n.language);
  const [report, setReport] = useState<WeightingReport | null>(null);
  const [margins, setMargins] = useState<WeightingSetup['margins']>({});
  const [trim, setTrim] = useState<[number, number] | null>(null);
  const [error, setError] = useState<unknown>(null);

  function show(r: WeightingReport) {
    setReport(r);
    setMargins(r.setup?.margins ?? {});
    setTrim(r.setup?.trim ?? null);
  }
  useEffect(() => {
    api.get<WeightingReport>(`${view.base}/weighting`).then(show, setError);
  }, [view.base]);

  async function run(action: () => Promise<void>) {
    setError(null);
    try {
      await action();
      onSaved();
    } catch (e) {
      setError(e);
    }
  }
  const candidates = report?.candidates ?? [];
  const chosen = Object.keys(margins);
  const choose = (names: string[]) =>
    setMargins(Object.fromEntries(names.map((n) => {
      if (margins[n]) return [n, margins[n]];
      const q = candidates.find((c) => c.name === n)!;
      const values = Object.keys(q.labels);
      return [n, Object.fromEntries(values.map((v) => [v, +(100 / values.length).toFixed(1)]))];
    })));
  const r = report?.result;
  return (
    <Stack>
      <Text size="sm">{t('weighting.intro')}</Text>
      <ErrorAlert error={error} />
      {report?.problem && <Text c="red" size="sm">{report.problem}</Text>}
      <MultiSelect label={t('weighting.questions')} data={candidates.map((c) => ({ value: c.name, label: c.title[lang] }))} value={chosen} onChange={choose} maxValues={6} w={420} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {chosen.map((name) => {
          const q = candidates.find((c) => c.name === name);
          if (!q) return null;
          const sum = Object.values(margins[name]).reduce((a, b) => a + b, 0);
          return (
            <Card withBorder key={name} data-weighting-question={name}>
              <Text fw={600} mb="xs">{q.title[lang]}</Text>
              <Stack gap={4}>
                {Object.keys(margins[name]).map((v) => (
                  <Group key={v} justify="space-between">
                    <Text size="sm">{answerLabel(q, v, lang)}</Text>
                    <NumberInput size="xs" w={100} min={0} max={100} suffix="%" decimalScale={1} value={margins[name][v]} onChange={(x) => setMargins({ ...margins, [name]: { ...margins[name], [v]: Number(x) || 0 } })} aria-label={`${name} ${v}`} />
                  </Group>
                ))}
              </Stack>
              <Text size="xs" mt="xs" c={Math.abs(sum - 100) > 1 ? 'red' : 'dimmed'}>{t('weighting.sum', { sum: num(sum, 1) })}</Text>
            </Card>
          );
        })}
      </SimpleGrid>
      <Group align="flex-end">
        <Switch label={t('weighting.trim')} checked={trim !== null} onChange={(e) => setTrim(e.currentTarget.checked ? [0.3, 3] : null)} />
        {trim && (
          <>
            <NumberInput label={t('weighting.trimLo')} w={200} min={0} max={1} step={0.1} decimalScale={2} value={trim[0]} onChange={(x) => setTrim([Number(x) || 0, trim[1]])} />
            <NumberInput label={t('weighting.trimHi')} w={200} min={1} max={100} step={0.5} decimalScale={2} value={trim[1]} onChange={(x) => setTrim([trim[0], Number(x) || 1])} />
          </>
        )}
      </Group>
      <Group>
        <Button disabled={chosen.length === 0} onClick={() => run(async () => show(await api.put<WeightingReport>(`${view.base}/weighting`, { margins, trim })))}>{t('weighting.save')}</Button>
        {report?.setup && (
          <Button variant="light" color="red" onClick={() => run(async () => {
            await api.delete(`${view.base}/weighting`);
            show(await api.get<WeightingReport>(`${view.base}/weighting`));
          })}>{t('weighting.remove')}</Button>
        )}
      </Group>
      {!report?.setup && <Text c="dimmed" size="sm">{t('weighting.none')}</Text>}
      {r && (
        <Card withBorder data-testid="weighting-result">
          <Group mb="sm" gap="xl">
            <Badge color="grape">{t('weighting.active')}</Badge>
            <Text size="sm">{t('weighting.designEffect')}: <b>{num(r.designEffect, 3)}</b></Text>
            <Text size="sm">{t('weighting.effectiveN')}: <b>{num(r.effectiveN, 0)}</b> / {r.n}</Text>
            <Text size="sm">{t('weighting.range', { min: num(r.minWeight, 3), max: num(r.maxWeight, 3) })}</Text>
            {report?.setup?.trim && <Text size="sm">{t('weighting.trimmed', { n: r.trimmed })}</Text>}
            {r.unmatched > 0 && <Text size="sm" c="orange">{t('weighting.unmatched', { n: r.unmatched })}</Text>}
          </Group>
          <Table fz="sm" striped>
            <Table.Thead><Table.Tr><Table.Th>{t('filter.question')}</Table.Th><Table.Th>{t('answer')}</Table.Th><Table.Th ta="right">{t('weighting.sample')}</Table.Th><Table.Th ta="right">{t('weighting.weightedShare')}</Table.Th><Table.Th ta="right">{t('weighting.target')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {r.margins.map((m) => {
                const q = candidates.find((c) => c.name === m.question);
                return (
                  <Table.Tr key={`${m.question}:${m.value}`}>
                    <Table.Td>{q?.title[lang] ?? m.question}</Table.Td>
                    <Table.Td>{q ? answerLabel(q, m.value, lang) : m.value}</Table.Td>
                    <Table.Td ta="right">{pct(m.sample)}</Table.Td>
                    <Table.Td ta="right">{pct(m.weighted)}</Table.Td>
                    <Table.Td ta="right">{pct(m.target)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
