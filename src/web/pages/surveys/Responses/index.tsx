import { useCallback, useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { Badge, Button, Checkbox, Drawer, Group, Modal, Pagination, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../../api/client.ts';
import { useSession } from '../../../session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { listQuestions, type SurveyQuestion } from '../../../../domain/surveys/survey-questions.ts';
import type { ResponseDetail, ResponseList } from '../../../../shared/distribution.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { SurveyTabs } from '../SurveyTabs/index.tsx';

const PAGE_SIZE = 25;

interface Filters {
  from: string;
  to: string;
  status: string;
  channel: string;
  language: string;
  question: string;
  value: string;
}
const noFilters: Filters = { from: '', to: '', status: '', channel: '', language: '', question: '', value: '' };

function filterQuery(f: Filters): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  if (!f.question || !f.value) {
    q.delete('question');
    q.delete('value');
  }
  return q;
}

/** An answer as text in the reader's language (choice texts instead of codes). */
function answerText(q: SurveyQuestion | undefined, value: unknown, lang: 'nl' | 'en'): string {
  if (value === undefined || value === null) return '';
  const option = (list: SurveyQuestion['choices'], v: unknown) => list?.find((o) => String(o.value) === String(v))?.text[lang] ?? String(v);
  if (Array.isArray(value)) return value.map((v) => option(q?.choices, v)).join(', ');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([row, col]) => `${option(q?.rows, row)}: ${option(q?.columns, col)}`).join('; ');
  if (q?.choices) return option(q.choices, value);
  return String(value);
}

