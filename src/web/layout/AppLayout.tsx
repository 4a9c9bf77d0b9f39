import { AppShell, Burger, Button, Center, Group, Loader, NavLink, Select, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { MeResponse } from '../../shared/accounts.ts';
import { api } from '../api/client.ts';
import { LanguageSwitch } from '../components/LanguageSwitch/index.tsx';
import { useSession } from '../session.tsx';

const AREAS = ['dashboard', 'surveys', 'ideas', 'analysis', 'segments', 'themes', 'decisions', 'customers', 'settings'] as const;

/** The team dashboard frame: navigation for every area, workspace switcher, language, log out. */
export function AppLayout() {
  const { t } = useTranslation();
  const { me, workspaceId, setMe } = useSession();
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const navigate = useNavigate();

  if (me === undefined) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (me === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;

  async function switchWorkspace(id: string | null) {
    if (!id || id === workspaceId) return;
    setMe(await api.post<MeResponse>('/api/auth/switch-workspace', { workspaceId: id }));
    navigate('/');
  }

  async function logout() {
    await api.post('/api/auth/logout');
    setMe(null);
    navigate('/login');
  }

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="menu" />
            <Title order={3} c="teal.8">
              {t('appName')}
            </Title>
            <Select
              aria-label={t('workspace.switch')}
              data-testid="workspace-switch"
              value={workspaceId}
              onChange={(v) => void switchWorkspace(v)}
              data={me.workspaces.map((w) => ({ value: w.id, label: w.name }))}
              allowDeselect={false}
              w={220}
              visibleFrom="xs"
            />
          </Group>
          <Group wrap="nowrap">
            <LanguageSwitch />
            <Text size="sm" visibleFrom="md" data-testid="user-name">
              {me.user.name}
            </Text>
            <Button variant="subtle" size="xs" onClick={() => void logout()} data-testid="logout">
              {t('auth.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {AREAS.map((area) => (
          <NavLink
            key={area}
            component={RouterNavLink}
            to={area === 'dashboard' ? '/' : `/${area}`}
            end={area === 'dashboard'}
            label={t(`nav.${area}`)}
            onClick={close}
            data-testid={`nav-${area}`}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
