import { Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrosstabResponse } from '../../../shared/analysis.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import type { AnalysisView } from './SurveyAnalysis.tsx';
import { answerLabel, langOf, num, pValue } from './figure-format.ts';

type Mode = 'counts' | 'rowPct' | 'colPct';

/**
 * Crosstab builder: pick a row and a column question; counts or %, chi-square, Cramér's V, column letters, group tests.
 * Rows and columns come in the survey's answer order with its labels. With a multiple-choice question the % are of
 * respondents (may sum over 100), chi-square is omitted and each cell shows its column-versus-rest test (▲/▼).
 */
export function CrosstabTab({ view }: { view: AnalysisView }) {
  const { t, i18n } = useTranslation('analysis');
  const lang = langOf(i18n.language);
  const questions = (view.summary?.questions ?? []).filter((q) => ['choice', 'multi', 'rating', 'nps', 'number'].includes(q.figures.type)).map((q) => ({ value: q.question.name, label: q.question.title[lang] }));
  const [row, setRow] = useState<string | null>(null);
  const [col, setCol] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('colPct');
  const [result, setResult] = useState<CrosstabResponse | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function build() {
    setError(null);
    try {
      setResult(await api.post<CrosstabResponse>(`${view.base}/crosstab`, { rowQuestion: row, columnQuestion: col, filter: view.filter, weighted: view.weighted }));
    } catch (e) {
      setError(e);
    }
  }

  const table = result?.table;
  const cell = (r: number, c: number) => {
    if (!table) return '';
    if (mode === 'counts') return num(table.counts[r][c], result?.weighting ? 1 : 0);
    return `${num((mode === 'rowPct' ? table.rowPercents : table.colPercents)[r][c], 1)}%`;
  };
  return (
    <Stack>
      <Group align="flex-end">
        <Select label={t('crosstab.row')} data={questions} value={row} onChange={setRow} searchable w={260} />
        <Select label={t('crosstab.column')} data={questions} value={col} onChange={setCol} searchable w={260} />
        <Button onClick={build} disabled={!row || !col || row === col}>{t('crosstab.build')}</Button>
        <SegmentedControl value={mode} onChange={(v) => setMode(v as Mode)} data={[{ value: 'counts', label: t('crosstab.counts') }, { value: 'rowPct', label: t('crosstab.rowPct') }, { value: 'colPct', label: t('crosstab.colPct') }]} />
      </Group>
      <ErrorAlert error={error} />
      {result?.notes.map((n) => <Text key={n} size="sm" c="orange">{n}</Text>)}
      {result && table && (
        <Card withBorder data-testid="crosstab">
          <Group justify="space-between" mb="xs">
            <Text fw={600}>{result.rowQuestion.title[lang]} × {result.columnQuestion.title[lang]}</Text>
            <Group gap="xs">
              <Text size="sm">n = {table.n}</Text>
              {table.smallBase && <Badge color="orange">{t('smallBase')}</Badge>}
              {result.weighting && <Badge color="grape">{t('weighted')}</Badge>}
            </Group>
          </Group>
          <Table withTableBorder withColumnBorders fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                {table.cols.map((c, j) => (
                  <Table.Th key={c} ta="right" data-testid="crosstab-col">{answerLabel(result.columnQuestion, c, lang)} <Text span c="dimmed" size="xs">({table.columnLetters[j]})</Text></Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((r, i) => (
                <Table.Tr key={r}>
                  <Table.Th data-testid="crosstab-row">{answerLabel(result.rowQuestion, r, lang)}</Table.Th>
                  {table.cols.map((c, j) => {
                    const low = table.expectedBelow5?.[i][j] ?? false;
                    const rest = table.restTests?.[i][j];
                    return (
                      <Table.Td key={c} ta="right" bg={low ? 'yellow.0' : undefined} title={table.expected ? `expected ${num(table.expected[i][j], 1)}` : rest?.p != null ? `p = ${pValue(rest.p)}` : undefined}>
                        {cell(i, j)}
                        {low && '*'}
                        {table.columnTests[i][j].length > 0 && <Text span fw={700} c="blue" ml={4}>{table.columnTests[i][j]}</Text>}
                        {rest?.mark === 'higher' && <Text span fw={700} c="teal" ml={4}>▲</Text>}
                        {rest?.mark === 'lower' && <Text span fw={700} c="red" ml={4}>▼</Text>}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th>{t('crosstab.base')}</Table.Th>
                {table.cols.map((c, j) => <Table.Td key={c} ta="right" c="dimmed">{num(table.colBases[j], result.weighting ? 1 : 0)}</Table.Td>)}
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Text size="sm" mt="sm" data-testid="crosstab-stats">
            {table.chiSquareOmitted
              ? t('crosstab.chiSquareOmitted')
              : t('crosstab.stats', { chi2: num(table.chi2), df: table.df, p: pValue(table.p), v: num(table.cramersV, 3) })}
          </Text>
          {table.multi && <Text size="xs" c="dimmed">{t('crosstab.multiPercent')}</Text>}
          <Text size="xs" c="dimmed">{t(table.restTests ? 'crosstab.restHelp' : 'crosstab.lettersHelp')}</Text>
          {table.lowExpectedShare > 0 && <Text size="xs" c="orange">{t('crosstab.lowExpected')}</Text>}
          {table.flags.map((f) => <Text key={f} size="xs" c="orange">{f}</Text>)}
        </Card>
      )}
      {result?.groupTests.map((g) => (
        <Card withBorder key={g.question}>
          <Title order={5}>{t('crosstab.groupTests')}: {g.question} × {g.byQuestion}</Title>
          {g.smallBase && <Badge color="orange" mt="xs">{t('smallBase')}</Badge>}
          <Table fz="sm" mt="xs">
            <Table.Thead><Table.Tr><Table.Th>{t('crosstab.group')}</Table.Th><Table.Th ta="right">n</Table.Th><Table.Th ta="right">{t('mean')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              {g.groups.map((x) => (
                <Table.Tr key={x.label}><Table.Td>{answerLabel(g.byQuestion === result.rowQuestion.name ? result.rowQuestion : result.columnQuestion, x.label, lang)}</Table.Td><Table.Td ta="right">{x.n}</Table.Td><Table.Td ta="right">{num(x.mean)}</Table.Td></Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Table fz="sm" mt="xs">
            <Table.Thead><Table.Tr><Table.Th>{t('crosstab.test')}</Table.Th><Table.Th ta="right">{t('crosstab.statistic')}</Table.Th><Table.Th ta="right">p</Table.Th><Table.Th ta="right">{t('crosstab.effect')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>
              <Table.Tr><Table.Td>{g.parametric.test === 'welch-t' ? 'Welch t' : 'ANOVA F'} (df {num(g.parametric.df, 1)})</Table.Td><Table.Td ta="right">{num(g.parametric.statistic, 3)}</Table.Td><Table.Td ta="right">{pValue(g.parametric.p)}</Table.Td><Table.Td ta="right">{g.parametric.effectSizeName} {num(g.parametric.effectSize, 3)}</Table.Td></Table.Tr>
              <Table.Tr><Table.Td>{g.rank.test === 'mann-whitney' ? 'Mann–Whitney U' : 'Kruskal–Wallis H'}</Table.Td><Table.Td ta="right">{num(g.rank.statistic, 3)}</Table.Td><Table.Td ta="right">{pValue(g.rank.p)}</Table.Td><Table.Td ta="right">{g.rank.effectSizeName} {num(g.rank.effectSize, 3)}</Table.Td></Table.Tr>
            </Table.Tbody>
          </Table>
        </Card>
      ))}
    </Stack>
  );
}
