import { useState } from 'react';
import { Button, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import type { SurveyDetail, UpdateSettingsBody } from '../../../../shared/surveys.ts';

// datetime-local works in local time without a zone; the API takes ISO instants.
const toLocalInput = (iso: string | null) => (iso ? new Date(new Date(iso).getTime() - new Date(iso).getTimezoneOffset() * 60_000).toISOString().slice(0, 16) : '');
const fromLocalInput = (v: string) => (v ? new Date(v).toISOString() : null);

/** Status (publish / close), open and close dates, quota and one response per person. */
export function SettingsPanel({ survey, workspaceId, onSaved }: { survey: SurveyDetail; workspaceId: string; onSaved: (s: SurveyDetail) => void }) {
  const { t } = useTranslation('surveys');
  const [status, setStatus] = useState(survey.status);
  const [opensAt, setOpensAt] = useState(toLocalInput(survey.settings.opensAt));
  const [closesAt, setClosesAt] = useState(toLocalInput(survey.settings.closesAt));
  const [quota, setQuota] = useState<number | ''>(survey.settings.quota ?? '');
  const [onePerPerson, setOnePerPerson] = useState(survey.settings.oneResponsePerPerson);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const body: UpdateSettingsBody = { status, opensAt: fromLocalInput(opensAt), closesAt: fromLocalInput(closesAt), quota: quota === '' ? null : quota, oneResponsePerPerson: onePerPerson };
      onSaved(await api.patch<SurveyDetail>(ws(workspaceId, `/surveys/${survey.id}/settings`), body));
      notifications.show({ message: t('builder.settings.saved'), color: 'teal' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" maw={420}>
      <Select
        label={t('builder.settings.status')}
        data={(['draft', 'open', 'closed'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={status}
        onChange={(v) => v && setStatus(v as typeof status)}
        allowDeselect={false}
        data-testid="settings-status"
      />
      <TextInput type="datetime-local" label={t('builder.settings.opensAt')} value={opensAt} onChange={(e) => setOpensAt(e.currentTarget.value)} />
      <TextInput type="datetime-local" label={t('builder.settings.closesAt')} value={closesAt} onChange={(e) => setClosesAt(e.currentTarget.value)} />
      <NumberInput label={t('builder.settings.quota')} description={t('builder.settings.quotaHint')} min={1} value={quota} onChange={(v) => setQuota(v === '' ? '' : Number(v))} />
      <Switch label={t('builder.settings.onePerPerson')} description={t('builder.settings.onePerPersonHint')} checked={onePerPerson} onChange={(e) => setOnePerPerson(e.currentTarget.checked)} />
      <ErrorAlert error={error} />
      <Button onClick={save} loading={busy} w="fit-content" data-testid="settings-save">
        {t('builder.settings.save')}
      </Button>
    </Stack>
  );
}
