import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicBoard, PublicIdea } from '../../../shared/ideas.ts';
import { ApiError } from '../../api/client.ts';
import { boardApi } from './board-api.ts';

/** Vote / withdraw; the count shown is the server's count of stored votes. */
export function VoteButton({ board, idea, onVoted }: { board: PublicBoard; idea: PublicIdea; onVoted: () => void | Promise<void> }) {
  const { t } = useTranslation('ideas');
  const [busy, setBusy] = useState(false);
  const [votes, setVotes] = useState(idea.votes);
  const [voted, setVoted] = useState(idea.votedByMe);
  const [message, setMessage] = useState<string | null>(null);
  const canVote = board.viewer.signedIn || board.anonymousVoting;
  const toggle = async () => {
    if (!canVote) {
      setMessage(t('public.signInToVote'));
      return;
    }
    setBusy(true);
    try {
      const url = `/api/public/boards/${board.slug}/ideas/${idea.id}/vote`;
      const r = voted ? await boardApi.delete<{ voted: boolean; votes: number; pending: boolean }>(url) : await boardApi.put<{ voted: boolean; votes: number; pending: boolean }>(url);
      setVoted(r.voted);
      setVotes(r.votes);
      setMessage(r.pending ? t('public.votePending') : null);
      await onVoted();
    } catch (err) {
      // The server's messages are English; the visitor gets a short one in their language.
      setMessage(err instanceof ApiError && err.status === 401 ? t('public.signInToVote') : t('public.voteFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={2} align="center" w={80}>
      <Button variant={voted ? 'filled' : 'outline'} onClick={toggle} loading={busy} aria-pressed={voted} data-testid="vote-button" size="sm">
        ▲ <span data-testid="vote-count">{votes}</span>
      </Button>
      <Text size="xs" c="dimmed">{voted ? t('public.voted') : t('public.vote')}</Text>
      {message && <Text size="xs" c="orange">{message}</Text>}
    </Stack>
  );
}
