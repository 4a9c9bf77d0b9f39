import { useEffect, useState } from 'react';
import { Anchor, Badge, Button, Card, Group, Loader, Modal, SimpleGrid, Stack, Table, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../../session.tsx';
import type { SurveyDetail, SurveySummary, TemplateName, TemplateSummary } from '../../../../shared/surveys.ts';

const STATUS_COLOR = { draft: 'gray', open: 'teal', closed: 'orange' } as const;

/** The surveys of the workspace, and a dialog to start a new one from a template or blank. */
export default function SurveyList() {
  const { t, i18n } = useTranslation('surveys');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const [surveys, setSurveys] = useState<SurveySummary[] | null>(null);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [name, setName] = useState('');
  const [template, setTemplate] = useState<TemplateName | 'blank'>('nps');
  const [busy, setBusy] = useState(false);

  const load = () => api.get<SurveySummary[]>(ws(workspaceId, '/surveys')).then(setSurveys, setError);
  useEffect(() => {
    void load();
    api.get<TemplateSummary[]>(ws(workspaceId, '/surveys/templates')).then(setTemplates, setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId]);

  const create = async () => {
    setBusy(true);
    try {
      const created = await api.post<SurveyDetail>(ws(workspaceId, '/surveys'), { name: name.trim() || (template === 'blank' ? t('blank') : templates.find((x) => x.name === template)!.title[lang]), ...(template === 'blank' ? {} : { template }) });
      navigate(`/surveys/${created.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (s: SurveySummary) => {
    if (!window.confirm(t('deleteConfirm', { name: s.name }))) return;
    try {
      await api.delete(ws(workspaceId, `/surveys/${s.id}`));
      await load();
    } catch (err) {
      setError(err);
    }
  };

  const options = [...templates.map((x) => ({ key: x.name as TemplateName | 'blank', title: x.title[lang], description: x.description[lang], count: x.questionCount })), { key: 'blank' as const, title: t('blank'), description: t('blankDescription'), count: 1 }];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('title')}</Title>
        <Button onClick={() => setCreating(true)} data-testid="new-survey">
          + {t('new')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {!surveys ? (
        <Loader />
      ) : surveys.length === 0 ? (
        <Text c="dimmed">{t('empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('name')}</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>{t('responses')}</Table.Th>
                <Table.Th>{t('publicLink')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/surveys/${s.id}`}>
                      {s.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('version', { version: s.currentVersion })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[s.status]} variant="light">
                      {t(`status.${s.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {s.responseCount}{' '}
                    <Text span size="xs" c="dimmed">
                      ({t('complete', { count: s.completeCount })})
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor href={s.publicPath} target="_blank" size="sm">
                      {s.publicPath}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end">
                      <Button size="compact-sm" variant="light" component={Link} to={`/surveys/${s.id}`}>
                        {t('open')}
                      </Button>
                      <Button size="compact-sm" variant="light" component={Link} to={`/surveys/${s.id}/distribute`} data-testid={`distribute-${s.id}`}>
                        {t('tabs.distribute')}
                      </Button>
                      <Button size="compact-sm" variant="light" component={Link} to={`/surveys/${s.id}/responses`} data-testid={`responses-${s.id}`}>
                        {t('tabs.responses')}
                      </Button>
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => remove(s)}>
                        {t('delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title={t('newTitle')} size="lg">
        <Stack>
          <TextInput label={t('name')} placeholder={t('namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="new-survey-name" />
          <Text size="sm" fw={500}>
            {t('startFrom')}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {options.map((o) => (
              <UnstyledButton key={o.key} onClick={() => setTemplate(o.key)} data-testid={`template-${o.key}`}>
                <Card withBorder padding="sm" bg={template === o.key ? 'teal.0' : undefined} style={{ borderColor: template === o.key ? 'var(--mantine-color-teal-5)' : undefined }}>
                  <Text fw={600}>{o.title}</Text>
                  <Text size="sm" c="dimmed">
                    {o.description}
                  </Text>
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('questions', { count: o.count })}
                  </Text>
                </Card>
              </UnstyledButton>
            ))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCreating(false)}>
              {t('cancel')}
            </Button>
            <Button onClick={create} loading={busy} data-testid="create-survey">
              {t('create')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
