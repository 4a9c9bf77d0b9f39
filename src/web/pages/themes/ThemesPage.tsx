import { Alert, Badge, Blockquote, Button, Card, Group, Loader, Menu, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswersPage, ThemeModel, ThemeSource, ThemeView, ThemedAnswer } from '../../../shared/themes.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { EvidenceCard, VerdictBadge } from '../../components/EvidenceCard/index.tsx';
import { useWorkspaceId } from '../../session.tsx';
import { AnswerList } from './AnswerList.tsx';
import { ThemeChart } from './ThemeChart.tsx';
import { CustomThemesDialog, LabelDialog, MergeDialog, ThresholdsDialog } from './ThemeDialogs.tsx';
import { MakeDecisionButton, useDecisionCards } from '../ideas/MakeDecisionButton.tsx';

type Filter = { kind: 'all' } | { kind: 'low' } | { kind: 'theme'; themeId: string };
const PAGE = 50;

export default function ThemesPage() {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const workspaceId = useWorkspaceId();
  const [sources, setSources] = useState<ThemeSource[] | null>(null);
  const [sourceKey, setSourceKey] = useState<string | null>(null);
  const [segment, setSegment] = useState<string | null>(null);
  const [model, setModel] = useState<ThemeModel | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [filter, setFilter] = useState<Filter>({ kind: 'all' });
  const [answers, setAnswers] = useState<AnswersPage | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [renaming, setRenaming] = useState<ThemeView | null>(null);
  const [merging, setMerging] = useState<ThemeView | null>(null);
  const [accepting, setAccepting] = useState<ThemeView | null>(null);
  const [splitting, setSplitting] = useState(false);
  const [customOpen, setCustomOpen] = useState(false);
  const [thresholdsOpen, setThresholdsOpen] = useState(false);
  // Decision cards of themes refer to the theme id and the survey it comes from (src/domain/decisions/create-decision.command.ts).
  const decisions = useDecisionCards(workspaceId);
  const currentSurveyId = sources?.find((x) => x.key === sourceKey)?.surveyId ?? null;

  const base = sourceKey ? ws(workspaceId, `/themes/sources/${encodeURIComponent(sourceKey)}`) : null;
  const segmentQuery = segment ? `segment=${encodeURIComponent(segment)}` : '';

  useEffect(() => {
    api
      .get<ThemeSource[]>(ws(workspaceId, '/themes/sources'))
      .then((list) => {
        setSources(list);
        // Start with the source that has the most answers (the NPS "why?" answers in the demo).
        const best = [...list].filter((s) => s.answers > 0).sort((a, b) => b.answers - a.answers)[0];
        setSourceKey((k) => k ?? best?.key ?? null);
      })
      .catch(setError);
  }, [workspaceId]);

  const loadModel = useCallback(async () => {
    if (!base) return;
    setModel(await api.get<ThemeModel>(`${base}${segmentQuery ? `?${segmentQuery}` : ''}`));
  }, [base, segmentQuery]);

  const loadAnswers = useCallback(async () => {
    if (!base) return;
    const q = new URLSearchParams();
    if (segment) q.set('segment', segment);
    if (filter.kind === 'low') q.set('lowConfidence', 'true');
    if (filter.kind === 'theme') q.set('themeId', filter.themeId);
    q.set('limit', String(limit));
    setAnswers(await api.get<AnswersPage>(`${base}/answers?${q}`));
  }, [base, segment, filter, limit]);

  async function refresh() {
    if (!base) return;
    setBusy(true);
    setError(null);
    try {
      await api.post(`${base}/refresh`);
      await Promise.all([loadModel(), loadAnswers()]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  // Opening a source that was never analysed runs it first.
  useEffect(() => {
    if (!base || !sources) return;
    const s = sources.find((x) => x.key === sourceKey);
    setModel(null);
    setAnswers(null);
    setFilter({ kind: 'all' });
    setSelected(new Set());
    setError(null);
    (async () => {
      try {
        if (s && !s.analyzedAt && s.answers > 0) {
          setBusy(true);
          await api.post(`${base}/refresh`);
          setSources((list) => list?.map((x) => (x.key === s.key ? { ...x, analyzedAt: new Date().toISOString() } : x)) ?? null);
        }
        await loadModel();
      } catch (err) {
        setError(err);
      } finally {
        setBusy(false);
      }
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sourceKey, sources === null]);

  useEffect(() => {
    void loadModel().catch(setError);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segment]);

  useEffect(() => {
    void loadAnswers().catch(setError);
  }, [loadAnswers]);

  async function act(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await Promise.all([loadModel(), loadAnswers()]);
    } catch (err) {
      setError(err);
      throw err;
    }
  }

  const allThemes = useMemo(() => [...(model?.themes ?? []), ...(model?.candidates ?? [])], [model]);
  const labelOf = (id: string | null) => (id ? (allThemes.find((x) => x.id === id)?.label[lang] ?? model?.hidden.find((h) => h.id === id)?.label[lang] ?? id) : t('noTheme'));
  const themeChoices = (model?.themes ?? []).map((x) => ({ value: x.id, label: x.label[lang] }));

  const sourceOptions = useMemo(() => {
    if (!sources) return [];
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const s of sources) {
      const group = s.kind === 'board' ? t('sourceBoard') : (s.surveyName ?? '');
      const list = groups.get(group) ?? [];
      list.push({ value: s.key, label: s.kind === 'board' ? `${t('sourceBoard')} (${s.answers})` : `${s.surveyName} · ${s.title[lang]} (${s.answers})` });
      groups.set(group, list);
    }
    return [...groups.entries()].map(([group, items]) => ({ group, items }));
  }, [sources, lang, t]);

  async function move(a: ThemedAnswer, themeId: string | null) {
    await act(() => api.post(`${base}/answers/move`, { answerRef: a.ref, themeId })).catch(() => {});
    notifications.show({ message: t('moved') });
  }

  const themeLabel = (v: ThemeView) => v.label[lang];
  const totalAnswers = model ? model.themes.reduce((s, x) => s + x.size, 0) + model.candidates.reduce((s, x) => s + x.size, 0) + model.unassigned : 0;

  return (
    <Stack gap="md" data-testid="themes-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} data-testid="themes-title">
            {t('title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('intro')}
          </Text>
        </div>
        <Group>
          <Button variant="default" onClick={() => setCustomOpen(true)}>
            {t('customThemes')}
          </Button>
          <Button variant="default" onClick={() => setThresholdsOpen(true)}>
            {t('thresholds')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} />
      {sources && sources.length === 0 && <Alert>{t('noSources')}</Alert>}
      <Group align="flex-end">
        <Select label={t('source')} data={sourceOptions} value={sourceKey} onChange={setSourceKey} w={420} data-testid="source-select" allowDeselect={false} />
        {model && model.segmentOptions.length > 0 && (
          <Select label={t('segment')} data={[{ value: '', label: t('allSegments') }, ...model.segmentOptions]} value={segment ?? ''} onChange={(v) => setSegment(v || null)} w={240} data-testid="segment-select" />
        )}
        <Button onClick={refresh} loading={busy} data-testid="refresh-themes">
          {t('refresh')}
        </Button>
      </Group>
      {busy && !model && (
        <Group>
          <Loader size="sm" />
          <Text>{t('refreshing')}</Text>
        </Group>
      )}
      {model && (
        <>
          <Text size="sm" c="dimmed" data-testid="themes-summary">
            {t('summary', { answers: totalAnswers, base: model.base, unassigned: model.unassigned, low: model.lowConfidence })}
          </Text>
          {model.pending > 0 && <Alert color="blue">{t('pending', { count: model.pending })}</Alert>}
          {model.themes.length === 0 ? (
            <Alert>{t('noThemes')}</Alert>
          ) : (
            <Card withBorder>
              <ThemeChart themes={model.themes} />
            </Card>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {model.themes.map((theme) => (
              <Card key={theme.id} withBorder radius="md" data-testid="theme-card" data-theme-id={theme.id}>
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap">
                    <Group gap="xs">
                      <Title order={4} data-testid="theme-label">
                        {themeLabel(theme)}
                      </Title>
                      <VerdictBadge evidence={theme.evidence} />
                      <Badge variant="outline" size="xs">
                        {t(`origin.${theme.origin}`)}
                      </Badge>
                    </Group>
                    <Menu position="bottom-end">
                      <Menu.Target>
                        <Button size="xs" variant="subtle" data-testid="theme-menu">
                          ⋯
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => setRenaming(theme)} data-testid="theme-rename">
                          {t('rename')}
                        </Menu.Item>
                        <Menu.Item onClick={() => setMerging(theme)}>{t('mergeInto')}</Menu.Item>
                        <Menu.Item onClick={() => void act(() => api.patch(`${base}/themes/${encodeURIComponent(theme.id)}`, { hidden: true })).catch(() => {})}>{t('hide')}</Menu.Item>
                        <Menu.Item onClick={() => setFilter({ kind: 'theme', themeId: theme.id })}>{t('showAnswers')}</Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  </Group>
                  {theme.keywords.length > 0 && (
                    <Group gap={4}>
                      {theme.keywords.map((k) => (
                        <Badge key={k} variant="light" size="sm" color="gray">
                          {k}
                        </Badge>
                      ))}
                    </Group>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('quotes')}
                  </Text>
                  {theme.quotes.map((q) => (
                    <Blockquote key={q.ref} p="xs" fz="sm" data-testid="theme-quote">
                      {q.text}
                    </Blockquote>
                  ))}
                  <EvidenceCard evidence={theme.evidence} />
                  <Group gap="xs">
                    <Button size="xs" variant="light" onClick={() => setFilter({ kind: 'theme', themeId: theme.id })}>
                      {t('showAnswers')} ({theme.size})
                    </Button>
                    <MakeDecisionButton
                      size="xs"
                      workspaceId={workspaceId}
                      source={{ sourceType: 'theme', sourceRef: theme.id, title: themeLabel(theme), surveyId: currentSurveyId }}
                      cards={decisions.cards}
                      labels={{ make: t('makeDecision'), open: t('openDecision') }}
                      onError={setError}
                    />
                  </Group>
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          {model.candidates.length > 0 && (
            <Stack gap="xs">
              <Title order={3}>{t('candidates')}</Title>
              <Text size="sm" c="dimmed">
                {t('candidatesHelp')}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }}>
                {model.candidates.map((c) => (
                  <Card key={c.id} withBorder data-testid="candidate-card">
                    <Stack gap="xs">
                      <Group justify="space-between">
                        <Title order={5}>{themeLabel(c)}</Title>
                        <Text size="sm">{t('evidence.people', { count: c.evidence.distinctPeople })}</Text>
                      </Group>
                      {c.quotes.map((q) => (
                        <Blockquote key={q.ref} p="xs" fz="sm">
                          {q.text}
                        </Blockquote>
                      ))}
                      <Group>
                        <Button size="xs" onClick={() => setAccepting(c)}>
                          {t('accept')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => void act(() => api.post(`${base}/themes/${encodeURIComponent(c.id)}/dismiss`)).catch(() => {})}>
                          {t('dismiss')}
                        </Button>
                        <Button size="xs" variant="subtle" onClick={() => setFilter({ kind: 'theme', themeId: c.id })}>
                          {t('showAnswers')}
                        </Button>
                      </Group>
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            </Stack>
          )}
          {model.hidden.length > 0 && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('hiddenThemes')}:
              </Text>
              {model.hidden.map((h) => (
                <Button key={h.id} size="xs" variant="subtle" onClick={() => void act(() => api.patch(`${base}/themes/${encodeURIComponent(h.id)}`, { hidden: false })).catch(() => {})}>
                  {h.label[lang]} ({h.size}) · {t('show')}
                </Button>
              ))}
            </Group>
          )}
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3}>{t('answers')}</Title>
              <Group>
                {filter.kind === 'theme' && selected.size > 0 && (
                  <Button size="xs" onClick={() => setSplitting(true)}>
                    {t('split')} · {t('selected', { count: selected.size })}
                  </Button>
                )}
                <SegmentedControl
                  size="xs"
                  value={filter.kind === 'theme' ? 'theme' : filter.kind}
                  onChange={(v) => {
                    setSelected(new Set());
                    setLimit(PAGE);
                    setFilter(v === 'low' ? { kind: 'low' } : v === 'all' ? { kind: 'all' } : filter);
                  }}
                  data={[
                    { value: 'all', label: t('filterAll') },
                    { value: 'low', label: `${t('filterLow')} (${model.lowConfidence})` },
                    ...(filter.kind === 'theme' ? [{ value: 'theme', label: t('filterTheme', { theme: labelOf(filter.themeId) }) }] : []),
                  ]}
                  data-testid="answer-filter"
                />
              </Group>
            </Group>
            {answers && (
              <AnswerList
                answers={answers.answers}
                total={answers.total}
                themeChoices={themeChoices}
                labelOf={labelOf}
                onMove={move}
                onMore={() => setLimit((l) => l + PAGE)}
                selectable={filter.kind === 'theme'}
                selected={selected}
                onSelect={(ref, on) =>
                  setSelected((s) => {
                    const next = new Set(s);
                    if (on) next.add(ref);
                    else next.delete(ref);
                    return next;
                  })
                }
              />
            )}
          </Stack>
        </>
      )}
      <LabelDialog
        opened={renaming !== null}
        title={t('renameTitle')}
        initial={renaming?.label ?? { nl: '', en: '' }}
        onClose={() => setRenaming(null)}
        onSave={(label) => act(() => api.patch(`${base}/themes/${encodeURIComponent(renaming!.id)}`, { label }))}
      />
      <LabelDialog
        opened={accepting !== null}
        title={t('accept')}
        initial={accepting?.label ?? { nl: '', en: '' }}
        onClose={() => setAccepting(null)}
        onSave={(label) => act(() => api.post(`${base}/themes/${encodeURIComponent(accepting!.id)}/accept`, { label }))}
      />
      <LabelDialog
        opened={splitting}
        title={t('splitTitle')}
        initial={{ nl: '', en: '' }}
        onClose={() => setSplitting(false)}
        onSave={(label) =>
          act(async () => {
            if (filter.kind !== 'theme') return;
            await api.post(`${base}/themes/${encodeURIComponent(filter.themeId)}/split`, { label: { nl: label.nl, en: label.en || label.nl }, answerRefs: [...selected] });
            setSelected(new Set());
          })
        }
      />
      <MergeDialog
        opened={merging !== null}
        choices={themeChoices.filter((c) => c.value !== merging?.id)}
        onClose={() => setMerging(null)}
        onMerge={(into) => act(() => api.post(`${base}/themes/${encodeURIComponent(merging!.id)}/merge`, { intoThemeId: into }))}
      />
      <CustomThemesDialog opened={customOpen} workspaceId={workspaceId} onClose={() => setCustomOpen(false)} onChanged={() => {}} />
      <ThresholdsDialog opened={thresholdsOpen} workspaceId={workspaceId} onClose={() => setThresholdsOpen(false)} onSaved={() => void loadModel().catch(setError)} />
    </Stack>
  );
}
