import { ActionIcon, Alert, Button, Card, CopyButton, Group, Select, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedInvite, Invite, Member, MeResponse, WorkspaceSummary } from '../../../shared/accounts.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { useSession, useWorkspaceId } from '../../session.tsx';

type Role = Member['role'];

export default function Settings() {
  const { t } = useTranslation();
  const workspaceId = useWorkspaceId();
  const { me, refresh, setMe } = useSession();
  const role = me?.workspaces.find((w) => w.id === workspaceId)?.role;
  const isOwner = role === 'owner';
  const [name, setName] = useState('');
  const [members, setMembers] = useState<Member[]>([]);
  const [invites, setInvites] = useState<Invite[]>([]);
  const [inviteRole, setInviteRole] = useState<Role>('editor');
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [newWorkspace, setNewWorkspace] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function load() {
    try {
      const w = await api.get<WorkspaceSummary>(ws(workspaceId));
      setName(w.name);
      setMembers(await api.get<Member[]>(ws(workspaceId, '/members')));
      setInvites(isOwner ? await api.get<Invite[]>(ws(workspaceId, '/invites')) : []);
    } catch (err) {
      setError(err);
    }
  }
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId, isOwner]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await load();
    } catch (err) {
      setError(err);
    }
  }

  const roleOptions = (['owner', 'editor', 'viewer'] as const).map((r) => ({ value: r, label: t(`settings.roles.${r}`) }));

  return (
    <Stack maw={900}>
      <Title order={2}>{t('settings.title')}</Title>
      <ErrorAlert error={error} />
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('settings.workspace')}
        </Title>
        <Group align="end">
          <TextInput value={name} onChange={(e) => setName(e.currentTarget.value)} disabled={!isOwner} w={320} aria-label={t('settings.workspace')} />
          {isOwner && (
            <Button
              onClick={() =>
                void run(async () => {
                  await api.patch(ws(workspaceId), { name });
                  await refresh();
                  notifications.show({ message: t('settings.saved') });
                })
              }
            >
              {t('settings.rename')}
            </Button>
          )}
        </Group>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('settings.members')}
        </Title>
        {!isOwner && <Alert mb="sm">{t('settings.ownerOnly')}</Alert>}
        <Table>
          <Table.Tbody>
            {members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  {m.name} {m.id === me?.user.id && <Text span c="dimmed">({t('settings.you')})</Text>}
                </Table.Td>
                <Table.Td>{m.email}</Table.Td>
                <Table.Td w={160}>
                  <Select
                    aria-label={t('settings.role')}
                    data={roleOptions}
                    value={m.role}
                    disabled={!isOwner}
                    allowDeselect={false}
                    onChange={(r) => r && void run(() => api.patch(ws(workspaceId, `/members/${m.id}`), { role: r }))}
                  />
                </Table.Td>
                <Table.Td w={120}>
                  {isOwner && m.id !== me?.user.id && (
                    <Button variant="subtle" color="red" size="xs" onClick={() => void run(() => api.delete(ws(workspaceId, `/members/${m.id}`)))}>
                      {t('settings.remove')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      {isOwner && (
        <Card withBorder>
          <Title order={4} mb="sm">
            {t('settings.invite')}
          </Title>
          <Group align="end">
            <Select label={t('settings.inviteRole')} data={roleOptions} value={inviteRole} onChange={(r) => r && setInviteRole(r as Role)} allowDeselect={false} w={200} />
            <Button data-testid="invite-create" onClick={() => void run(async () => setCreated(await api.post<CreatedInvite>(ws(workspaceId, '/invites'), { role: inviteRole })))}>
              {t('settings.inviteCreate')}
            </Button>
          </Group>
          {created && (
            <Stack gap={4} mt="md">
              <Text size="sm">{t('settings.inviteLink')}</Text>
              <Group wrap="nowrap">
                <TextInput readOnly value={created.url} style={{ flex: 1 }} data-testid="invite-url" aria-label="invite link" />
                <CopyButton value={created.url}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('copied') : t('copy')}>
                      <ActionIcon variant="light" onClick={copy} size="lg" aria-label={t('copy')}>
                        ⧉
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          )}
          {invites.length > 0 && (
            <>
              <Text fw={600} mt="md" mb={4}>
                {t('settings.openInvites')}
              </Text>
              <Table>
                <Table.Tbody>
                  {invites.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Td>{t(`settings.roles.${i.role}`)}</Table.Td>
                      <Table.Td>{new Date(i.expiresAt).toLocaleDateString()}</Table.Td>
                      <Table.Td w={120}>
                        <Button variant="subtle" color="red" size="xs" onClick={() => void run(() => api.delete(ws(workspaceId, `/invites/${i.id}`)))}>
                          {t('settings.revoke')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          )}
        </Card>
      )}
      <Card withBorder>
        <Title order={4} mb="sm">
          {t('workspace.new')}
        </Title>
        <Group align="end">
          <TextInput label={t('workspace.newName')} value={newWorkspace} onChange={(e) => setNewWorkspace(e.currentTarget.value)} w={320} />
          <Button
            disabled={!newWorkspace.trim()}
            onClick={() =>
              void run(async () => {
                await api.post(`/api/workspaces`, { name: newWorkspace });
                setNewWorkspace('');
                setMe(await api.get<MeResponse>('/api/auth/me'));
              })
            }
          >
            {t('workspace.create')}
          </Button>
        </Group>
      </Card>
    </Stack>
  );
}
