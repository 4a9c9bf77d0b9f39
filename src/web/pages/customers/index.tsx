import { useEffect, useState } from 'react';
import { Badge, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../api/client.ts';
import { useSession } from '../../session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import type { CustomerList } from '../../../shared/distribution.ts';

const PAGE_SIZE = 50;

/** The Customers area: every customer of the workspace with source, e-mail, attributes and unsubscribe state. */
export default function CustomersArea() {
  const { t } = useTranslation('distribution');
  const { workspaceId } = useSession();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [data, setData] = useState<CustomerList | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!workspaceId) return;
    const q = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
    if (search.trim()) q.set('search', search.trim());
    let live = true;
    api
      .get<CustomerList>(ws(workspaceId, `/customers?${q}`))
      .then((d) => live && (setData(d), setError(null)))
      .catch((e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [workspaceId, search, page]);

  return (
    <Stack>
      <Title order={2}>{t('customers.title')}</Title>
      <Group justify="space-between">
        <TextInput
          placeholder={t('customers.search')}
          aria-label={t('customers.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={320}
        />
        {data && <Text c="dimmed">{t('customers.total', { count: data.total })}</Text>}
      </Group>
      <ErrorAlert error={error} />
      {data && data.items.length === 0 && <Text c="dimmed">{t('customers.empty')}</Text>}
      {data && data.items.length > 0 && (
        <Table striped highlightOnHover data-testid="customers-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('customers.email')}</Table.Th>
              <Table.Th>{t('customers.name')}</Table.Th>
              <Table.Th>{t('customers.source')}</Table.Th>
              <Table.Th>{t('customers.attributes')}</Table.Th>
              <Table.Th>{t('customers.unsubscribed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.email ?? '—'}</Table.Td>
                <Table.Td>{c.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{c.source}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {Object.entries(c.attributes)
                      .map(([k, v]) => `${k}: ${String(v)}`)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>{c.unsubscribedAt ? <Badge color="gray">{new Date(c.unsubscribedAt).toLocaleDateString()}</Badge> : null}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}
    </Stack>
  );
}
