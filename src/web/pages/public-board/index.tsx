import { useCallback, useEffect, useState } from 'react';
import { Alert, Anchor, Badge, Box, Button, Card, Container, Group, Loader, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import type { PublicBoard as Board, PublicIdea } from '../../../shared/ideas.ts';
import { IDEA_STATUSES } from '../../../shared/ideas.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch/index.tsx';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi, setCustomerCsrf } from './board-api.ts';
import { SignInForm } from './SignInForm.tsx';
import { NewIdeaForm } from './NewIdeaForm.tsx';
import { IdeaPage } from './IdeaPage.tsx';
import { RoadmapPage, ChangelogPage } from './RoadmapPage.tsx';
import { ConfirmPage, UnsubscribePage } from './ConfirmPage.tsx';
import { ShowcasePage } from './ShowcasePage.tsx';
import { VoteButton } from './VoteButton.tsx';
import { StatusBadge } from './StatusBadge.tsx';

/** The public ideas board (/b/:slug/...), outside the team shell; framable for the embed widget. */
export default function PublicBoard() {
  const { slug = '' } = useParams();
  const { t, i18n } = useTranslation('ideas');
  const location = useLocation();
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const b = await boardApi.get<Board>(`/api/public/boards/${slug}`);
      setCustomerCsrf(b.viewer.csrfToken);
      setBoard(b);
    } catch (err) {
      setError(err);
    }
  }, [slug]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang === 'nl' || lang === 'en') void i18n.changeLanguage(lang);
  }, [location.search, i18n]);

  if (error) return <Container py="xl"><ErrorAlert error={error} /></Container>;
  if (!board) return <Container py="xl"><Loader /></Container>;
  const tab = location.pathname.includes('/roadmap') ? 'roadmap' : location.pathname.includes('/changelog') ? 'changelog' : location.pathname.includes('/showcase') ? 'showcase' : 'ideas';
  return (
    <Container size="md" py="lg">
      <Group justify="space-between" mb="md">
        <div>
          <Title order={1} size="h2" data-testid="board-title">{board.title}</Title>
          {board.workspaceName !== board.title && <Text c="dimmed">{board.workspaceName}</Text>}
        </div>
        <LanguageSwitch />
      </Group>
      {board.intro && <Text mb="md">{board.intro}</Text>}
      <Tabs value={tab} mb="md">
        <Tabs.List>
          <Tabs.Tab value="ideas" renderRoot={(p) => <Link {...p} to={`/b/${slug}`} />}>{t('public.tabs.ideas')}</Tabs.Tab>
          <Tabs.Tab value="roadmap" renderRoot={(p) => <Link {...p} to={`/b/${slug}/roadmap`} />}>{t('public.tabs.roadmap')}</Tabs.Tab>
          <Tabs.Tab value="changelog" renderRoot={(p) => <Link {...p} to={`/b/${slug}/changelog`} />}>{t('public.tabs.changelog')}</Tabs.Tab>
          <Tabs.Tab value="showcase" renderRoot={(p) => <Link {...p} to={`/b/${slug}/showcase`} />}>{t('public.tabs.showcase')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<IdeaList board={board} onChange={reload} />} />
        <Route path="ideas/:ideaId" element={<IdeaPage board={board} onChange={reload} />} />
        <Route path="roadmap" element={<RoadmapPage slug={slug} />} />
        <Route path="changelog" element={<ChangelogPage slug={slug} />} />
        <Route path="showcase" element={<ShowcasePage board={board} onChange={reload} />} />
        <Route path="confirm" element={<ConfirmPage onConfirmed={reload} />} />
        <Route path="unsubscribe" element={<UnsubscribePage />} />
      </Routes>
    </Container>
  );
}

/** True when the board is shown inside the embed widget's iframe. */
function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