/** The responses of a survey: filters, a table, one response in a drawer, delete, export and import. */
export default function Responses() {
  const { t, i18n } = useTranslation('distribution');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const { workspaceId } = useSession();
  const { surveyId = '' } = useParams();
  const base = workspaceId ? ws(workspaceId, `/surveys/${surveyId}`) : '';
  const [questions, setQuestions] = useState<SurveyQuestion[]>([]);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const [data, setData] = useState<ResponseList | null>(null);
  const [open, setOpen] = useState<ResponseDetail | null>(null);
  const [confirm, setConfirm] = useState(false);
  const [importing, setImporting] = useState(false);
  const [labels, setLabels] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [name, setName] = useState('');

  useEffect(() => {
    if (!base) return;
    api
      .get<{ name: string; definition: Record<string, unknown> }>(base)
      .then((s) => {
        setName(s.name);
        setQuestions(listQuestions(s.definition));
      })
      .catch(setError);
  }, [base]);

  const load = useCallback(() => {
    if (!base) return;
    const q = filterQuery(filters);
    q.set('page', String(page));
    q.set('pageSize', String(PAGE_SIZE));
    api
      .get<ResponseList>(`${base}/responses?${q}`)
      .then((d) => (setData(d), setError(null)))
      .catch(setError);
  }, [base, filters, page]);
  useEffect(load, [load]);

  const byName = useMemo(() => new Map(questions.map((q) => [q.name, q])), [questions]);
  // The first questions answered on this page of responses (a follow-up shown to few stays in the drawer).
  const shown = useMemo(() => {
    const answered = questions.filter((q) => data?.items.some((r) => answerText(q, r.answers[q.name], lang) !== ''));
    return (answered.length ? answered : questions).slice(0, 3);
  }, [questions, data, lang]);
  const channelName = (c: string) => t(`responses.channels.${c}`, { defaultValue: c });
  const set = (k: keyof Filters) => (v: string | null) => {
    setFilters({ ...filters, [k]: v ?? '' });
    setPage(1);
  };
  const exportQuery = () => {
    const q = filterQuery(filters);
    q.set('lang', lang);
    if (labels) {
      q.set('values', 'labels');
      q.set('header', 'labels');
    }
    return q.toString();
  };

  async function show(id: string) {
    try {
      setOpen(await api.get<ResponseDetail>(`${base}/responses/${id}`));
    } catch (e) {
      setError(e);
    }
  }
  async function remove() {
    if (!open) return;
    try {
      await api.delete(`${base}/responses/${open.id}`);
      setConfirm(false);
      setOpen(null);
      load();
    } catch (e) {
      setError(e);
    }
  }

  const filterQuestion = filters.question ? byName.get(filters.question) : undefined;
  if (!workspaceId) return null;
  return (
    <Stack>
      <SurveyTabs surveyId={surveyId} active="responses" heading={name || t('responsesTitle')} />
      <Group justify="space-between">
        <Title order={3}>{t('responsesTitle')}</Title>
        <Group>
          <Checkbox label={t('responses.labels')} checked={labels} onChange={(e) => setLabels(e.currentTarget.checked)} />
          <Button component="a" variant="light" href={`${base}/responses/export.csv?${exportQuery()}`} download>
            {t('responses.exportCsv')}
          </Button>
          <Button component="a" variant="light" href={`${base}/responses/export.xlsx?${exportQuery()}`} download>
            {t('responses.exportXlsx')}
          </Button>
          <Button onClick={() => setImporting(true)}>{t('responses.import')}</Button>
        </Group>
      </Group>
      <Group align="flex-end">
        <TextInput type="date" label={t('responses.from')} value={filters.from} onChange={(e) => set('from')(e.currentTarget.value)} />
        <TextInput type="date" label={t('responses.to')} value={filters.to} onChange={(e) => set('to')(e.currentTarget.value)} />
        <Select
          label={t('responses.status')}
          data={[
            { value: '', label: t('responses.any') },
            { value: 'complete', label: t('responses.complete') },
            { value: 'partial', label: t('responses.partial') },
          ]}
          value={filters.status}
          onChange={set('status')}
          w={150}
          data-testid="filter-status"
        />
        <Select
          label={t('responses.channel')}
          data={[{ value: '', label: t('responses.any') }, ...(data?.channels ?? []).map((c) => ({ value: c, label: channelName(c) }))]}
          value={filters.channel}
          onChange={set('channel')}
          w={200}
          data-testid="filter-channel"
        />
        <Select
          label={t('responses.language')}
          data={[
            { value: '', label: t('responses.any') },
            { value: 'nl', label: t('responses.languages.nl') },
            { value: 'en', label: t('responses.languages.en') },
          ]}
          value={filters.language}
          onChange={set('language')}
          w={140}
          data-testid="filter-language"
        />
        <Select label={t('responses.question')} data={[{ value: '', label: t('responses.any') }, ...questions.map((q) => ({ value: q.name, label: q.title[lang] || q.name }))]} value={filters.question} onChange={set('question')} w={240} searchable />
        {filterQuestion?.choices ? (
          <Select label={t('responses.value')} data={filterQuestion.choices.map((c) => ({ value: String(c.value), label: c.text[lang] }))} value={filters.value || null} onChange={set('value')} w={180} />
        ) : (
          <TextInput label={t('responses.value')} value={filters.value} onChange={(e) => set('value')(e.currentTarget.value)} w={180} disabled={!filters.question} />
        )}
      </Group>
      <ErrorAlert error={error} />
      {data && <Text c="dimmed">{t('responses.total', { count: data.total })}</Text>}
      {data && data.items.length === 0 && <Text c="dimmed">{t('responses.empty')}</Text>}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
        <Table striped highlightOnHover data-testid="responses-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('responses.started')}</Table.Th>
              <Table.Th>{t('responses.status')}</Table.Th>
              <Table.Th>{t('responses.channel')}</Table.Th>
              <Table.Th>{t('responses.language')}</Table.Th>
              {shown.map((q) => (
                <Table.Th key={q.name}>{q.title[lang] || q.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.items.map((r) => (
              <Table.Tr key={r.id} onClick={() => show(r.id)} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{new Date(r.startedAt).toLocaleString()}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={r.status === 'complete' ? 'green' : 'gray'} style={{ minWidth: 'max-content' }}>
                    {t(`responses.${r.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td data-channel={r.channel}>{channelName(r.channel)}</Table.Td>
                <Table.Td>{r.language ?? ''}</Table.Td>
                {shown.map((q) => (
                  <Table.Td key={q.name}>{answerText(q, r.answers[q.name], lang)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </Table.ScrollContainer>
      )}
      {data && data.total > PAGE_SIZE && <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={page} onChange={setPage} />}

      <Drawer opened={!!open} onClose={() => setOpen(null)} position="right" size="lg" title={t('responses.detail')}>
        {open && (
          <Stack>
            <Group gap="xs">
              <Badge color={open.status === 'complete' ? 'green' : 'gray'}>{t(`responses.${open.status}`)}</Badge>
              <Badge variant="light">{channelName(open.channel)}</Badge>
              {open.language && <Badge variant="outline">{open.language}</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {t('responses.started')}: {new Date(open.startedAt).toLocaleString()}
            </Text>
            {open.customer && (
              <Text size="sm">
                {t('responses.customer')}: {open.customer.name ?? ''} {open.customer.email ?? ''}
              </Text>
            )}
            <Table>
              <Table.Tbody>
                {(questions.length ? questions.filter((q) => open.answers[q.name] !== undefined) : Object.keys(open.answers).map((name) => ({ name }) as SurveyQuestion)).map((q) => (
                  <Table.Tr key={q.name}>
                    <Table.Td fw={500}>{q.title?.[lang] || q.name}</Table.Td>
                    <Table.Td>{answerText(byName.get(q.name), open.answers[q.name], lang)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button color="red" variant="light" onClick={() => setConfirm(true)}>
                {t('responses.delete')}
              </Button>
            </Group>
          </Stack>
        )}
      </Drawer>
      <Modal opened={confirm} onClose={() => setConfirm(false)} title={t('responses.delete')}>
        <Text>{t('responses.confirmDelete')}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirm(false)}>
            {t('responses.cancel')}
          </Button>
          <Button color="red" onClick={remove}>
            {t('responses.delete')}
          </Button>
        </Group>
      </Modal>
      <ImportDialog base={base} opened={importing} onClose={() => setImporting(false)} onImported={load} />
    </Stack>
  );
}
