import { useEffect, useState } from 'react';
import { Anchor, Button, Card, FileInput, Group, List, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PublicBoard } from '../../../shared/ideas.ts';
import { LIMITS } from '../../../shared/ideas.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi, readAsDataUrl } from './board-api.ts';

interface Similar {
  id: string;
  title: string;
  votes: number;
}

/** A new idea; while typing, similar existing ideas are suggested so people vote instead of posting twice. */
export function NewIdeaForm({ board, onPosted }: { board: PublicBoard; onPosted: (id: string) => Promise<void> }) {
  const { t, i18n } = useTranslation('ideas');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [photo, setPhoto] = useState<File | null>(null);
  const [similar, setSimilar] = useState<Similar[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [posted, setPosted] = useState<string | null>(null);

  useEffect(() => {
    const text = `${title} ${description}`.trim();
    if (text.length < 4) {
      setSimilar([]);
      return;
    }
    const h = setTimeout(async () => {
      try {
        setSimilar((await boardApi.get<{ ideas: Similar[] }>(`/api/public/boards/${board.slug}/similar?q=${encodeURIComponent(text.slice(0, 200))}`)).ideas);
      } catch {
        setSimilar([]);
      }
    }, 250);
    return () => clearTimeout(h);
  }, [title, description, board.slug]);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      if (photo && photo.size > LIMITS.imageBytes) throw new Error(t('public.photoTooLarge'));
      const body = { title, description, language: i18n.resolvedLanguage === 'en' ? 'en' : 'nl', ...(photo && { photo: { data: await readAsDataUrl(photo) } }) };
      const r = await boardApi.post<{ id: string; state: string }>(`/api/public/boards/${board.slug}/ideas`, body);
      setTitle('');
      setDescription('');
      setPhoto(null);
      setError(null);
      setPosted(r.state);
      await onPosted(r.id);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder>
      <form onSubmit={submit} data-testid="new-idea-form">
        <Stack gap="xs">
          <Text fw={600}>{t('public.newIdea')}</Text>
          <TextInput label={t('public.ideaTitle')} required minLength={LIMITS.titleMin} maxLength={LIMITS.titleMax} value={title} onChange={(e) => setTitle(e.currentTarget.value)} name="title" />
          {similar.length > 0 && (
            <Card bg="yellow.0" p="xs" data-testid="similar-ideas">
              <Text size="sm" fw={600}>{t('public.similarTitle')}</Text>
              <List size="sm">
                {similar.map((s) => (
                  <List.Item key={s.id}>
                    <Anchor component={Link} to={`/b/${board.slug}/ideas/${s.id}`}>{s.title}</Anchor> ({t('public.voteCount', { count: s.votes })})
                  </List.Item>
                ))}
              </List>
            </Card>
          )}
          <Textarea label={t('public.ideaDescription')} maxLength={LIMITS.descriptionMax} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} name="description" />
          <FileInput label={t('public.photo')} placeholder={t('public.choosePhoto')} accept="image/jpeg,image/png,image/webp" clearable value={photo} onChange={setPhoto} />
          <Group>
            <Button type="submit" loading={busy} data-testid="post-idea">{t('public.post')}</Button>
          </Group>
          {posted && posted !== 'published' && <Text size="sm" c="orange">{t(`public.posted.${posted}`)}</Text>}
          <ErrorAlert error={error} />
        </Stack>
      </form>
    </Card>
  );
}
