import { Badge, Button, Card, CloseButton, Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisFilter, AnalysisSummary } from '../../../shared/analysis.ts';
import { answerLabel, langOf } from './figure-format.ts';

/** The filters shared by every tab: dates, channels and answers to any question. */
export function FilterBar(props: {
  summary: AnalysisSummary | null;
  filter: AnalysisFilter;
  onChange(f: AnalysisFilter): void;
  weighted: boolean;
  onWeightedChange(w: boolean): void;
}) {
  const { t, i18n } = useTranslation('analysis');
  const lang = langOf(i18n.language);
  const { filter, onChange, summary } = props;
  const [question, setQuestion] = useState<string | null>(null);
  const [values, setValues] = useState<string[]>([]);
  const questions = (summary?.questions ?? []).filter((q) => q.figures.type !== 'text' && q.figures.type !== 'number');
  const picked = questions.find((q) => q.question.name === question);
  const valueOptions = picked
    ? (picked.figures.type === 'multi' ? picked.figures.options : 'distribution' in picked.figures ? picked.figures.distribution : []).map((r) => ({ value: r.value, label: answerLabel(picked.question, r.value, lang) }))
    : [];
  const title = (name: string) => summary?.questions.find((q) => q.question.name === name)?.question.title[lang] ?? name;
  const set = (patch: Partial<AnalysisFilter>) => onChange(Object.fromEntries(Object.entries({ ...filter, ...patch }).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))));

  return (
    <Card withBorder padding="sm" aria-label={t('filter.title')}>
      <Group align="flex-end" gap="sm">
        <TextInput type="date" label={t('filter.from')} value={filter.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} w={160} />
        <TextInput type="date" label={t('filter.to')} value={filter.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} w={160} />
        <MultiSelect label={t('filter.channels')} data={summary?.channels ?? []} value={filter.channels ?? []} onChange={(v) => set({ channels: v })} w={200} clearable />
        <Select label={t('filter.question')} data={questions.map((q) => ({ value: q.question.name, label: q.question.title[lang] }))} value={question} onChange={(q) => { setQuestion(q); setValues([]); }} w={220} searchable clearable />
        <MultiSelect label={t('filter.values')} data={valueOptions} value={values} onChange={setValues} w={220} disabled={!picked} />
        <Button
          variant="light"
          disabled={!question || values.length === 0}
          onClick={() => {
            set({ answers: [...(filter.answers ?? []).filter((a) => a.question !== question), { question: question!, values }] });
            setQuestion(null);
            setValues([]);
          }}
        >
          {t('filter.addAnswer')}
        </Button>
        <Switch label={t('filter.useWeights')} checked={props.weighted} onChange={(e) => props.onWeightedChange(e.currentTarget.checked)} />
        {Object.keys(filter).length > 0 && <Button variant="subtle" onClick={() => onChange({})}>{t('filter.clear')}</Button>}
      </Group>
      {(filter.answers?.length ?? 0) > 0 && (
        <Group gap="xs" mt="xs">
          {filter.answers!.map((a) => {
            const q = summary?.questions.find((x) => x.question.name === a.question)?.question;
            return (
              <Badge key={a.question} variant="outline" rightSection={<CloseButton size="xs" aria-label="x" onClick={() => set({ answers: filter.answers!.filter((x) => x.question !== a.question) })} />}>
                {title(a.question)}: {a.values.map((v) => (q ? answerLabel(q, v, lang) : v)).join(', ')}
              </Badge>
            );
          })}
        </Group>
      )}
    </Card>
  );
}
