import { Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalizedInput, toLocalized } from './LocalizedInput.tsx';
import { earlierQuestions, parseShowIf, SHOW_IF_OPERATORS, showIfExpression, type Definition, type Element, type Position, type ShowIfOperator } from './definition-editing.ts';

type Option = { value: string | number; text?: unknown };

function asOptions(list: unknown): Option[] {
  return Array.isArray(list) ? list.map((o) => (o && typeof o === 'object' ? (o as Option) : { value: o as string | number, text: String(o) })) : [];
}

/** Options (choices, matrix rows or columns): a value code with Dutch and English text. */
function OptionsEditor(props: { label: string; options: unknown; onChange: (o: Option[]) => void; numericValues?: boolean }) {
  const { t } = useTranslation('surveys');
  const options = asOptions(props.options);
  const set = (i: number, o: Option) => props.onChange(options.map((x, j) => (j === i ? o : x)));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {props.label}
      </Text>
      {options.map((o, i) => {
        const text = toLocalized(o.text ?? String(o.value));
        return (
          <Group key={i} gap={4} wrap="nowrap" align="flex-end">
            <TextInput
              w={90}
              size="xs"
              aria-label={t('builder.value')}
              value={String(o.value)}
              onChange={(e) => {
                const raw = e.currentTarget.value;
                set(i, { ...o, value: props.numericValues && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw });
              }}
            />
            <TextInput style={{ flex: 1 }} size="xs" aria-label={`${props.label} ${i + 1} NL`} placeholder="NL" value={text.nl} onChange={(e) => set(i, { ...o, text: { ...text, nl: e.currentTarget.value } })} />
            <TextInput style={{ flex: 1 }} size="xs" aria-label={`${props.label} ${i + 1} EN`} placeholder="EN" value={text.en} onChange={(e) => set(i, { ...o, text: { ...text, en: e.currentTarget.value } })} />
            <Button size="compact-xs" variant="subtle" color="red" aria-label={t('builder.removeChoice')} onClick={() => props.onChange(options.filter((_, j) => j !== i))}>
              ×
            </Button>
          </Group>
        );
      })}
      <Button
        size="compact-xs"
        variant="light"
        w="fit-content"
        onClick={() => {
          const n = options.length + 1;
          const value = props.numericValues ? n : `option${n}`;
          props.onChange([...options, { value, text: { nl: t('builder.option', { n, lng: 'nl' }), en: t('builder.option', { n, lng: 'en' }) } }]);
        }}
      >
        + {t('builder.addChoice')}
      </Button>
    </Stack>
  );
}

/** "Show if": pick an earlier question, an operator and a value; other conditions are edited as text. */
function ShowIfEditor(props: { def: Definition; pos: Position; element: Element; onChange: (visibleIf: string | undefined) => void }) {
  const { t, i18n } = useTranslation('surveys');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const expression = typeof props.element.visibleIf === 'string' ? props.element.visibleIf : undefined;
  const parsed = parseShowIf(expression);
  const earlier = earlierQuestions(props.def, props.pos);
  if (expression && !parsed) {
    return <TextInput label={t('builder.showIfCustom')} value={expression} onChange={(e) => props.onChange(e.currentTarget.value || undefined)} />;
  }
  const source = earlier.find((q) => q.name === parsed?.question);
  const choices = asOptions(source?.choices ?? (source?.type === 'boolean' ? [{ value: 'true', text: { nl: 'Ja', en: 'Yes' } }, { value: 'false', text: { nl: 'Nee', en: 'No' } }] : undefined));
  const update = (next: { question?: string; operator?: ShowIfOperator; value?: string }) => {
    const question = next.question ?? parsed?.question;
    if (!question) return props.onChange(undefined);
    props.onChange(showIfExpression({ question, operator: next.operator ?? parsed?.operator ?? 'eq', value: next.value ?? parsed?.value ?? '' }));
  };
  return (
    <Paper withBorder p="xs">
      <Text size="sm" fw={500} mb={4}>
        {t('builder.showIf')}
      </Text>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          label={t('builder.showIfQuestion')}
          placeholder={t('builder.showIfAlways')}
          clearable
          data={earlier.map((q) => ({ value: String(q.name), label: `${String(q.name)}: ${toLocalized(q.title)[lang] || toLocalized(q.title).nl}`.slice(0, 60) }))}
          value={parsed?.question ?? null}
          onChange={(v) => (v ? update({ question: v }) : props.onChange(undefined))}
          data-testid="showif-question"
        />
        {parsed && (
          <Select
            label={t('builder.showIfOperator')}
            data={SHOW_IF_OPERATORS.map((o) => ({ value: o, label: t(`builder.operators.${o}`) }))}
            value={parsed.operator}
            onChange={(v) => v && update({ operator: v as ShowIfOperator })}
            allowDeselect={false}
            data-testid="showif-operator"
          />
        )}
        {parsed && parsed.operator !== 'notempty' && parsed.operator !== 'empty' &&
          (choices.length ? (
            <Select
              label={t('builder.showIfValue')}
              data={choices.map((c) => ({ value: String(c.value), label: toLocalized(c.text ?? String(c.value))[lang] || String(c.value) }))}
              value={parsed.value || null}
              onChange={(v) => update({ value: v ?? '' })}
            />
          ) : (
            <TextInput label={t('builder.showIfValue')} value={parsed.value} onChange={(e) => update({ value: e.currentTarget.value })} data-testid="showif-value" />
          ))}
      </Group>
    </Paper>
  );
}

