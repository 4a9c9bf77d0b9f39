import { Anchor, Group, Loader, Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { lazy, Suspense, useEffect, useState } from 'react';
import { api, ws } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { IdeaListPage } from './IdeaListPage.tsx';
import { ModerationPage } from './ModerationPage.tsx';
import { ChangelogEditor } from './ChangelogEditor.tsx';
import { BoardSettingsPage } from './BoardSettingsPage.tsx';

// The idea detail draws an ECharts chart: loaded on demand so that ECharts stays out of the first bundle.
const IdeaDetailPage = lazy(() => import('./IdeaDetailPage.tsx').then((m) => ({ default: m.IdeaDetailPage })));

/** The team's Ideas area: ideas, review queue, changelog, board settings. */
export default function IdeasArea() {
  const { t } = useTranslation('ideas');
  const { workspaceId } = useSession();
  const location = useLocation();
  const [boardUrl, setBoardUrl] = useState<string | null>(null);
  useEffect(() => {
    if (workspaceId) api.get<{ slug: string }>(ws(workspaceId, '/board')).then((b) => setBoardUrl(`/b/${b.slug}`), () => setBoardUrl(null));
  }, [workspaceId]);
  const tab = ['moderation', 'changelog', 'settings'].find((x) => location.pathname.includes(`/ideas/${x}`)) ?? 'ideas';
  if (!workspaceId) return null;
  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">{t('team.title')}</Title>
        {boardUrl && <Anchor href={boardUrl} target="_blank" data-testid="open-board">{t('team.openBoard')}</Anchor>}
      </Group>
      <Tabs value={tab} mb="md">
        <Tabs.List>
          {(['ideas', 'moderation', 'changelog', 'settings'] as const).map((x) => (
            <Tabs.Tab key={x} value={x} renderRoot={(p) => <Link {...p} to={x === 'ideas' ? '/ideas' : `/ideas/${x}`} />}>{t(`team.tabs.${x}`)}</Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<IdeaListPage workspaceId={workspaceId} />} />
        <Route path="moderation" element={<ModerationPage workspaceId={workspaceId} />} />
        <Route path="changelog" element={<ChangelogEditor workspaceId={workspaceId} />} />
        <Route path="settings" element={<BoardSettingsPage workspaceId={workspaceId} />} />
        <Route path=":ideaId" element={<Suspense fallback={<Loader />}><IdeaDetailPage workspaceId={workspaceId} /></Suspense>} />
      </Routes>
    </>
  );
}
