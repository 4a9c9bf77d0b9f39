import { useEffect, useState } from 'react';
import { Anchor, Card, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicIdea } from '../../../shared/ideas.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi } from './board-api.ts';

type Roadmap = Record<'planned' | 'in_progress' | 'made', PublicIdea[]>;

export function RoadmapPage({ slug }: { slug: string }) {
  const { t } = useTranslation('ideas');
  const [data, setData] = useState<Roadmap | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    boardApi.get<Roadmap>(`/api/public/boards/${slug}/roadmap`).then(setData, setError);
  }, [slug]);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {(['planned', 'in_progress', 'made'] as const).map((col) => (
        <Stack key={col} gap="xs" data-testid={`roadmap-${col}`}>
          <Title order={3} size="h5">{t(`status.${col}`)} ({data[col].length})</Title>
          {data[col].length === 0 && <Text size="sm" c="dimmed">{t('public.roadmapEmpty')}</Text>}
          {data[col].map((i) => (
            <Card key={i.id} withBorder p="xs">
              <Anchor component={Link} to={`/b/${slug}/ideas/${i.id}`} size="sm">{i.title}</Anchor>
              <Text size="xs" c="dimmed">{t('public.voteCount', { count: i.votes })}</Text>
            </Card>
          ))}
        </Stack>
      ))}
    </SimpleGrid>
  );
}

interface Entry {
  id: string;
  title: string;
  body: string;
  publishedAt: string;
  ideas: { id: string; title: string }[];
}

export function ChangelogPage({ slug }: { slug: string }) {
  const { t } = useTranslation('ideas');
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    boardApi.get<{ entries: Entry[] }>(`/api/public/boards/${slug}/changelog`).then((r) => setEntries(r.entries), setError);
  }, [slug]);
  if (error) return <ErrorAlert error={error} />;
  if (!entries) return <Loader />;
  return (
    <Stack>
      <Title order={2} size="h4">{t('public.changelogTitle')}</Title>
      {entries.length === 0 && <Text c="dimmed">{t('public.noChangelog')}</Text>}
      {entries.map((e) => (
        <Card key={e.id} withBorder data-testid="changelog-entry">
          <Text size="xs" c="dimmed">{new Date(e.publishedAt).toLocaleDateString()}</Text>
          <Title order={3} size="h5">{e.title}</Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{e.body}</Text>
          {e.ideas.length > 0 && (
            <Text size="sm" mt="xs">
              {t('public.youAsked')}{' '}
              {e.ideas.map((i, k) => (
                <span key={i.id}>
                  {k > 0 && ', '}
                  <Anchor component={Link} to={`/b/${slug}/ideas/${i.id}`}>{i.title}</Anchor>
                </span>
              ))}
            </Text>
          )}
        </Card>
      ))}
    </Stack>
  );
}