/** Edits one question: Dutch and English texts side by side, options, scale, required and "show if". */
export function QuestionEditor(props: { def: Definition; pos: Position; element: Element; onChange: (e: Element) => void }) {
  const { t } = useTranslation('surveys');
  const e = props.element;
  const set = (patch: Element) => {
    const next = { ...e, ...patch };
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete next[k];
    props.onChange(next);
  };
  const type = String(e.type);
  const hasChoices = ['radiogroup', 'checkbox', 'dropdown', 'ranking'].includes(type);
  return (
    <Stack gap="sm" data-testid="question-editor">
      <LocalizedInput label={t('builder.questionTitle')} value={e.title} onChange={(title) => set({ title })} multiline testId="question-title" />
      <Group gap="md" align="flex-end">
        <TextInput label={t('builder.questionName')} value={String(e.name ?? '')} onChange={(ev) => set({ name: ev.currentTarget.value.replace(/[^A-Za-z0-9_-]/g, '') })} w={220} />
        <Checkbox label={t('builder.required')} checked={e.isRequired === true} onChange={(ev) => set({ isRequired: ev.currentTarget.checked || undefined })} data-testid="question-required" />
        {['radiogroup', 'checkbox', 'dropdown'].includes(type) && (
          <Checkbox label={t('builder.otherOption')} checked={e.showOtherItem === true} onChange={(ev) => set({ showOtherItem: ev.currentTarget.checked || undefined })} />
        )}
      </Group>
      {hasChoices && <OptionsEditor label={t('builder.choices')} options={e.choices} onChange={(choices) => set({ choices })} />}
      {type === 'matrix' && (
        <>
          <OptionsEditor label={t('builder.rows')} options={e.rows} onChange={(rows) => set({ rows })} />
          <OptionsEditor label={t('builder.columns')} options={e.columns} onChange={(columns) => set({ columns })} numericValues />
        </>
      )}
      {type === 'rating' && (
        <Group gap="xs">
          <NumberInput label={t('builder.min')} value={Number(e.rateMin ?? 1)} onChange={(v) => set({ rateMin: Number(v) })} w={110} min={0} max={10} />
          <NumberInput label={t('builder.max')} value={Number(e.rateMax ?? 5)} onChange={(v) => set({ rateMax: Number(v) })} w={110} min={1} max={10} />
        </Group>
      )}
      {type === 'rating' && (
        <>
          <LocalizedInput label={`${t('builder.scale')} ${t('builder.min').toLowerCase()}`} value={e.minRateDescription} onChange={(v) => set({ minRateDescription: v })} />
          <LocalizedInput label={`${t('builder.scale')} ${t('builder.max').toLowerCase()}`} value={e.maxRateDescription} onChange={(v) => set({ maxRateDescription: v })} />
        </>
      )}
      {type === 'text' && e.inputType === 'number' && (
        <Group gap="xs">
          <NumberInput label={t('builder.min')} value={e.min === undefined ? '' : Number(e.min)} onChange={(v) => set({ min: v === '' ? undefined : Number(v) })} w={110} />
          <NumberInput label={t('builder.max')} value={e.max === undefined ? '' : Number(e.max)} onChange={(v) => set({ max: v === '' ? undefined : Number(v) })} w={110} />
        </Group>
      )}
      <ShowIfEditor def={props.def} pos={props.pos} element={e} onChange={(visibleIf) => set({ visibleIf })} />
    </Stack>
  );
}
