import { useEffect, useState } from 'react';
import { Alert, Button, Code, Loader, MultiSelect, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';

interface Settings {
  slug: string;
  title: string;
  intro: string;
  anonymousVoting: boolean;
  moderation: boolean;
  languages: ('nl' | 'en')[];
  publicUrl: string;
  embedSnippet: string;
}

export function BoardSettingsPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('ideas');
  const [s, setS] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<Settings>(ws(workspaceId, '/board')).then(setS, setError);
  }, [workspaceId]);
  if (!s) return error ? <ErrorAlert error={error} /> : <Loader />;
  const save = async () => {
    try {
      setS(await api.patch<Settings>(ws(workspaceId, '/board'), { slug: s.slug, title: s.title, intro: s.intro, anonymousVoting: s.anonymousVoting, moderation: s.moderation, languages: s.languages }));
      setSaved(true);
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Stack maw={640}>
      <TextInput label={t('team.settings.slug')} value={s.slug} onChange={(e) => setS({ ...s, slug: e.currentTarget.value })} />
      <TextInput label={t('team.settings.boardTitle')} value={s.title} onChange={(e) => setS({ ...s, title: e.currentTarget.value })} />
      <Textarea label={t('team.settings.intro')} value={s.intro} onChange={(e) => setS({ ...s, intro: e.currentTarget.value })} />
      <Switch label={t('team.settings.anonymousVoting')} checked={s.anonymousVoting} onChange={(e) => setS({ ...s, anonymousVoting: e.currentTarget.checked })} />
      <Switch label={t('team.settings.moderation')} checked={s.moderation} onChange={(e) => setS({ ...s, moderation: e.currentTarget.checked })} />
      <MultiSelect label="NL / EN" data={['nl', 'en']} value={s.languages} onChange={(v) => setS({ ...s, languages: v as ('nl' | 'en')[] })} />
      <Button onClick={save} w={140}>{t('team.save')}</Button>
      {saved && <Alert color="green">{t('team.settings.saved')}</Alert>}
      <ErrorAlert error={error} />
      <Text size="sm">{s.publicUrl}</Text>
      <Text size="sm" fw={600}>{t('team.settings.embed')}</Text>
      <Code block>{s.embedSnippet}</Code>
    </Stack>
  );
}
