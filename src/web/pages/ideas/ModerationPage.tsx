import { useCallback, useEffect, useState } from 'react';
import { Button, Card, Group, Image, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';

interface Queue {
  ideas: { id: string; title: string; description: string; customerEmail: string | null }[];
  comments: { id: string; body: string; ideaTitle: string; customerEmail: string | null }[];
  showcase: { id: string; caption: string; photoUrl: string }[];
}

export function ModerationPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('ideas');
  const [queue, setQueue] = useState<Queue | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setQueue(await api.get<Queue>(ws(workspaceId, '/ideas/moderation')));
    } catch (err) {
      setError(err);
    }
  }, [workspaceId]);
  useEffect(() => {
    void load();
  }, [load]);
  const decide = async (path: string, decision: 'approve' | 'reject') => {
    try {
      await api.post(ws(workspaceId, path), { decision });
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const buttons = (path: string) => (
    <Group gap="xs">
      <Button size="xs" color="green" onClick={() => decide(path, 'approve')}>{t('team.approve')}</Button>
      <Button size="xs" color="red" variant="light" onClick={() => decide(path, 'reject')}>{t('team.reject')}</Button>
    </Group>
  );
  if (!queue) return error ? <ErrorAlert error={error} /> : <Loader />;
  const empty = queue.ideas.length + queue.comments.length + queue.showcase.length === 0;
  return (
    <Stack>
      <ErrorAlert error={error} />
      {empty && <Text c="dimmed">{t('team.queueEmpty')}</Text>}
      {queue.ideas.length > 0 && <Title order={3} size="h5">{t('team.tabs.ideas')}</Title>}
      {queue.ideas.map((i) => (
        <Card key={i.id} withBorder>
          <Text fw={600}>{i.title}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{i.description}</Text>
          <Text size="xs" c="dimmed">{i.customerEmail}</Text>
          {buttons(`/ideas/${i.id}/moderation`)}
        </Card>
      ))}
      {queue.comments.length > 0 && <Title order={3} size="h5">{t('team.comments')}</Title>}
      {queue.comments.map((c) => (
        <Card key={c.id} withBorder>
          <Text size="xs" c="dimmed">{c.ideaTitle} · {c.customerEmail}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Text>
          {buttons(`/idea-comments/${c.id}/moderation`)}
        </Card>
      ))}
      {queue.showcase.length > 0 && <Title order={3} size="h5">{t('team.photos')}</Title>}
      {queue.showcase.map((p) => (
        <Card key={p.id} withBorder maw={360}>
          <Image src={p.photoUrl} alt={p.caption} />
          <Text size="sm">{p.caption}</Text>
          {buttons(`/showcase/${p.id}/moderation`)}
        </Card>
      ))}
    </Stack>
  );
}
