import { useCallback, useEffect, useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Image, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicBoard, PublicIdeaDetail } from '../../../shared/ideas.ts';
import { LIMITS } from '../../../shared/ideas.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi } from './board-api.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { VoteButton } from './VoteButton.tsx';

/** One idea: text (always rendered as text, never as HTML), photo, votes, status reason, comments. */
export function IdeaPage({ board }: { board: PublicBoard; onChange: () => Promise<void> }) {
  const { ideaId = '' } = useParams();
  const { t } = useTranslation('ideas');
  const [idea, setIdea] = useState<PublicIdeaDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      setIdea(await boardApi.get<PublicIdeaDetail>(`/api/public/boards/${board.slug}/ideas/${ideaId}`));
    } catch (err) {
      setError(err);
    }
  }, [board.slug, ideaId]);
  useEffect(() => {
    void load();
  }, [load]);

  const send = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await boardApi.post(`/api/public/boards/${board.slug}/ideas/${ideaId}/comments`, { body: comment });
      setComment('');
      setCommentError(null);
      await load();
    } catch (err) {
      setCommentError(err);
    }
  };

  if (error) return <ErrorAlert error={error} />;
  if (!idea) return <Loader />;
  return (
    <Stack>
      <Anchor component={Link} to={`/b/${board.slug}`}>← {t('public.back')}</Anchor>
      <Group align="flex-start" wrap="nowrap">
        {idea.state === 'published' ? <VoteButton key={`${idea.id}-${idea.votes}`} board={board} idea={idea} onVoted={load} /> : null}
        <Stack gap="xs" style={{ flex: 1 }}>
          <Group gap="xs">
            <StatusBadge status={idea.status} />
            {idea.state !== 'published' && <Badge color="orange">{t(`state.${idea.state}`)}</Badge>}
            {idea.tags.map((x) => <Badge key={x.id} color={x.color} variant="dot">{x.name}</Badge>)}
          </Group>
          <Title order={2} size="h3" data-testid="idea-detail-title">{idea.title}</Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="idea-detail-description">{idea.description}</Text>
          {idea.statusReason && <Card bg="gray.0" p="xs"><Text size="sm" data-testid="status-reason">{idea.statusReason}</Text></Card>}
          {idea.photoUrl && <Image src={idea.photoUrl} alt={idea.title} maw={480} radius="sm" />}
          <Text size="xs" c="dimmed">{idea.authorName ?? ''} · {new Date(idea.createdAt).toLocaleDateString()}</Text>
        </Stack>
      </Group>
      <Title order={3} size="h4">{t('public.comments')}</Title>
      {idea.commentList.length === 0 && <Text c="dimmed">{t('public.noComments')}</Text>}
      {idea.commentList.map((c) => (
        <Card key={c.id} withBorder p="sm" data-testid="comment">
          <Group gap="xs">
            <Text size="sm" fw={600}>{c.authorName ?? t('public.anonymous')}</Text>
            {c.fromTeam && <Badge size="xs">{t('public.team')}</Badge>}
            {c.state !== 'published' && <Badge size="xs" color="orange">{t(`state.${c.state}`)}</Badge>}
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="comment-body">{c.body}</Text>
        </Card>
      ))}
      {idea.state !== 'published' ? (
        // Reactions open once the idea is public (after the e-mail is confirmed or the team approved it).
        <Text size="sm" c="orange" data-testid="idea-not-public">{t(`public.posted.${idea.state === 'in_review' ? 'in_review' : 'pending'}`)}</Text>
      ) : board.viewer.signedIn ? (
        <form onSubmit={send}>
          <Stack gap="xs">
            <Textarea label={t('public.addComment')} required maxLength={LIMITS.commentMax} value={comment} onChange={(e) => setComment(e.currentTarget.value)} name="comment" />
            <Group><Button type="submit" data-testid="post-comment">{t('public.send')}</Button></Group>
            <ErrorAlert error={commentError} />
          </Stack>
        </form>
      ) : (
        <Text size="sm" c="dimmed">{t('public.signInToComment')}</Text>
      )}
    </Stack>
  );
}
