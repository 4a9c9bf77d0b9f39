import { useCallback, useEffect, useState } from 'react';
import { Alert, Badge, Button, Card, Group, MultiSelect, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdminIdea } from '../../../shared/ideas.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';

interface Entry {
  id: string;
  title: string;
  body: string;
  publishedAt: string | null;
  ideaIds: string[];
}

export function ChangelogEditor({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('ideas');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [ideas, setIdeas] = useState<AdminIdea[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [ideaIds, setIdeaIds] = useState<string[]>([]);
  const [info, setInfo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    setEntries(await api.get<Entry[]>(ws(workspaceId, '/changelog')));
    setIdeas((await api.get<{ ideas: AdminIdea[] }>(ws(workspaceId, '/ideas?sort=top&limit=100'))).ideas);
  }, [workspaceId]);
  useEffect(() => {
    void load().catch(setError);
  }, [load]);
  const title_ = (id: string) => ideas.find((i) => i.id === id)?.title ?? id;
  return (
    <Stack>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5">{t('team.newEntry')}</Title>
          <TextInput label={t('team.entryTitle')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea label={t('team.entryBody')} autosize minRows={3} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
          <MultiSelect searchable label={t('team.linkedIdeas')} data={ideas.map((i) => ({ value: i.id, label: i.title }))} value={ideaIds} onChange={setIdeaIds} />
          <Group>
            <Button
              disabled={!title.trim()}
              onClick={async () => {
                try {
                  await api.post(ws(workspaceId, '/changelog'), { title, body, ideaIds });
                  setTitle('');
                  setBody('');
                  setIdeaIds([]);
                  setError(null);
                  await load();
                } catch (err) {
                  setError(err);
                }
              }}
            >
              {t('team.save')}
            </Button>
          </Group>
        </Stack>
      </Card>
      <ErrorAlert error={error} />
      {info && <Alert color="green">{info}</Alert>}
      {entries.map((e) => (
        <Card key={e.id} withBorder>
          <Group justify="space-between">
            <Text fw={600}>{e.title}</Text>
            {e.publishedAt ? <Badge color="green">{t('team.published')}</Badge> : <Badge color="gray">{t('team.draft')}</Badge>}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.body}</Text>
          <Text size="xs" c="dimmed">{e.ideaIds.map(title_).join(', ')}</Text>
          {!e.publishedAt && (
            <Group mt="xs">
              <Button
                size="xs"
                onClick={async () => {
                  try {
                    const r = await api.post<{ notified: number }>(ws(workspaceId, `/changelog/${e.id}/publish`));
                    setInfo(t('team.notified', { count: r.notified }));
                    await load();
                  } catch (err) {
                    setError(err);
                  }
                }}
              >
                {t('team.publish')}
              </Button>
            </Group>
          )}
        </Card>
      ))}
    </Stack>
  );
}
