import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Progress, SegmentedControl, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Segmentation, SegmentationRun, SegmentItem, SegmentItemsResponse, SegmentMeasure } from '../../../../shared/segments.ts';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../../session.tsx';
import { useLanguage } from '../language.ts';
import ModelChoiceChart from '../ModelChoiceChart/index.tsx';
import SegmentCard from '../SegmentCard/index.tsx';

const POLL_MS = 400;

/** Find segments in one survey: pick questions, run the fit with progress, choose K, name and save. */
export default function FindSegments() {
  const { t } = useTranslation('segments');
  const { lang, text, pct } = useLanguage();
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const { surveyId = '' } = useParams();
  const [items, setItems] = useState<SegmentItemsResponse | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [measures, setMeasures] = useState<Record<string, SegmentMeasure>>({});
  const [run, setRun] = useState<SegmentationRun | null>(null);
  const [k, setK] = useState<number>(1);
  const [names, setNames] = useState<Record<number, string[]>>({});
  const [saveName, setSaveName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    api
      .get<SegmentItemsResponse>(ws(workspaceId, `/surveys/${surveyId}/segment-items`))
      .then((r) => {
        setItems(r);
        setChosen(r.items.filter((i) => i.suggested).map((i) => i.key));
        setMeasures(Object.fromEntries(r.items.map((i) => [i.key, i.defaultMeasure])));
        setSaveName(t('save.defaultName', { survey: r.surveyName }));
      })
      .catch(setError);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [workspaceId, surveyId, t]);

  function poll(id: string) {
    timer.current = setTimeout(async () => {
      try {
        const r = await api.get<SegmentationRun>(ws(workspaceId, `/segmentation-runs/${id}`));
        setRun(r);
        if (r.status === 'running') poll(id);
        else if (r.status === 'done' && r.result) {
          setK(r.result.best);
          setNames(Object.fromEntries(r.result.models.map((m) => [m.k, m.segments.map((s) => s.name[lang])])));
        }
      } catch (err) {
        setError(err);
      }
    }, POLL_MS);
  }

  async function start() {
    setError(null);
    setRun(null);
    try {
      const chosenMeasures = Object.fromEntries(chosen.filter((key) => measures[key]).map((key) => [key, measures[key]]));
      const started = await api.post<{ id: string }>(ws(workspaceId, '/segmentation-runs'), { surveyId, items: chosen, measures: chosenMeasures });
      setRun({ id: started.id, surveyId, status: 'running', progress: 0, message: '', items: chosen, result: null, error: null, createdAt: new Date().toISOString() });
      poll(started.id);
    } catch (err) {
      setError(err);
    }
  }

  async function cancel() {
    if (!run) return;
    if (timer.current) clearTimeout(timer.current);
    try {
      await api.post(ws(workspaceId, `/segmentation-runs/${run.id}/cancel`));
      setRun({ ...run, status: 'cancelled' });
    } catch (err) {
      setError(err);
    }
  }

  async function save() {
    if (!run) return;
    try {
      const saved = await api.post<Segmentation>(ws(workspaceId, '/segmentations'), { runId: run.id, k, name: saveName, labels: names[k], language: lang });
      notifications.show({ message: t('save.done') });
      navigate(`/segments/${saved.id}`);
    } catch (err) {
      setError(err);
    }
  }

  const result = run?.status === 'done' ? run.result : null;
  const model = result?.models.find((m) => m.k === k);
  const running = run?.status === 'running';
  const itemTitle = (i: SegmentItem) => (i.option ? `${text(i.title)}: ${text(i.option)}` : text(i.title));
  const itemByKey = new Map((items?.items ?? []).map((i) => [i.key, i]));
  const describe = (i: SegmentItem) => {
    const answered = t('items.answered', { count: i.answered });
    // "Too many answer options" does not apply to a number.
    const reason = i.reason && !(i.reason === 'too-many-categories' && measures[i.key] === 'number') ? i.reason : null;
    return reason ? `${answered} · ${t(`items.reason.${reason}`)}` : answered;
  };

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="..">
        ← {t('back')}
      </Anchor>
      <Title order={2}>
        {t('findSegments')}: {items?.surveyName ?? ''}
      </Title>
      <ErrorAlert error={error} />
      {items && (
        <Card withBorder>
          <Title order={4}>{t('items.title')}</Title>
          <Text size="sm" c="dimmed" mb={4}>
            {t('items.help')} {t('responses', { count: items.responses })}
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            {t('items.measureHelp')}
          </Text>
          {items.items.length === 0 ? (
            <Text>{t('items.none')}</Text>
          ) : (
            <Checkbox.Group value={chosen} onChange={setChosen}>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
                {items.items.map((i) => (
                  <Stack key={i.key} gap={4}>
                    <Checkbox
                      value={i.key}
                      disabled={running}
                      label={
                        <Group gap={6}>
                          <Text size="sm">{itemTitle(i)}</Text>
                          {i.suggested && (
                            <Badge size="xs" variant="light">
                              {t('items.suggested')}
                            </Badge>
                          )}
                        </Group>
                      }
                      description={describe(i)}
                    />
                    {i.measures.length > 1 && chosen.includes(i.key) && (
                      <SegmentedControl
                        size="xs"
                        ml={32}
                        w="fit-content"
                        disabled={running}
                        value={measures[i.key] ?? i.defaultMeasure}
                        onChange={(v) => setMeasures((prev) => ({ ...prev, [i.key]: v as SegmentMeasure }))}
                        aria-label={t('items.measureLabel', { question: itemTitle(i) })}
                        data-testid={`measure-${i.key}`}
                        data={[
                          { value: 'categories', label: t('items.asCategories') },
                          { value: 'number', label: t('items.asNumber') },
                        ]}
                      />
                    )}
                  </Stack>
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
          <Group mt="md">
            <Button onClick={() => void start()} disabled={running || chosen.length < 2} data-testid="start-run">
              {t('findSegments')}
            </Button>
            <Button variant="subtle" disabled={running} onClick={() => setChosen(items.items.filter((i) => i.suggested).map((i) => i.key))}>
              {t('items.takeSuggested')}
            </Button>
            {chosen.length < 2 && <Text size="sm" c="dimmed">{t('items.pickTwo')}</Text>}
          </Group>
        </Card>
      )}
      {running && run && (
        <Card withBorder data-testid="run-progress">
          <Text mb={6}>{t('run.running')}</Text>
          <Progress value={Math.round(run.progress * 100)} animated striped size="lg" aria-label={t('run.running')} />
          <Group justify="space-between" mt={6}>
            <Text size="sm" c="dimmed">
              {pct(run.progress)} {run.message}
            </Text>
            <Button color="red" variant="light" size="xs" onClick={() => void cancel()} data-testid="cancel-run">
              {t('run.cancel')}
            </Button>
          </Group>
        </Card>
      )}
      {run?.status === 'cancelled' && <Alert color="yellow">{t('run.cancelled')}</Alert>}
      {run?.status === 'failed' && <Alert color="red">{t('run.failed', { error: run.error ?? '' })}</Alert>}
      {result && (
        <Card withBorder>
          <Title order={4}>{t('models.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('models.help')} {t('models.fitted', { n: result.n, items: result.items.length })}
          </Text>
          <Text size="sm" c="dimmed" data-testid="model-kind">
            {result.model === 'mixture'
              ? t('models.kindMixture', { items: result.numeric.map((key) => (itemByKey.get(key) ? itemTitle(itemByKey.get(key)!) : key)).join(', ') })
              : t('models.kindLca')}
          </Text>
          {result.noStructure && (
            <Alert color="blue" mt="sm" data-testid="no-structure">
              {t('models.noStructure')}
            </Alert>
          )}
          <ModelChoiceChart models={result.models} best={result.best} selected={k} onSelect={setK} />
          <Group>
            <Text size="sm">{t('models.k')}</Text>
            <SegmentedControl
              data-testid="k-picker"
              value={String(k)}
              onChange={(v) => setK(Number(v))}
              data={result.models.map((m) => ({ value: String(m.k), label: m.k === result.best ? `${m.k} ★` : String(m.k) }))}
            />
          </Group>
        </Card>
      )}
      {result && model && (
        <>
          <SimpleGrid cols={{ base: 1, md: model.segments.length > 1 ? 2 : 1 }}>
            {model.segments.map((s) => (
              <SegmentCard
                key={`${k}-${s.segment}`}
                letter={s.letter}
                share={s.share}
                ci95={s.ci95}
                sentence={s.sentence}
                traits={s.traits}
                name={names[k]?.[s.segment] ?? s.name[lang]}
                onRename={(name) => setNames((prev) => ({ ...prev, [k]: (prev[k] ?? model.segments.map((x) => x.name[lang])).map((old, i) => (i === s.segment ? name : old)) }))}
                footer={t('card.assigned', { count: s.assigned, probability: pct(s.meanProbability) })}
              />
            ))}
          </SimpleGrid>
          <Card withBorder>
            <Group align="end">
              <TextInput label={t('save.name')} value={saveName} onChange={(e) => setSaveName(e.currentTarget.value)} w={360} data-testid="segmentation-name" />
              <Button onClick={() => void save()} disabled={!saveName.trim() || (names[k] ?? []).some((n) => !n.trim())} data-testid="save-segmentation">
                {t('save.button')}
              </Button>
            </Group>
          </Card>
        </>
      )}
    </Stack>
  );
}
