import { useState } from 'react';
import { Alert, Button, FileInput, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import type { ImportColumnsResult, ImportResponsesResult } from '../../../../shared/distribution.ts';

/** Import responses from a CSV file: map each CSV column to a survey column, check, then import. */
export function ImportDialog({ base, opened, onClose, onImported }: { base: string; opened: boolean; onClose: () => void; onImported: () => void }) {
  const { t, i18n } = useTranslation('distribution');
  const [csv, setCsv] = useState('');
  const [columns, setColumns] = useState<ImportColumnsResult | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ dry: boolean; r: ImportResponsesResult } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function pick(file: File | null) {
    setResult(null);
    setColumns(null);
    if (!file) return;
    const text = await file.text();
    setCsv(text);
    try {
      const c = await api.post<ImportColumnsResult>(`${base}/responses/import/columns`, { csv: text, lang: i18n.resolvedLanguage === 'en' ? 'en' : 'nl' });
      setColumns(c);
      setMapping(c.mapping);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  async function run(dryRun: boolean) {
    try {
      const r = await api.post<ImportResponsesResult>(`${base}/responses/import`, { csv, mapping, dryRun });
      setResult({ dry: dryRun, r });
      setError(null);
      if (!dryRun) onImported();
    } catch (e) {
      setError(e);
    }
  }

  const targets = [{ value: '', label: t('responses.ignore') }, ...(columns?.columns ?? []).filter((c) => c.kind !== 'meta' || ['language', 'started_at', 'completed_at'].includes(c.key)).map((c) => ({ value: c.key, label: `${c.key} — ${c.label}` }))];
  return (
    <Modal opened={opened} onClose={onClose} title={t('responses.importTitle')} size="xl">
      <Stack>
        <FileInput label="CSV" accept=".csv,text/csv" onChange={pick} clearable />
        {columns && (
          <Table>
            <Table.Tbody>
              {columns.headers.map((h) => (
                <Table.Tr key={h}>
                  <Table.Td>{h}</Table.Td>
                  <Table.Td>
                    <Select aria-label={h} data={targets} value={mapping[h] ?? ''} onChange={(v) => setMapping({ ...mapping, [h]: v ?? '' })} searchable />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Group>
          <Button variant="light" onClick={() => run(true)} disabled={!columns}>
            {t('responses.check')}
          </Button>
          <Button onClick={() => run(false)} disabled={!columns}>
            {t('responses.doImport')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
        {result && result.r.problems.length === 0 && <Alert color="green">{result.dry ? t('responses.wouldImport', { count: result.r.imported }) : t('responses.imported', { count: result.r.imported })}</Alert>}
        {result && result.r.problems.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('responses.row')}</Table.Th>
                <Table.Th>{t('responses.column')}</Table.Th>
                <Table.Th>{t('responses.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.r.problems.slice(0, 100).map((p, i) => (
                <Table.Tr key={i}>
                  <Table.Td>{p.row}</Table.Td>
                  <Table.Td>{p.column}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.reason}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Modal>
  );
}
