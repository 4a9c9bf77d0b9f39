import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalizedInput } from './LocalizedInput.tsx';
import type { Definition } from './definition-editing.ts';

/** Title, welcome text (description) and thank-you text (completedHtml, kept as plain text and escaped when shown). */
export function SurveyTexts({ def, onChange }: { def: Definition; onChange: (d: Definition) => void }) {
  const { t } = useTranslation('surveys');
  return (
    <Stack gap="sm">
      <LocalizedInput label={t('builder.surveyTitle')} value={def.title} onChange={(title) => onChange({ ...def, title })} testId="survey-title" />
      <LocalizedInput label={t('builder.welcome')} value={def.description} onChange={(description) => onChange({ ...def, description })} multiline />
      <LocalizedInput label={t('builder.thanks')} value={def.completedHtml} onChange={(completedHtml) => onChange({ ...def, completedHtml })} multiline />
      <Text size="xs" c="dimmed">
        {t('builder.thanksHint')}
      </Text>
    </Stack>
  );
}
