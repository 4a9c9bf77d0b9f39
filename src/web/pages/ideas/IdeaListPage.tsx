import { useCallback, useEffect, useState } from 'react';
import { Anchor, Badge, Group, Loader, Select, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdminIdea } from '../../../shared/ideas.ts';
import { IDEA_STATUSES } from '../../../shared/ideas.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { StatusBadge } from '../public-board/StatusBadge.tsx';

export function IdeaListPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('ideas');
  const [sort, setSort] = useState('top');
  const [status, setStatus] = useState<string | null>(null);
  const [state, setState] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [ideas, setIdeas] = useState<AdminIdea[] | null>(null);
  const [error, setError] = useState<unknown>(null);
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
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
