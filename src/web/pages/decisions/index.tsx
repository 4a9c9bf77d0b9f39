import { Tabs, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation } from 'react-router';
import { useSession } from '../../session.tsx';
import { DecisionBoardPage } from './DecisionBoardPage.tsx';
import { IdentityPage } from './IdentityPage.tsx';
import { ReportsPage } from './ReportsPage.tsx';

/** The Decisions area: the ranked decision board, "who we are" (identity profile), and shareable reports. */
export default function DecisionsArea() {
  const { t } = useTranslation('decisions');
  const { me, workspaceId } = useSession();
  const location = useLocation();
  if (!workspaceId) return null;
  const isOwner = me?.workspaces.find((w) => w.id === workspaceId)?.role === 'owner';
  const tab = ['identity', 'reports'].find((x) => location.pathname.includes(`/decisions/${x}`)) ?? 'board';
  return (
    <>
      <Title order={1} size="h2" mb="md">
        {t('title')}
      </Title>
      <Tabs value={tab} mb="md">
        <Tabs.List>
          {(['board', 'identity', 'reports'] as const).map((x) => (
            <Tabs.Tab key={x} value={x} data-testid={`tab-${x}`} renderRoot={(p) => <Link {...p} to={x === 'board' ? '/decisions' : `/decisions/${x}`} />}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<DecisionBoardPage workspaceId={workspaceId} />} />
        <Route path="identity" element={<IdentityPage workspaceId={workspaceId} isOwner={isOwner} />} />
        <Route path="reports" element={<ReportsPage workspaceId={workspaceId} />} />
      </Routes>
    </>
  );
}
