import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Button, Card, Group, Loader, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import ReactECharts from 'echarts-for-react';
import type { AdminIdea, Tag } from '../../../shared/ideas.ts';
import { IDEA_STATUSES } from '../../../shared/ideas.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { StatusBadge } from '../public-board/StatusBadge.tsx';
import type { IdeaEvidence } from '../../../shared/evidence.ts';
import { EvidenceCard } from '../../components/EvidenceCard/index.tsx';
import { MakeDecisionButton, useDecisionCards } from './MakeDecisionButton.tsx';

type Detail = AdminIdea & { commentList: { id: string; body: string; authorName: string | null; fromTeam: boolean; state: string; customerEmail: string | null }[] };

export function IdeaDetailPage({ workspaceId }: { workspaceId: string }) {
  const { ideaId = '' } = useParams();
  const { t } = useTranslation('ideas');
  const [idea, setIdea] = useState<Detail | null>(null);
  const [tags, setTags] = useState<Tag[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [status, setStatus] = useState<string>('new');
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [mergeOpen, setMergeOpen] = useState(false);
  const [duplicate, setDuplicate] = useState<string | null>(null);
  const [others, setOthers] = useState<AdminIdea[]>([]);
  const [evidence, setEvidence] = useState<IdeaEvidence | null>(null);
  const decisions = useDecisionCards(workspaceId);
  useEffect(() => {
    setEvidence(null);
    api.get<IdeaEvidence>(ws(workspaceId, `/evidence/ideas/${ideaId}`)).then(setEvidence, () => setEvidence(null));
  }, [workspaceId, ideaId, idea?.votes, idea?.commentList.length]);
  const load = useCallback(async () => {
    try {
      const d = await api.get<Detail>(ws(workspaceId, `/ideas/${ideaId}`));
      setIdea(d);
      setStatus(d.status);
      setReason(d.statusReason ?? '');
      setNote(d.internalNote);
      setTags(await api.get<Tag[]>(ws(workspaceId, '/idea-tags')));
    } catch (err) {
      setError(err);
    }
  }, [workspaceId, ideaId]);
  useEffect(() => {
    void load();
  }, [load]);
  const run = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      setError(null);
      await load();
    } catch (err) {
      setError(err);
    }
  };
  const patch = (body: Record<string, unknown>) => run(() => api.patch(ws(workspaceId, `/ideas/${ideaId}`), body));
  if (!idea) return error ? <ErrorAlert error={error} /> : <Loader />;
  return (
    <Stack>
      <Anchor component={Link} to="/ideas" size="sm">← {t('public.back')}</Anchor>
      <Group>
        <StatusBadge status={idea.status} />
        <Title order={2} size="h3" data-testid="team-idea-title">{idea.title}</Title>
        <MakeDecisionButton
          workspaceId={workspaceId}
          source={{ sourceType: 'idea', sourceRef: idea.id }}
          cards={decisions.cards}
          labels={{ make: t('team.makeDecision'), open: t('team.openDecision') }}
          onError={setError}
        />
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{idea.description}</Text>
      <Text size="sm">{t('team.votes')}: {idea.votes} {idea.pendingVotes > 0 && `(+${idea.pendingVotes} ${t('team.pendingVotes')})`} · {idea.customerEmail}</Text>
      <ErrorAlert error={error} />
      {info && <Alert color="green">{info}</Alert>}
      {evidence && <EvidenceCard evidence={evidence.evidence} title={t('team.evidence')} data-testid="idea-evidence" />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap="xs">
            <Select label={t('team.changeStatus')} data-testid="status-select" value={status} onChange={(v) => setStatus(v ?? 'new')} data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
            <Textarea label={t('team.reason')} description={status === 'declined' ? t('team.reasonRequired') : undefined} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button
              data-testid="save-status"
              onClick={() =>
                run(async () => {
                  const r = await api.post<{ notified: number }>(ws(workspaceId, `/ideas/${ideaId}/status`), { status, ...(reason.trim() && { reason: reason.trim() }) });
                  setInfo(t('team.statusNotified', { count: r.notified }));
                })
              }
            >
              {t('team.save')}
            </Button>
          </Stack>
        </Card>
        <Card withBorder>
          <Stack gap="xs">
            <Group>
              <Button variant="light" onClick={() => patch({ pinned: !idea.pinned })}>{idea.pinned ? t('team.unpin') : t('team.pin')}</Button>
              <Button variant="light" onClick={() => patch({ hidden: !idea.hidden })}>{idea.hidden ? t('team.unhide') : t('team.hide')}</Button>
              <Button
                variant="light"
                onClick={async () => {
                  setOthers((await api.get<{ ideas: AdminIdea[] }>(ws(workspaceId, '/ideas?sort=top&limit=100'))).ideas.filter((x) => x.id !== ideaId));
                  setMergeOpen(true);
                }}
              >
                {t('team.merge')}
              </Button>
            </Group>
            <MultiSelect label={t('team.tags')} data={tags.map((x) => ({ value: x.id, label: x.name }))} value={idea.tags.map((x) => x.id)} onChange={(v) => patch({ tagIds: v })} />
            <NewTag workspaceId={workspaceId} onCreated={load} />
            <Textarea label={t('team.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} onBlur={() => note !== idea.internalNote && patch({ internalNote: note })} />
          </Stack>
        </Card>
      </SimpleGrid>
      <WhoAsks workspaceId={workspaceId} ideaId={ideaId} />
      <Title order={3} size="h4">{t('team.comments')}</Title>
      {idea.commentList.map((c) => (
        <Card key={c.id} withBorder p="xs">
          <Text size="sm" fw={600}>{c.authorName} {c.customerEmail && `<${c.customerEmail}>`} {c.state !== 'published' && `(${t(`state.${c.state}`)})`}</Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{c.body}</Text>
        </Card>
      ))}
      <TeamReply workspaceId={workspaceId} ideaId={ideaId} onSent={load} />
      <Modal opened={mergeOpen} onClose={() => setMergeOpen(false)} title={t('team.mergeTitle')}>
        <Stack>
          <Text size="sm">{t('team.mergeHelp')}</Text>
          <Select searchable label={t('team.duplicate')} value={duplicate} onChange={setDuplicate} data={others.map((o) => ({ value: o.id, label: `${o.title} (${o.votes})` }))} />
          <Button
            disabled={!duplicate}
            onClick={() =>
              run(async () => {
                const r = await api.post<{ movedVotes: number; droppedDoubleVotes: number }>(ws(workspaceId, `/ideas/${ideaId}/merge`), { duplicateId: duplicate });
                setInfo(t('team.mergeDone', { moved: r.movedVotes, dropped: r.droppedDoubleVotes }));
                setMergeOpen(false);
              })
            }
          >
            {t('team.merge')}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}

function NewTag({ workspaceId, onCreated }: { workspaceId: string; onCreated: () => Promise<void> }) {
  const { t } = useTranslation('ideas');
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  return (
    <Group align="flex-end">
      <TextInput size="xs" label={t('team.newTag')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Button
        size="xs"
        variant="default"
        disabled={!name.trim()}
        onClick={async () => {
          try {
            await api.post(ws(workspaceId, '/idea-tags'), { name: name.trim() });
            setName('');
            setError(null);
            await onCreated();
          } catch (err) {
            setError(err);
          }
        }}
      >
        +
      </Button>
      <ErrorAlert error={error} />
    </Group>
  );
}

function TeamReply({ workspaceId, ideaId, onSent }: { workspaceId: string; ideaId: string; onSent: () => Promise<void> }) {
  const { t } = useTranslation('ideas');
  const [body, setBody] = useState('');
  return (
    <Group align="flex-end">
      <Textarea style={{ flex: 1 }} label={t('public.addComment')} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
      <Button
        disabled={!body.trim()}
        onClick={async () => {
          await api.post(ws(workspaceId, `/ideas/${ideaId}/comments`), { body });
          setBody('');
          await onSent();
        }}
      >
        {t('public.send')}
      </Button>
    </Group>
  );
}

/** Votes broken down by a customer attribute (ECharts bar chart). */
function WhoAsks({ workspaceId, ideaId }: { workspaceId: string; ideaId: string }) {
  const { t } = useTranslation('ideas');
  const [keys, setKeys] = useState<string[]>([]);
  const [attribute, setAttribute] = useState<string | null>(null);
  const [groups, setGroups] = useState<{ value: string | null; votes: number }[]>([]);
  useEffect(() => {
    api.get<{ attributes: string[] }>(ws(workspaceId, '/ideas/customer-attributes')).then((r) => {
      setKeys(r.attributes);
      setAttribute((a) => a ?? r.attributes[0] ?? null);
    }, () => setKeys([]));
  }, [workspaceId]);
  useEffect(() => {
    if (!attribute) return;
    api.get<{ groups: { value: string | null; votes: number }[] }>(ws(workspaceId, `/ideas/${ideaId}/votes-by-attribute?attribute=${encodeURIComponent(attribute)}`)).then((r) => setGroups(r.groups), () => setGroups([]));
  }, [workspaceId, ideaId, attribute]);
  return (
    <Card withBorder>
      <Group justify="space-between">
        <Title order={3} size="h5">{t('team.whoAsks')}</Title>
        {keys.length > 0 && <Select size="xs" aria-label={t('team.attribute')} value={attribute} onChange={setAttribute} data={keys} />}
      </Group>
      {keys.length === 0 ? (
        <Text size="sm" c="dimmed">{t('team.noAttributes')}</Text>
      ) : (
        <ReactECharts
          style={{ height: 220 }}
          option={{
            grid: { left: 110, right: 20, top: 10, bottom: 20 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: groups.map((g) => g.value ?? '—').reverse() },
            series: [{ type: 'bar', data: groups.map((g) => g.votes).reverse(), label: { show: true, position: 'right' } }],
            tooltip: {},
          }}
        />
      )}
    </Card>
  );
}
