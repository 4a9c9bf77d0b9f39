import { Badge, Button, Card, Group, List, MultiSelect, SimpleGrid, Stack, Stepper, TagsInput, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { IdentityProfile, IdentityProfileBody, ImageQuestionOption, ImageSummary } from '../../../shared/identity.ts';
import { api, ws } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';

const EMPTY: IdentityProfileBody = { character: '', values: '', ownWords: '', greatAt: [], goodAt: [], cannotDo: [], audience: '', audienceSegmentIds: [], imageQuestions: [] };

function bodyOf(p: IdentityProfile): IdentityProfileBody {
  const { character, values, ownWords, greatAt, goodAt, cannotDo, audience, audienceSegmentIds, imageQuestions } = p;
  return { character, values, ownWords, greatAt, goodAt, cannotDo, audience, audienceSegmentIds, imageQuestions };
}

/** "Who we are": the identity profile, the guided first-time flow, and the measured image with its gaps. */
export function IdentityPage({ workspaceId, isOwner }: { workspaceId: string; isOwner: boolean }) {
  const { t, i18n } = useTranslation('decisions');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const [params, setParams] = useSearchParams();
  const [profile, setProfile] = useState<IdentityProfile | null>(null);
  const [draft, setDraft] = useState<IdentityProfileBody>(EMPTY);
  const [image, setImage] = useState<ImageSummary | null>(null);
  const [options, setOptions] = useState<{ questions: ImageQuestionOption[]; segments: { id: string; name: string }[] }>({ questions: [], segments: [] });
  const [editing, setEditing] = useState(false);
  const [step, setStep] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const flow = params.get('flow') === '1';

  async function load() {
    try {
      const p = await api.get<IdentityProfile>(ws(workspaceId, '/identity'));
      setProfile(p);
      setDraft(bodyOf(p));
      setImage(await api.get<ImageSummary>(ws(workspaceId, `/identity/image?lang=${lang}`)));
      setOptions(await api.get(ws(workspaceId, `/identity/options?lang=${lang}`)));
    } catch (err) {
      setError(err);
    }
  }
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workspaceId, lang]);

  async function save() {
    setError(null);
    try {
      await api.put(ws(workspaceId, '/identity'), draft);
      notifications.show({ message: t('identity.saved') });
      setEditing(false);
      setParams({});
      setStep(0);
      await load();
    } catch (err) {
      setError(err);
    }
  }

  if (!profile) return <ErrorAlert error={error} />;
  const set = (patch: Partial<IdentityProfileBody>) => setDraft({ ...draft, ...patch });
  const questionKey = (q: { surveyId: string; question: string }) => `${q.surveyId}|${q.question}`;

  const characterFields = (
    <Stack>
      <Textarea label={t('identity.character')} value={draft.character} onChange={(e) => set({ character: e.currentTarget.value })} autosize minRows={2} data-testid="identity-character" />
      <Textarea label={t('identity.values')} value={draft.values} onChange={(e) => set({ values: e.currentTarget.value })} autosize minRows={2} />
      <Textarea label={t('identity.ownWords')} value={draft.ownWords} onChange={(e) => set({ ownWords: e.currentTarget.value })} autosize minRows={3} />
    </Stack>
  );
  const strengthFields = (
    <Stack>
      <TagsInput label={t('identity.greatAt')} description={t('identity.itemsHint')} value={draft.greatAt} onChange={(v) => set({ greatAt: v })} data-testid="identity-great" />
      <TagsInput label={t('identity.goodAt')} value={draft.goodAt} onChange={(v) => set({ goodAt: v })} />
      <TagsInput label={t('identity.cannotDo')} value={draft.cannotDo} onChange={(v) => set({ cannotDo: v })} />
    </Stack>
  );
  const audienceFields = (
    <Stack>
      <Textarea label={t('identity.audience')} value={draft.audience} onChange={(e) => set({ audience: e.currentTarget.value })} autosize minRows={2} />
      <MultiSelect label={t('identity.segments')} data={options.segments.map((s) => ({ value: s.id, label: s.name }))} value={draft.audienceSegmentIds} onChange={(v) => set({ audienceSegmentIds: v })} />
    </Stack>
  );
  const imageFields = (
    <MultiSelect
      label={t('identity.imageQuestions')}
      searchable
      data={options.questions.map((q) => ({ value: questionKey(q), label: `${q.surveyName}: ${q.title}` }))}
      value={draft.imageQuestions.map(questionKey)}
      onChange={(v) =>
        set({
          imageQuestions: v.map((k) => {
            const [surveyId, ...rest] = k.split('|');
            return { surveyId, question: rest.join('|') };
          }),
        })
      }
    />
  );

  if (isOwner && (flow || (editing && !profile.filled))) {
    const steps = [
      ['character', characterFields],
      ['strengths', strengthFields],
      ['audience', audienceFields],
      ['image', imageFields],
    ] as const;
    return (
      <Card withBorder data-testid="identity-flow">
        <ErrorAlert error={error} />
        <Stepper active={step} onStepClick={setStep}>
          {steps.map(([key, fields]) => (
            <Stepper.Step key={key} label={t(`identity.steps.${key}`)}>
              <Text mb="sm">{t(`identity.steps.${key}Text`)}</Text>
              {fields}
            </Stepper.Step>
          ))}
          <Stepper.Completed>
            <Text mb="sm">{t('identity.steps.doneText')}</Text>
            <Button onClick={() => void save()} data-testid="identity-save">
              {t('identity.save')}
            </Button>
          </Stepper.Completed>
        </Stepper>
        <Group mt="md">
          <Button variant="default" disabled={step === 0} onClick={() => setStep(step - 1)}>
            {t('identity.back')}
          </Button>
          {step < steps.length && (
            <Button onClick={() => setStep(step + 1)} data-testid="identity-next">
              {t('identity.next')}
            </Button>
          )}
        </Group>
      </Card>
    );
  }

  return (
    <Stack>
      <ErrorAlert error={error} />
      <Group justify="space-between">
        <Title order={3}>{t('identity.title')}</Title>
        {isOwner && (
          <Group>
            <Button variant="light" onClick={() => setParams({ flow: '1' })}>
              {t('identity.flow')}
            </Button>
            <Button onClick={() => setEditing(!editing)} data-testid="identity-edit">
              {t('identity.edit')}
            </Button>
          </Group>
        )}
      </Group>
      {editing ? (
        <Card withBorder>
          <Stack>
            {characterFields}
            {strengthFields}
            {audienceFields}
            {imageFields}
            <Group>
              <Button onClick={() => void save()} data-testid="identity-save">
                {t('identity.save')}
              </Button>
              <Button variant="default" onClick={() => setEditing(false)}>
                {t('cancel')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ) : !profile.filled ? (
        <Text c="dimmed">{t('identity.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} data-testid="identity-profile">
          <Card withBorder>
            <Text fw={700}>{t('identity.character')}</Text>
            <Text mb="xs">{profile.character}</Text>
            <Text fw={700}>{t('identity.values')}</Text>
            <Text mb="xs">{profile.values}</Text>
            <Text fw={700}>{t('identity.ownWords')}</Text>
            <Text fs="italic" mb="xs">
              {profile.ownWords}
            </Text>
            <Text fw={700}>{t('identity.audience')}</Text>
            <Text>{profile.audience}</Text>
            {profile.audienceSegments.length > 0 && (
              <Group gap={4} mt={4}>
                {profile.audienceSegments.map((s) => (
                  <Badge key={s.id} component="a" href="/segments" variant="light">
                    {s.name}
                  </Badge>
                ))}
              </Group>
            )}
          </Card>
          <Card withBorder>
            {(
              [
                ['greatAt', 'teal'],
                ['goodAt', 'blue'],
                ['cannotDo', 'red'],
              ] as const
            ).map(([key, color]) => (
              <Stack key={key} gap={4} mb="sm">
                <Text fw={700}>{t(`identity.${key}`)}</Text>
                <Group gap={4}>
                  {profile[key].map((i) => (
                    <Badge key={i} color={color} variant="light">
                      {i}
                    </Badge>
                  ))}
                </Group>
              </Stack>
            ))}
          </Card>
        </SimpleGrid>
      )}
      {profile.filled && image && <ImageCard image={image} />}
    </Stack>
  );
}

function ImageCard({ image }: { image: ImageSummary }) {
  const { t } = useTranslation('decisions');
  if (image.questions.length === 0) return <Text c="dimmed">{t('identity.imageNone')}</Text>;
  const g = image.gaps;
  return (
    <Card withBorder data-testid="identity-image">
      <Title order={4} mb="sm">
        {t('identity.image')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {image.questions.map((q) => (
          <Stack key={`${q.surveyId}:${q.question}`} gap={4}>
            <Text fw={600}>
              {q.title} <Text span size="xs" c="dimmed">({q.surveyName}, {t('identity.respondents', { count: q.respondents })})</Text>
            </Text>
            {q.top.map((a) => (
              <Group key={a.label} gap="xs">
                <Badge variant="light">{a.count}</Badge>
                <Text size="sm">{a.label}</Text>
              </Group>
            ))}
          </Stack>
        ))}
      </SimpleGrid>
      <Title order={5} mt="md">
        {t('identity.gaps')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }} mt="xs">
        <Card bg="orange.0" data-testid="gap-claimed">
          <Text fw={600} size="sm">{t('identity.claimedNotMentioned')}</Text>
          <List size="sm">{g.claimedNotMentioned.length ? g.claimedNotMentioned.map((c) => <List.Item key={c.item}>{c.item}</List.Item>) : <List.Item>{t('identity.none')}</List.Item>}</List>
        </Card>
        <Card bg="red.0" data-testid="gap-said">
          <Text fw={600} size="sm">{t('identity.saidNotClaimed')}</Text>
          <List size="sm">{g.saidNotClaimed.length ? g.saidNotClaimed.map((c) => <List.Item key={c.label}>{c.label} ({c.count})</List.Item>) : <List.Item>{t('identity.none')}</List.Item>}</List>
        </Card>
        <Card bg="teal.0">
          <Text fw={600} size="sm">{t('identity.matched')}</Text>
          <List size="sm">{g.matched.length ? g.matched.map((c) => <List.Item key={c.item}>{c.item} ↔ {c.label} ({c.count})</List.Item>) : <List.Item>{t('identity.none')}</List.Item>}</List>
        </Card>
      </SimpleGrid>
    </Card>
  );
}
