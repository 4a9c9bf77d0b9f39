import { Badge, Button, Card, Group, Modal, MultiSelect, NumberInput, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionCardView, DecisionEventView } from '../../../shared/decisions.ts';
import type { IdentityProfile } from '../../../shared/identity.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { EvidenceCard, VerdictBadge } from '../../components/EvidenceCard/index.tsx';

type RankedCard = DecisionCardView;
const STATUS_COLOR = { open: 'gray', accepted: 'teal', declined: 'red', parked: 'yellow', made: 'blue' } as const;

/** One card on the board: rank and score, evidence, identity links, decision and its history. */
export function DecisionCardItem({ workspaceId, card, profile, onChanged }: { workspaceId: string; card: RankedCard; profile: IdentityProfile | null; onChanged: () => Promise<void> }) {
  const { t, i18n } = useTranslation('decisions');
  const [mode, setMode] = useState<null | 'scores' | 'decide' | 'made'>(null);
  const [history, setHistory] = useState<DecisionEventView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const base = ws(workspaceId, `/decisions/${card.id}`);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setMode(null);
      await onChanged();
      if (history) setHistory((await api.get<{ events: DecisionEventView[] }>(`${base}/history`)).events);
    } catch (err) {
      setError(err);
    }
  }
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.resolvedLanguage);
  const anecdote = card.evidence?.verdict === 'anecdote';

  return (
    <Card withBorder data-testid="decision-card" data-card-id={card.id} data-rank={card.rank} style={anecdote ? { borderStyle: 'dashed' } : undefined}>
      <Group justify="space-between" align="start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} c="dimmed">
              {t('rank', { rank: card.rank })}
            </Text>
            <Text fw={700} data-testid="card-title">
              {card.title}
            </Text>
            <Badge variant="light">{t(`source.${card.sourceType}`)}</Badge>
            <Badge color={STATUS_COLOR[card.status]} data-testid="card-status">
              {t(`status.${card.status}`)}
            </Badge>
            {anecdote && (
              <Badge color="orange" variant="outline" data-testid="anecdote-badge">
                {t('anecdote')}
              </Badge>
            )}
            {card.touchesCannotDo && (
              <Badge color="red" data-testid="cannot-do-flag">
                ⚠ {t('cannotDo')}
              </Badge>
            )}
          </Group>
          <Text size="sm" data-testid="card-score">
            {card.score === null ? t('unscored') : t('score', { score: +card.score.toFixed(2) })}
            {card.score !== null && ` = (${card.scores.customer}, ${card.scores.us}, ${card.scores.society}) / ${card.effort}`}
          </Text>
          {(['customer', 'us', 'society'] as const).map((k) =>
            card.reasons[k] ? (
              <Text key={k} size="xs" c="dimmed">
                {t(`formula.${k}`)} {card.scores[k]}: {card.reasons[k]}
              </Text>
            ) : null,
          )}
          {card.identityItems.length > 0 && (
            <Group gap={4}>
              <Text size="xs">{t('touches')}:</Text>
              {card.identityItems.map((i) => (
                <Badge key={`${i.kind}:${i.item}`} size="xs" color={i.kind === 'cannot' ? 'red' : i.kind === 'great' ? 'teal' : 'blue'} variant="light">
                  {i.item}
                </Badge>
              ))}
            </Group>
          )}
          {card.idea && (
            <Text size="xs" c="dimmed">
              {t('votes', { count: card.idea.votes })}
              {card.idea.statusReason && ` · ${t('publicReason', { reason: card.idea.statusReason })}`}
            </Text>
          )}
          {card.latestEvent && (
            <Text size="sm" data-testid="latest-decision">
              <b>{t(`kind.${card.latestEvent.kind}`)}</b>: {card.latestEvent.reason} — {t('by', { name: card.latestEvent.authorName, date: date(card.latestEvent.createdAt) })}
            </Text>
          )}
        </Stack>
        <Stack gap={6} miw={260}>
          {card.evidence ? <EvidenceCard evidence={card.evidence} compact /> : <Text size="xs" c="dimmed">{t('noEvidence')}</Text>}
          {card.evidence && <VerdictBadge evidence={card.evidence} />}
        </Stack>
      </Group>
      <Group mt="sm" gap="xs">
        <Button size="xs" variant="light" onClick={() => setMode('scores')} data-testid="edit-scores">
          {t('edit')}
        </Button>
        <Button size="xs" onClick={() => setMode('decide')} data-testid="decide">
          {t('decide')}
        </Button>
        {card.status === 'accepted' && (
          <Button size="xs" variant="light" color="blue" onClick={() => setMode('made')} data-testid="mark-made">
            {t('markMade')}
          </Button>
        )}
        {card.surveyId && card.latestEvent && (
          <Button
            size="xs"
            variant="subtle"
            data-testid="notify-respondents"
            onClick={() =>
              void run(async () => {
                const r = await api.post<{ queued: number; skipped: number }>(`${base}/notify-respondents`, {});
                notifications.show({ message: t('notified', r) });
              })
            }
          >
            {t('notify')}
          </Button>
        )}
        <Button
          size="xs"
          variant="subtle"
          data-testid="show-history"
          onClick={() => void (history ? setHistory(null) : api.get<{ events: DecisionEventView[] }>(`${base}/history`).then((h) => setHistory(h.events), setError))}
        >
          {t('history')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {history && (
        <Timeline mt="sm" bulletSize={14} data-testid="history">
          {history.length === 0 && <Text size="sm">{t('historyEmpty')}</Text>}
          {[...history].reverse().map((e, i) => (
            <Timeline.Item key={e.id} title={`${t(`kind.${e.kind}`)}${i > 0 ? ` (${t('superseded')})` : ''}`}>
              <Text size="sm">{e.reason}</Text>
              {e.publicReason && e.publicReason !== e.reason && <Text size="xs">{t('publicReason', { reason: e.publicReason })}</Text>}
              <Text size="xs" c="dimmed">
                {t('by', { name: e.authorName, date: date(e.createdAt) })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <Modal opened={mode === 'scores'} onClose={() => setMode(null)} title={card.title} size="lg">
        {mode === 'scores' && <ScoresForm card={card} profile={profile} onSave={(body) => run(() => api.patch(base, body))} />}
      </Modal>
      <Modal opened={mode === 'decide'} onClose={() => setMode(null)} title={`${t('decide')}: ${card.title}`}>
        {mode === 'decide' && <DecideForm isIdea={card.sourceType === 'idea'} onSave={(body) => run(() => api.post(`${base}/decide`, body))} />}
      </Modal>
      <Modal opened={mode === 'made'} onClose={() => setMode(null)} title={`${t('markMade')}: ${card.title}`}>
        {mode === 'made' && (
          <MadeForm
            title={card.title}
            onSave={(body) =>
              run(async () => {
                const r = await api.post<{ notified: number }>(`${base}/made`, body);
                notifications.show({ message: t('madeDone', { count: r.notified }) });
              })
            }
          />
        )}
      </Modal>
    </Card>
  );
}

function ScoresForm({ card, profile, onSave }: { card: RankedCard; profile: IdentityProfile | null; onSave: (body: unknown) => void }) {
  const { t } = useTranslation('decisions');
  const [scores, setScores] = useState(card.scores);
  const [reasons, setReasons] = useState(card.reasons);
  const [effort, setEffort] = useState<number | null>(card.effort);
  const options = profile
    ? [
        { group: t('identity.greatAt'), items: profile.greatAt.map((i) => ({ value: `great|${i}`, label: i })) },
        { group: t('identity.goodAt'), items: profile.goodAt.map((i) => ({ value: `good|${i}`, label: i })) },
        { group: t('identity.cannotDo'), items: profile.cannotDo.map((i) => ({ value: `cannot|${i}`, label: `⚠ ${i}` })) },
      ]
    : [];
  const [items, setItems] = useState(card.identityItems.map((i) => `${i.kind}|${i.item}`));
  const num = (v: string | number) => (v === '' ? null : Number(v));
  return (
    <Stack>
      {(['customer', 'us', 'society'] as const).map((k) => (
        <SimpleGrid key={k} cols={2}>
          <NumberInput label={t(`scoreLabels.${k}`)} min={1} max={5} value={scores[k] ?? ''} onChange={(v) => setScores({ ...scores, [k]: num(v) })} data-testid={`score-${k}`} />
          <TextInput label={t('scoreLabels.reason')} maxLength={200} value={reasons[k]} onChange={(e) => setReasons({ ...reasons, [k]: e.currentTarget.value })} />
        </SimpleGrid>
      ))}
      <NumberInput label={t('scoreLabels.effort')} min={1} max={5} value={effort ?? ''} onChange={(v) => setEffort(num(v))} w={200} />
      <MultiSelect label={t('identityItems')} data={options} value={items} onChange={setItems} />
      <Button
        onClick={() =>
          onSave({
            scores: {
              customer: { score: scores.customer, reason: reasons.customer },
              us: { score: scores.us, reason: reasons.us },
              society: { score: scores.society, reason: reasons.society },
            },
            effort,
            identityItems: items.map((v) => {
              const [kind, ...rest] = v.split('|');
              return { kind, item: rest.join('|') };
            }),
          })
        }
      >
        {t('save')}
      </Button>
    </Stack>
  );
}

function DecideForm({ isIdea, onSave }: { isIdea: boolean; onSave: (body: unknown) => void }) {
  const { t } = useTranslation('decisions');
  const [decision, setDecision] = useState<'accept' | 'decline' | 'park'>('accept');
  const [reason, setReason] = useState('');
  const [publicReason, setPublicReason] = useState('');
  return (
    <Stack>
      <SegmentedControl
        data-testid="decision-kind"
        value={decision}
        onChange={(v) => setDecision(v as typeof decision)}
        data={(['accept', 'decline', 'park'] as const).map((k) => ({ value: k, label: t(`decision.${k}`) }))}
      />
      <Textarea label={t('decision.reason')} required minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="decision-reason" />
      {isIdea && decision !== 'park' && <TextInput label={t('decision.publicReason')} value={publicReason} onChange={(e) => setPublicReason(e.currentTarget.value)} />}
      <Button disabled={reason.trim().length < 3} onClick={() => onSave({ decision, reason: reason.trim(), ...(publicReason.trim() ? { publicReason: publicReason.trim() } : {}) })} data-testid="decision-submit">
        {t('decision.submit')}
      </Button>
    </Stack>
  );
}

function MadeForm({ title, onSave }: { title: string; onSave: (body: unknown) => void }) {
  const { t } = useTranslation('decisions');
  const [reason, setReason] = useState('');
  const [changelogTitle, setChangelogTitle] = useState(title);
  return (
    <Stack>
      <TextInput label={t('made.changelogTitle')} value={changelogTitle} onChange={(e) => setChangelogTitle(e.currentTarget.value)} />
      <Textarea label={t('made.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="made-reason" />
      <Button disabled={reason.trim().length < 3} onClick={() => onSave({ reason: reason.trim(), changelogTitle: changelogTitle.trim() || undefined })} data-testid="made-submit">
        {t('markMade')}
      </Button>
    </Stack>
  );
}
