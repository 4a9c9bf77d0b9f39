import { useCallback, useEffect, useState } from 'react';
import { Anchor, Badge, Button, Grid, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../../session.tsx';
import type { SurveyDetail } from '../../../../shared/surveys.ts';
import { Preview } from './Preview.tsx';
import { QuestionEditor } from './QuestionEditor.tsx';
import { QuestionList } from './QuestionList.tsx';
import { SettingsPanel } from './SettingsPanel.tsx';
import { SurveyTexts } from './SurveyTexts.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';
import { SurveyTabs } from '../SurveyTabs/index.tsx';
import {
  addPage,
  addQuestion,
  deletePage,
  deleteQuestion,
  duplicateQuestion,
  freeName,
  moveQuestion,
  newQuestion,
  questionAt,
  updateQuestion,
  type Definition,
  type Position,
} from './definition-editing.ts';

/** The survey builder: question list, question editor (nl and en side by side), texts, settings, versions and a live preview. */
export default function SurveyBuilder() {
  const { t } = useTranslation('surveys');
  const workspaceId = useWorkspaceId();
  const { surveyId = '' } = useParams();
  const [survey, setSurvey] = useState<SurveyDetail | null>(null);
  const [def, setDef] = useState<Definition | null>(null);
  const [dirty, setDirty] = useState(false);
  const [selected, setSelected] = useState<Position | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    api.get<SurveyDetail>(ws(workspaceId, `/surveys/${surveyId}`)).then(
      (s) => {
        setSurvey(s);
        setDef(s.definition);
      },
      setError,
    );
  }, [workspaceId, surveyId]);

  const edit = useCallback((next: Definition, pos?: Position | null) => {
    setDef(next);
    setDirty(true);
    if (pos !== undefined) setSelected(pos);
  }, []);

  const save = async () => {
    if (!def || !survey) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await api.put<SurveyDetail & { newVersion: boolean }>(ws(workspaceId, `/surveys/${survey.id}/definition`), { definition: def });
      setSurvey(saved);
      setDirty(false);
      notifications.show({ color: 'teal', message: saved.newVersion ? t('builder.savedNewVersion', { version: saved.currentVersion }) : t('builder.saved') });
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  if (!survey || !def) return error ? <ErrorAlert error={error} /> : <Loader />;
  const current = selected ? questionAt(def, selected) : undefined;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Stack gap={0}>
          <Anchor component={Link} to="/surveys" size="sm">
            ← {t('builder.back')}
          </Anchor>
          <Group gap="xs">
            <Title order={2}>{survey.name}</Title>
            <Badge variant="light">{t(`status.${survey.status}`)}</Badge>
            <Badge variant="outline">{t('version', { version: survey.currentVersion })}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('publicLink')}:{' '}
            <Anchor href={survey.publicPath} target="_blank">
              {window.location.origin}
              {survey.publicPath}
            </Anchor>
          </Text>
        </Stack>
        <Group>
          {dirty && (
            <Text size="sm" c="orange">
              {t('builder.unsaved')}
            </Text>
          )}
          <Button onClick={save} loading={saving} disabled={!dirty} data-testid="builder-save">
            {t('builder.save')}
          </Button>
        </Group>
      </Group>
      <SurveyTabs surveyId={survey.id} active="build" />
      <ErrorAlert error={error} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Tabs defaultValue="questions" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="questions">{t('builder.tabs.questions')}</Tabs.Tab>
              <Tabs.Tab value="texts">{t('builder.tabs.texts')}</Tabs.Tab>
              <Tabs.Tab value="settings">{t('builder.tabs.settings')}</Tabs.Tab>
              <Tabs.Tab value="versions">{t('builder.tabs.versions')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="questions" pt="sm">
              <Grid gap="sm">
                <Grid.Col span={{ base: 12, md: 5 }}>
                  <QuestionList
                    def={def}
                    selected={selected}
                    onSelect={setSelected}
                    onAdd={(kind, page) => {
                      const added = addQuestion(def, newQuestion(kind, freeName(def)), page);
                      edit(added.def, added.pos);
                    }}
                    onMove={(pos, dir) => {
                      const moved = moveQuestion(def, pos, dir);
                      edit(moved.def, moved.pos);
                    }}
                    onDuplicate={(pos) => {
                      const copy = duplicateQuestion(def, pos);
                      edit(copy.def, copy.pos);
                    }}
                    onDelete={(pos) => edit(deleteQuestion(def, pos), null)}
                    onAddPage={() => edit(addPage(def))}
                    onDeletePage={(page) => edit(deletePage(def, page), null)}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, md: 7 }}>
                  {current && selected ? (
                    <QuestionEditor key={`${selected.page}-${selected.index}`} def={def} pos={selected} element={current} onChange={(e) => edit(updateQuestion(def, selected, e))} />
                  ) : (
                    <Text c="dimmed">{t('builder.noQuestion')}</Text>
                  )}
                </Grid.Col>
              </Grid>
            </Tabs.Panel>
            <Tabs.Panel value="texts" pt="sm">
              <SurveyTexts def={def} onChange={(d) => edit(d)} />
            </Tabs.Panel>
            <Tabs.Panel value="settings" pt="sm">
              <SettingsPanel survey={survey} workspaceId={workspaceId} onSaved={(s) => setSurvey({ ...s, definition: survey.definition })} />
            </Tabs.Panel>
            <Tabs.Panel value="versions" pt="sm">
              <VersionsPanel workspaceId={workspaceId} surveyId={survey.id} currentVersion={survey.currentVersion} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Preview def={def} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
