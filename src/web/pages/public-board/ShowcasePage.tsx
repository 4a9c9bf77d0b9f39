import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, FileInput, Image, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicBoard } from '../../../shared/ideas.ts';
import { LIMITS } from '../../../shared/ideas.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi, readAsDataUrl } from './board-api.ts';

interface Photo {
  id: string;
  caption: string;
  photoUrl: string;
  authorName: string | null;
}

/** Customers with the product: photos shown after the team approved them. */
export function ShowcasePage({ board }: { board: PublicBoard; onChange: () => Promise<void> }) {
  const { t } = useTranslation('ideas');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    setPhotos((await boardApi.get<{ photos: Photo[] }>(`/api/public/boards/${board.slug}/showcase`)).photos);
  }, [board.slug]);
  useEffect(() => {
    void load().catch(setError);
  }, [load]);
  const send = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return;
    try {
      if (file.size > LIMITS.imageBytes) throw new Error(t('public.photoTooLarge'));
      await boardApi.post(`/api/public/boards/${board.slug}/showcase`, { caption, photo: { data: await readAsDataUrl(file) } });
      setSent(true);
      setFile(null);
      setCaption('');
      setError(null);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, sm: 3 }}>
        {photos.map((p) => (
          <Card key={p.id} withBorder p="xs">
            <Image src={p.photoUrl} alt={p.caption} radius="sm" />
            <Text size="sm">{p.caption}</Text>
            <Text size="xs" c="dimmed">{p.authorName}</Text>
          </Card>
        ))}
      </SimpleGrid>
      {photos.length === 0 && <Text c="dimmed">{t('public.noPhotos')}</Text>}
      {board.viewer.signedIn ? (
        <form onSubmit={send}>
          <Stack gap="xs" maw={420}>
            <FileInput label={t('public.photo')} placeholder={t('public.choosePhoto')} accept="image/jpeg,image/png,image/webp" required value={file} onChange={setFile} />
            <TextInput label={t('public.caption')} maxLength={LIMITS.captionMax} value={caption} onChange={(e) => setCaption(e.currentTarget.value)} />
            <Button type="submit">{t('public.sendPhoto')}</Button>
          </Stack>
        </form>
      ) : (
        <Text size="sm" c="dimmed">{t('public.signInToPost')}</Text>
      )}
      {sent && <Alert color="green">{t('public.photoSent')}</Alert>}
      <ErrorAlert error={error} />
    </Stack>
  );
}
