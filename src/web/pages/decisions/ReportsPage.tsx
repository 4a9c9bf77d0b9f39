import { Anchor, Button, Card, Code, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportLinkView } from '../../../shared/decisions.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';

/** Share links of the "what we heard, what we decided, and why" report per month or quarter. */
export function ReportsPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation('decisions');
  const [links, setLinks] = useState<ReportLinkView[]>([]);
  const [periodKind, setPeriodKind] = useState<'month' | 'quarter'>('month');
  const [period, setPeriod] = useState(new Date().toISOString().slice(0, 7));
  const [created, setCreated] = useState<ReportLinkView | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = () => api.get<ReportLinkView[]>(ws(workspaceId, '/reports')).then(setLinks, setError);
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId]);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await load();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Stack>
      <Title order={3}>{t('reports.title')}</Title>
      <ErrorAlert error={error} />
      <Card withBorder>
        <Group align="end">
          <SegmentedControl value={periodKind} onChange={(v) => setPeriodKind(v as 'month' | 'quarter')} data={[{ value: 'month', label: t('reports.month') }, { value: 'quarter', label: t('reports.quarter') }]} />
          <TextInput label={t('reports.period')} value={period} onChange={(e) => setPeriod(e.currentTarget.value)} w={140} data-testid="report-period" />
          <Button data-testid="create-report" onClick={() => void run(async () => setCreated(await api.post<ReportLinkView>(ws(workspaceId, '/reports'), { periodKind, period })))}>
            {t('reports.create')}
          </Button>
        </Group>
        {created?.url && (
          <Stack gap={4} mt="md">
            <Text size="sm">{t('reports.created')}</Text>
            <Code data-testid="report-url">{created.url}</Code>
            <Anchor href={created.url} target="_blank">
              {t('reports.open')}
            </Anchor>
          </Stack>
        )}
      </Card>
      {links.length === 0 ? (
        <Text c="dimmed">{t('reports.empty')}</Text>
      ) : (
        <Table>
          <Table.Tbody>
            {links.map((l) => (
              <Table.Tr key={l.id}>
                <Table.Td>{l.label}</Table.Td>
                <Table.Td>{new Date(l.createdAt).toLocaleString()}</Table.Td>
                <Table.Td>
                  {l.revokedAt ? (
                    <Text size="sm" c="dimmed">
                      {t('reports.revoked')}
                    </Text>
                  ) : (
                    <Button size="xs" color="red" variant="light" onClick={() => void run(() => api.post(ws(workspaceId, `/reports/${l.id}/revoke`), {}))}>
                      {t('reports.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
