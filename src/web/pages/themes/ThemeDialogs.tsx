import { Button, Group, Modal, NumberInput, Select, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceSettings, EvidenceThresholds } from '../../../shared/evidence.ts';
import type { CustomThemeView } from '../../../shared/themes.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';

type Label = { nl: string; en: string };

/** Asks for a Dutch and English name (rename, split, accept). */
export function LabelDialog(props: { opened: boolean; title: string; initial: Label; onClose: () => void; onSave: (label: Label) => Promise<void> }) {
  const { t } = useTranslation('themes');
  const [label, setLabel] = useState(props.initial);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setLabel(props.initial);
    setError(null);
  }, [props.opened, props.initial]);
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title}>
      <Stack>
        <ErrorAlert error={error} />
        <TextInput label={t('labelNl')} value={label.nl} onChange={(e) => setLabel({ ...label, nl: e.currentTarget.value })} data-testid="label-nl" />
        <TextInput label={t('labelEn')} value={label.en} onChange={(e) => setLabel({ ...label, en: e.currentTarget.value })} data-testid="label-en" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('cancel')}
          </Button>
          <Button
            data-testid="label-save"
            onClick={async () => {
              try {
                await props.onSave(label);
                props.onClose();
              } catch (err) {
                setError(err);
              }
            }}
          >
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function MergeDialog(props: { opened: boolean; choices: { value: string; label: string }[]; onClose: () => void; onMerge: (into: string) => Promise<void> }) {
  const { t } = useTranslation('themes');
  const [into, setInto] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('mergeTitle')}>
      <Stack>
        <ErrorAlert error={error} />
        <Text size="sm">{t('mergeHelp')}</Text>
        <Select data={props.choices} value={into} onChange={setInto} searchable />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            {t('cancel')}
          </Button>
          <Button
            disabled={!into}
            onClick={async () => {
              try {
                await props.onMerge(into!);
                props.onClose();
              } catch (err) {
                setError(err);
              }
            }}
          >
            {t('merge')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The workspace's own themes: list, add (keywords and examples), delete. */
export function CustomThemesDialog(props: { opened: boolean; workspaceId: string; onClose: () => void; onChanged: () => void }) {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const [list, setList] = useState<CustomThemeView[]>([]);
  const [label, setLabel] = useState<Label>({ nl: '', en: '' });
  const [keywords, setKeywords] = useState('');
  const [examples, setExamples] = useState('');
  const [error, setError] = useState<unknown>(null);
  const load = async () => setList(await api.get<CustomThemeView[]>(ws(props.workspaceId, '/themes/custom')));
  useEffect(() => {
    if (props.opened) void load().catch(setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.opened]);
  async function add() {
    setError(null);
    try {
      await api.post(ws(props.workspaceId, '/themes/custom'), {
        label: { nl: label.nl, en: label.en || label.nl },
        keywords: keywords.split(',').map((k) => k.trim()).filter(Boolean),
        examples: examples.split('\n').map((k) => k.trim()).filter(Boolean),
      });
      setLabel({ nl: '', en: '' });
      setKeywords('');
      setExamples('');
      await load();
      props.onChanged();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('customThemes')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('customHelp')}
        </Text>
        <ErrorAlert error={error} />
        {list.length > 0 && (
          <Table>
            <Table.Tbody>
              {list.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.label[lang]}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{c.keywords.join(', ')}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={async () => {
                        await api.delete(ws(props.workspaceId, `/themes/custom/${encodeURIComponent(c.id)}`)).catch(setError);
                        await load();
                        props.onChanged();
                      }}
                    >
                      {t('delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group grow>
          <TextInput label={t('labelNl')} value={label.nl} onChange={(e) => setLabel({ ...label, nl: e.currentTarget.value })} />
          <TextInput label={t('labelEn')} value={label.en} onChange={(e) => setLabel({ ...label, en: e.currentTarget.value })} />
        </Group>
        <TextInput label={t('customKeywords')} value={keywords} onChange={(e) => setKeywords(e.currentTarget.value)} placeholder="parkeer*, parkeren, parking" />
        <Textarea label={t('customExamples')} value={examples} onChange={(e) => setExamples(e.currentTarget.value)} autosize minRows={2} />
        <Group justify="flex-end">
          <Button onClick={add} disabled={!label.nl.trim()}>
            {t('customAdd')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const FIELDS: { key: keyof EvidenceThresholds; step: number; decimals: number }[] = [
  { key: 'minDistinct', step: 1, decimals: 0 },
  { key: 'trivialShare', step: 0.01, decimals: 3 },
  { key: 'establishedShare', step: 0.01, decimals: 3 },
  { key: 'establishedCount', step: 1, decimals: 0 },
  { key: 'growthFactor', step: 0.1, decimals: 2 },
  { key: 'periods', step: 1, decimals: 0 },
  { key: 'periodDays', step: 1, decimals: 0 },
];

/** The workspace's evidence thresholds, with the rule they make. */
export function ThresholdsDialog(props: { opened: boolean; workspaceId: string; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const [settings, setSettings] = useState<EvidenceSettings | null>(null);
  const [values, setValues] = useState<EvidenceThresholds | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!props.opened) return;
    api
      .get<EvidenceSettings>(ws(props.workspaceId, '/evidence/settings'))
      .then((s) => {
        setSettings(s);
        setValues(s.thresholds);
      })
      .catch(setError);
  }, [props.opened, props.workspaceId]);
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={t('thresholdsTitle')} size="lg">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('thresholdsHelp')}
        </Text>
        <ErrorAlert error={error} />
        {values &&
          FIELDS.map((f) => (
            <NumberInput key={f.key} label={t(f.key)} value={values[f.key]} step={f.step} decimalScale={f.decimals} min={0} onChange={(v) => setValues({ ...values, [f.key]: typeof v === 'number' ? v : Number(v) })} />
          ))}
        {settings && (
          <Text size="xs" c="dimmed">
            {settings.rule[lang]}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant="subtle" onClick={() => settings && setValues(settings.defaults)}>
            {t('resetDefaults')}
          </Button>
          <Button
            onClick={async () => {
              setError(null);
              try {
                const s = await api.put<EvidenceSettings>(ws(props.workspaceId, '/evidence/settings'), values);
                setSettings(s);
                props.onSaved();
                props.onClose();
              } catch (err) {
                setError(err);
              }
            }}
          >
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
