import { useCallback, useEffect, useState } from 'react';
import { Anchor, Badge, Group, Loader, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminIdea } from '../../../shared/ideas.ts';
import { IDEA_STATUSES } from '../../../shared/ideas.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { StatusBadge } from '../public-board/StatusBadge.tsx';
import type { IdeasEvidence, IdeaVerdict } from '../../../shared/evidence.ts';
import { VERDICT_COLOR } from '../../components/EvidenceCard/index.tsx';

/** The verdict of an idea's evidence (as the EvidenceCard's VerdictBadge), with its distinct people; the reason on hover. */
function IdeaVerdictBadge({ verdict }: { verdict: IdeaVerdict }) {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  return (
    <Tooltip label={verdict.reason[lang]} multiline w={280} withArrow>
      <Group gap={4} wrap="nowrap">
        <Badge size="sm" color={VERDICT_COLOR[verdict.verdict]} variant="filled" data-testid="verdict-badge" data-verdict={verdict.verdict}>
          {t(`evidence.verdict.${verdict.verdict}`)}
        </Badge>
        <Text size="xs" c="dimmed">{t('evidence.people', { count: verdict.distinctPeople })}</Text>
      </Group>
    </Tooltip>
  );
}

export function IdeaListPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('ideas');
  const [sort, setSort] = useState('top');
  const [status, setStatus] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [ideas, setIdeas] = useState<AdminIdea[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [evidence, setEvidence] = useState<Map<string, IdeaVerdict> | null>(null);
  useEffect(() => {
    // One request for the verdicts of all ideas (not one per row).
    api.get<IdeasEvidence>(ws(workspaceId, '/evidence/ideas')).then((r) => setEvidence(new Map(r.ideas.map((x) => [x.ideaId, x]))), () => setEvidence(null));
  }, [workspaceId]);
  const load = useCallback(async () => {
    const p = new URLSearchParams({ sort, includeHidden: 'true', limit: '100' });
    if (status) p.set('status', status);
    if (state) p.set('state', state);
    if (q.trim()) p.set('q', q.trim());
    try {
      setIdeas((await api.get<{ ideas: AdminIdea[] }>(ws(workspaceId, `/ideas?${p}`))).ideas);
    } catch (err) {
      setError(err);
    }
  }, [workspaceId, sort, status, state, q]);
  useEffect(() => {
    const h = setTimeout(() => void load(), 200);
    return () => clearTimeout(h);
  }, [load]);
  return (
    <>
      <Group mb="sm">
        <Select aria-label={t('team.sort')} value={sort} onChange={(v) => setSort(v ?? 'top')} data={['trending', 'top', 'newest'].map((v) => ({ value: v, label: t(`sort.${v}`) }))} w={180} />
        <Select aria-label={t('public.status')} placeholder={t('public.allStatuses')} clearable value={status} onChange={setStatus} data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} w={190} />
        <Select aria-label={t('team.filterState')} placeholder={t('team.filterState')} clearable value={state} onChange={setState} data={['pending', 'in_review', 'published', 'rejected'].map((s) => ({ value: s, label: t(`state.${s}`) }))} w={220} />
        <TextInput aria-label={t('public.search')} placeholder={t('public.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      </Group>
      <ErrorAlert error={error} />
      {!ideas ? (
        <Loader />
      ) : (
        <Table striped data-testid="team-ideas">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('team.votes')}</Table.Th>
              <Table.Th>{t('team.idea')}</Table.Th>
              <Table.Th>{t('public.status')}</Table.Th>
              <Table.Th>{t('team.tags')}</Table.Th>
              <Table.Th>{t('team.evidence')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ideas.map((i) => (
              <Table.Tr key={i.id}>
                <Table.Td>{i.votes}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/ideas/${i.id}`}>{i.title}</Anchor>{' '}
                  {i.pinned && <Badge size="xs" variant="outline">{t('public.pinned')}</Badge>} {i.hidden && <Badge size="xs" color="gray">{t('team.hide')}</Badge>}{' '}
                  {i.state !== 'published' && <Badge size="xs" color="orange">{t(`state.${i.state}`)}</Badge>}
                </Table.Td>
                <Table.Td><StatusBadge status={i.status} /></Table.Td>
                <Table.Td>{i.tags.map((x) => <Badge key={x.id} size="xs" color={x.color} variant="dot">{x.name}</Badge>)}</Table.Td>
                <Table.Td>{evidence?.get(i.id) && <IdeaVerdictBadge verdict={evidence.get(i.id)!} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
