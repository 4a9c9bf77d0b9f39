import { Alert, Button, Card, Code, Group, Select, SimpleGrid, Slider, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { decisionFormula, rankDecisionCards, WEIGHT_MAX, WEIGHT_MIN, type DecisionBoard, type DecisionCardView, type DecisionWeights } from '../../../shared/decisions.ts';
import type { IdentityProfile } from '../../../shared/identity.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { DecisionCardItem } from './DecisionCardItem.tsx';

const WEIGHT_KEYS = ['customer', 'us', 'society'] as const;

/** The ranked decision board: the formula with the current weights, sliders that re-rank live, the cards. */
export function DecisionBoardPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('decisions');
  const [board, setBoard] = useState<DecisionBoard | null>(null);
  const [weights, setWeights] = useState<DecisionWeights | null>(null);
  const [profile, setProfile] = useState<IdentityProfile | null>(null);
  const [ideas, setIdeas] = useState<{ id: string; title: string }[]>([]);
  const [ideaId, setIdeaId] = useState<string | null>(null);
  const [finding, setFinding] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function load() {
    try {
      const b = await api.get<DecisionBoard>(ws(workspaceId, '/decisions'));
      setBoard(b);
      setWeights((w) => w ?? b.weights);
      setProfile(await api.get<IdentityProfile>(ws(workspaceId, '/identity')));
      const list = await api.get<{ ideas: { id: string; title: string }[] }>(ws(workspaceId, '/ideas?sort=top'));
      setIdeas(list.ideas);
    } catch (err) {
      setError(err);
    }
  }
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId]);

  // The same pure function the server ranks with, so the order here and there agree.
  const ranked = useMemo(() => (board && weights ? rankDecisionCards(board.cards, weights) : []), [board, weights]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await load();
    } catch (err) {
      setError(err);
    }
  }

  if (!board || !weights) return <ErrorAlert error={error} />;
  const labels = { score: t('formula.score'), customer: t('formula.customer'), us: t('formula.us'), society: t('formula.society'), effort: t('formula.effort') };
  const onBoard = new Set(board.cards.filter((c) => c.sourceType === 'idea').map((c) => c.sourceRef));

  return (
    <Stack>
      {profile && !profile.filled && (
        <Alert color="teal" title={t('emptyProfile.title')} data-testid="identity-banner">
          <Group justify="space-between">
            <Text size="sm">{t('emptyProfile.text')}</Text>
            <Button component={Link} to="/decisions/identity?flow=1" size="xs">
              {t('emptyProfile.start')}
            </Button>
          </Group>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Card withBorder className="no-print-break">
        <Title order={4}>{t('weights.title')}</Title>
        <Code block mt="xs" mb="sm" data-testid="formula" fz="md">
          {decisionFormula(weights, labels)}
        </Code>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {WEIGHT_KEYS.map((k) => (
            <Stack key={k} gap={4}>
              <Text size="sm">
                {t(`weights.${k}`)}: <b>{weights[k]}</b>
              </Text>
              <Slider
                data-testid={`weight-${k}`}
                thumbProps={{ 'aria-label': t(`weights.${k}`) }}
                min={WEIGHT_MIN}
                max={WEIGHT_MAX}
                step={0.5}
                value={weights[k]}
                onChange={(v) => setWeights({ ...weights, [k]: v })}
              />
            </Stack>
          ))}
        </SimpleGrid>
        <Group mt="md">
          <Button
            size="xs"
            data-testid="save-weights"
            onClick={() =>
              void run(async () => {
                await api.put(ws(workspaceId, '/decision-weights'), weights);
                notifications.show({ message: t('weights.saved') });
              })
            }
          >
            {t('weights.save')}
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setWeights(board.weights)}>
            {t('weights.reset')}
          </Button>
        </Group>
      </Card>

      {ranked.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
      <Stack data-testid="decision-list">
        {ranked.map((card) => (
          <DecisionCardItem key={card.id} workspaceId={workspaceId} card={card as DecisionCardView} profile={profile} onChanged={load} />
        ))}
      </Stack>

      <Card withBorder>
        <Group align="end">
          <Select
            label={t('addFromIdea')}
            searchable
            data={ideas.filter((i) => !onBoard.has(i.id)).map((i) => ({ value: i.id, label: i.title }))}
            value={ideaId}
            onChange={setIdeaId}
            w={360}
            data-testid="add-idea"
          />
          <Button disabled={!ideaId} onClick={() => void run(() => api.post(ws(workspaceId, '/decisions'), { sourceType: 'idea', sourceRef: ideaId }).then(() => setIdeaId(null)))}>
            {t('add')}
          </Button>
          <TextInput label={t('addFinding')} value={finding} onChange={(e) => setFinding(e.currentTarget.value)} w={320} />
          <Button
            disabled={!finding.trim()}
            onClick={() => void run(() => api.post(ws(workspaceId, '/decisions'), { sourceType: 'finding', sourceRef: `finding:${Date.now()}`, title: finding.trim() }).then(() => setFinding('')))}
          >
            {t('add')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
