import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Localized = { nl?: string; en?: string; default?: string } | string | undefined;

/** A SurveyJS localisable string as {nl, en}. */
export function toLocalized(value: unknown): { nl: string; en: string } {
  if (typeof value === 'string') return { nl: value, en: '' };
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return { nl: String(o.nl ?? o.default ?? ''), en: String(o.en ?? '') };
  }
  return { nl: '', en: '' };
}

/** Dutch and English text side by side; both are stored in one SurveyJS localisable string. */
export function LocalizedInput(props: { label: string; value: unknown; onChange: (v: { nl: string; en: string }) => void; multiline?: boolean; testId?: string }) {
  const { t } = useTranslation('surveys');
  const v = toLocalized(props.value);
  const Input = props.multiline ? Textarea : TextInput;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
      <Input label={`${props.label} (${t('builder.dutch')})`} value={v.nl} onChange={(e) => props.onChange({ ...v, nl: e.currentTarget.value })} autosize={props.multiline || undefined} data-testid={props.testId ? `${props.testId}-nl` : undefined} />
      <Input label={`${props.label} (${t('builder.english')})`} value={v.en} onChange={(e) => props.onChange({ ...v, en: e.currentTarget.value })} autosize={props.multiline || undefined} data-testid={props.testId ? `${props.testId}-en` : undefined} />
    </SimpleGrid>
  );
}