function IdeaList({ board, onChange }: { board: Board; onChange: () => Promise<void> }) {
  const { t } = useTranslation('ideas');
  const navigate = useNavigate();
  const [sort, setSort] = useState('trending');
  const [status, setStatus] = useState<string | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [ideas, setIdeas] = useState<PublicIdea[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    const params = new URLSearchParams({ sort });
    if (status) params.set('status', status);
    if (tag) params.set('tag', tag);
    if (q.trim()) params.set('q', q.trim());
    try {
      setIdeas((await boardApi.get<{ ideas: PublicIdea[] }>(`/api/public/boards/${board.slug}/ideas?${params}`)).ideas);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [board.slug, sort, status, tag, q]);
  useEffect(() => {
    const h = setTimeout(() => void load(), 200);
    return () => clearTimeout(h);
  }, [load]);

  return (
    <Stack>
      {board.viewer.signedIn ? (
        <>
          <Group justify="space-between">
            <Text size="sm" data-testid="signed-in-as">
              {t('public.signedInAs', { email: board.viewer.email })} {!board.viewer.confirmed && <Badge color="orange">{t('public.unconfirmed')}</Badge>}
            </Text>
            <Button variant="subtle" size="xs" onClick={async () => { await boardApi.post(`/api/public/boards/${board.slug}/sign-out`); await onChange(); }}>
              {t('public.signOut')}
            </Button>
          </Group>
          {/* Until the link is followed, what this visitor posts waits: say so where they look. */}
          {!board.viewer.confirmed && <Alert color="green" data-testid="link-sent">{t('public.linkSent')}</Alert>}
        </>
      ) : inFrame() ? (
        // Framed on another site the board's cookie is third-party, which browsers may refuse: signing
        // in happens in a window of the board's own.
        <Card withBorder data-testid="embed-sign-in">
          <Text fw={600} mb="xs">{t('public.signInTitle')}</Text>
          <Button component="a" href={`/b/${board.slug}`} target="_blank" rel="noopener">{t('public.openToSignIn')}</Button>
        </Card>
      ) : (
        <SignInForm slug={board.slug} onSent={onChange} />
      )}
      {board.viewer.signedIn && <NewIdeaForm board={board} onPosted={async (id) => { await load(); navigate(`/b/${board.slug}/ideas/${id}`); }} />}
      <Group>
        <Select aria-label={t('public.sort')} data-testid="sort" value={sort} onChange={(v) => setSort(v ?? 'trending')} data={['trending', 'top', 'newest'].map((v) => ({ value: v, label: t(`sort.${v}`) }))} w={150} />
        <Select aria-label={t('public.status')} placeholder={t('public.allStatuses')} clearable value={status} onChange={setStatus} data={IDEA_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} w={190} />
        {board.tags.length > 0 && <Select aria-label={t('public.tag')} placeholder={t('public.allTags')} clearable value={tag} onChange={setTag} data={board.tags.map((x) => ({ value: x.id, label: x.name }))} w={160} />}
        <TextInput aria-label={t('public.search')} placeholder={t('public.search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: 1 }} />
      </Group>
      <ErrorAlert error={error} />
      {ideas === null ? <Loader /> : ideas.length === 0 ? <Text c="dimmed">{t('public.noIdeas')}</Text> : null}
      {ideas?.map((idea) => (
        <Card key={idea.id} withBorder data-testid="idea-card">
          <Group align="flex-start" wrap="nowrap">
            {idea.state === 'published' ? <VoteButton board={board} idea={idea} onVoted={load} /> : <Box w={80} />}
            <Box style={{ flex: 1, minWidth: 0 }}>
              <Group gap="xs">
                {idea.pinned && <Badge variant="outline">{t('public.pinned')}</Badge>}
                <StatusBadge status={idea.status} />
                {idea.state !== 'published' && <Badge color="orange">{t(`state.${idea.state}`)}</Badge>}
                {idea.tags.map((x) => <Badge key={x.id} color={x.color} variant="dot">{x.name}</Badge>)}
              </Group>
              <Anchor component={Link} to={`/b/${board.slug}/ideas/${idea.id}`} fw={600} data-testid="idea-title">
                {idea.title}
              </Anchor>
              <Text size="sm" lineClamp={2} c="dimmed">{idea.description}</Text>
              <Text size="xs" c="dimmed">{t('public.commentCount', { count: idea.comments })}</Text>
            </Box>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
