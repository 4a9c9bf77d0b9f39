import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { Alert, Anchor, Badge, Button, Card, Code, CopyButton, FileInput, Group, Image, List, MultiSelect, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../../api/client.ts';
import { useSession } from '../../../session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { parseCsvTable } from '../../../../domain/contacts/contact-csv.ts';
import { SurveyTabs } from '../SurveyTabs/index.tsx';
import type { ImportContactsResult, InvitationList, ShareInfo } from '../../../../shared/distribution.ts';

function Copyable({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation('distribution');
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {label}
      </Text>
      <Group align="flex-start" wrap="nowrap">
        <Code block style={{ flex: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
          {value}
        </Code>
        <CopyButton value={value}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('share.copied') : t('share.copy')}</Button>}</CopyButton>
      </Group>
    </Stack>
  );
}

function SharePanel({ share }: { share: ShareInfo }) {
  const { t } = useTranslation('distribution');
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        {t('share.title')}
      </Title>
      {share.status !== 'open' && (
        <Alert color="yellow" mb="sm">
          {t('share.notOpen')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack>
          <Group align="flex-end" wrap="nowrap">
            <TextInput label={t('share.link')} value={share.url} readOnly style={{ flex: 1 }} />
            <CopyButton value={share.url}>{({ copied, copy }) => <Button onClick={copy}>{copied ? t('share.copied') : t('share.copy')}</Button>}</CopyButton>
          </Group>
          <Copyable label={t('share.embedIframe')} value={share.iframeSnippet} />
          <Copyable label={t('share.embedScript')} value={share.scriptSnippet} />
        </Stack>
        <Stack align="center">
          <Text fw={500}>{t('share.qr')}</Text>
          <Image src={share.qrPngPath} alt={t('share.qr')} w={200} h={200} />
          <Group>
            <Anchor href={share.qrPngPath} download>
              {t('share.downloadPng')}
            </Anchor>
            <Anchor href={share.qrSvgPath} download>
              {t('share.downloadSvg')}
            </Anchor>
          </Group>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}

function ContactsImport({ base, onImported }: { base: string; onImported: () => void }) {
  const { t } = useTranslation('distribution');
  const [csv, setCsv] = useState('');
  const [headers, setHeaders] = useState<string[]>([]);
  const [email, setEmail] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [locale, setLocale] = useState<string | null>(null);
  const [attributes, setAttributes] = useState<string[]>([]);
  const [result, setResult] = useState<ImportContactsResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function pick(file: File | null) {
    setResult(null);
    if (!file) return;
    const text = await file.text();
    const h = parseCsvTable(text.split(/\r?\n/).slice(0, 2).join('\n')).headers;
    setCsv(text);
    setHeaders(h);
    const find = (re: RegExp) => h.find((x) => re.test(x)) ?? null;
    setEmail(find(/e-?mail/i));
    setName(find(/^(naam|name)$/i));
    setLocale(find(/^(taal|language|locale|lang)$/i));
    setAttributes([]);
  }

  async function submit() {
    if (!email) return;
    setBusy(true);
    try {
      const mapping = { email, ...(name ? { name } : {}), ...(locale ? { locale } : {}), ...(attributes.length ? { attributes } : {}) };
      setResult(await api.post<ImportContactsResult>(`${base}/contacts/import`, { csv, mapping }));
      setError(null);
      onImported();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const options = headers.map((h) => ({ value: h, label: h }));
  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        {t('contacts.title')}
      </Title>
      <Stack>
        <FileInput label={t('contacts.file')} accept=".csv,text/csv" onChange={pick} clearable />
        {headers.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('contacts.emailColumn')} data={options} value={email} onChange={setEmail} required data-testid="contacts-email" />
            <Select label={t('contacts.nameColumn')} data={options} value={name} onChange={setName} clearable placeholder={t('contacts.none')} data-testid="contacts-name" />
            <Select label={t('contacts.localeColumn')} data={options} value={locale} onChange={setLocale} clearable placeholder={t('contacts.none')} data-testid="contacts-locale" />
            <MultiSelect label={t('contacts.attributes')} data={options} value={attributes} onChange={setAttributes} data-testid="contacts-attributes" />
          </SimpleGrid>
        )}
        <Group>
          <Button onClick={submit} disabled={!email || !csv} loading={busy} data-testid="contacts-import">
            {t('contacts.import')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
        {result && (
          <Alert color="green" data-testid="contacts-result">
            {t('contacts.result', { created: result.created, updated: result.updated, duplicates: result.duplicates, invitations: result.invitationsCreated })}
            {result.problems.length > 0 && (
              <>
                <Text mt="xs" fw={500}>
                  {t('contacts.problems')}
                </Text>
                <List size="sm">
                  {result.problems.slice(0, 20).map((p) => (
                    <List.Item key={p.row}>
                      {p.row}: {p.reason}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

function Invitations({ base, version }: { base: string; version: number }) {
  const { t } = useTranslation('distribution');
  const [list, setList] = useState<InvitationList | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api.get<InvitationList>(`${base}/invitations`).then(setList).catch(setError);
  }, [base]);
  useEffect(load, [load, version]);

  async function send() {
    try {
      const r = await api.post<{ queued: number; skippedUnsubscribed: number }>(`${base}/invitations/send`, {});
      setMessage(t('invitations.sent', { queued: r.queued, unsubscribed: r.skippedUnsubscribed }));
      setError(null);
      load();
    } catch (e) {
      setError(e);
    }
  }
  async function remind() {
    try {
      const r = await api.post<{ queued: number; skippedResponded: number }>(`${base}/invitations/remind`, {});
      setMessage(t('invitations.reminded', { queued: r.queued, responded: r.skippedResponded }));
      setError(null);
      load();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Card withBorder>
      <Title order={3} mb="sm">
        {t('invitations.title')}
      </Title>
      <Stack>
        {list && (
          <Group gap="xs">
            {(['total', 'pending', 'sent', 'reminded', 'opened', 'responded', 'unsubscribed'] as const).map((k) => (
              <Badge key={k} variant="light" data-testid={`count-${k}`}>
                {t(`invitations.statuses.${k}`)}: {list.counts[k]}
              </Badge>
            ))}
          </Group>
        )}
        <Group>
          <Button onClick={send} disabled={!list || list.counts.pending === 0} data-testid="invitations-send">
            {t('invitations.send')}
          </Button>
          <Button variant="light" onClick={remind} disabled={!list || list.counts.total === 0} data-testid="invitations-remind">
            {t('invitations.remind')}
          </Button>
        </Group>
        {message && (
          <Alert color="blue" data-testid="invitations-message">
            {message}
          </Alert>
        )}
        <ErrorAlert error={error} />
        {list && list.items.length === 0 && <Text c="dimmed">{t('invitations.empty')}</Text>}
        {list && list.items.length > 0 && (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('invitations.email')}</Table.Th>
                <Table.Th>{t('invitations.name')}</Table.Th>
                <Table.Th>{t('invitations.language')}</Table.Th>
                <Table.Th>{t('invitations.status')}</Table.Th>
                <Table.Th>{t('invitations.sentAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{i.email}</Table.Td>
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td>{i.language}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline">{t(`invitations.statuses.${i.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>{i.sentAt ? new Date(i.sentAt).toLocaleString() : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}

/** Distribute a survey: public link, QR code, embed snippets, contacts import and personal invitations. */
export default function Distribute() {
  const { t } = useTranslation('distribution');
  const { workspaceId } = useSession();
  const { surveyId = '' } = useParams();
  const [share, setShare] = useState<ShareInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const [name, setName] = useState('');
  const base = workspaceId ? ws(workspaceId, `/surveys/${surveyId}`) : '';
  useEffect(() => {
    if (!base) return;
    api.get<ShareInfo>(`${base}/share`).then(setShare).catch(setError);
    api.get<{ name: string }>(base).then((s) => setName(s.name), setError);
  }, [base]);
  if (!workspaceId) return null;
  return (
    <Stack>
      <SurveyTabs surveyId={surveyId} active="distribute" heading={name || t('distributeTitle')} />
      <ErrorAlert error={error} />
      {share && <SharePanel share={share} />}
      <ContactsImport base={base} onImported={() => setVersion((v) => v + 1)} />
      <Invitations base={base} version={version} />
    </Stack>
  );
}
