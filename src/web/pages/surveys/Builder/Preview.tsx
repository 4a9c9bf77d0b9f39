import { useMemo, useState } from 'react';
import { Paper, SegmentedControl, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import '../../../components/survey-font.css';
// SurveyJS's own texts (Next, Complete, required ...) in Dutch; English is built in.
import 'survey-core/i18n/dutch';
import { renderableDefinition } from '../../../../shared/surveys.ts';
import type { Definition } from './definition-editing.ts';

/** The current (unsaved) definition rendered by survey-react-ui, in Dutch or English. */
export function Preview({ def }: { def: Definition }) {
  const { t, i18n } = useTranslation('surveys');
  const [lang, setLang] = useState<'nl' | 'en'>(i18n.resolvedLanguage === 'en' ? 'en' : 'nl');
  const json = JSON.stringify(def);
  const model = useMemo(() => {
    const m = new Model(renderableDefinition(JSON.parse(json)));
    m.locale = lang;
    m.clearInvisibleValues = 'onHidden';
    return m;
  }, [json, lang]);
  return (
    <Paper withBorder p="xs" data-testid="survey-preview">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('builder.preview')}</Text>
        <SegmentedControl
          size="xs"
          aria-label={t('builder.previewLanguage')}
          value={lang}
          onChange={(v) => setLang(v as 'nl' | 'en')}
          data={[
            { value: 'nl', label: 'NL' },
            { value: 'en', label: 'EN' },
          ]}
        />
      </Group>
      <Survey model={model} />
    </Paper>
  );
}
