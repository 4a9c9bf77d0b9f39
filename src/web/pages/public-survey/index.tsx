import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Center, Container, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import 'survey-core/survey-core.fontless.min.css';
import '../../components/survey-font.css';
// SurveyJS's own texts (Next, Complete, required ...) in Dutch; English is built in.
import 'survey-core/i18n/dutch';
import { api, ApiError } from '../../api/client.ts';
import { uuidv7 } from '../../../shared/ids.ts';
import { renderableDefinition, type PublicSurvey as PublicSurveyData, type ResumableResponse, type SubmitResponseBody, type SubmitResponseResult } from '../../../shared/surveys.ts';

type Lang = 'nl' | 'en';


/**
 * This device's token for the survey, kept in localStorage so the respondent can resume. Browsers that
 * refuse storage to another site's iframe (blocked third-party storage) throw on access: the token then
 * lasts for this visit only, and the survey still works.
 */
function deviceToken(slug: string, fresh = false): string {
  const key = `klankbord.survey.${slug}.token`;
  let token: string | null = null;
  try {
    token = fresh ? null : localStorage.getItem(key);
  } catch {
    token = null;
  }
  if (!token) {
    // Time-ordered (UUIDv7, 74 random bits): the server's unique index on (survey, token) then takes new
    // tokens on its right-most pages instead of random ones. getRandomValues works outside secure contexts too.
    token = uuidv7();
    try {
      localStorage.setItem(key, token);
    } catch {
      // storage refused: this visit only
    }
  }
  return token;
}

/**
 * On a personal link the device token is derived from the invitation (SHA-256, so the link's secret is
 * never stored as such): the respondent resumes on any device that opens the same link.
 */
async function invitationToken(invitation: string, slug: string): Promise<string> {
  // crypto.subtle exists only in secure contexts (https, localhost); on plain http resume on this device.
  if (!crypto.subtle) return deviceToken(slug);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`klankbord-invitation:${invitation}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 48);
}

/** True inside another site's iframe (the embed), where the respondent cookie is not sent. */
function inFrame(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent refuses the comparison
  }
}

function browserLanguage(): Lang {
  return (navigator.languages?.[0] ?? navigator.language ?? 'nl').toLowerCase().startsWith('en') ? 'en' : 'nl';
}

const STATUS_MESSAGES: Record<string, string> = {
  NOT_FOUND: 'public.notFound',
  SURVEY_CLOSED: 'public.closed',
  QUOTA_REACHED: 'public.quotaReached',
  SURVEY_NOT_YET_OPEN: 'public.notYetOpen',
  ALREADY_RESPONDED: 'public.alreadyResponded',
};

/**
 * The public survey at /s/:slug: rendered by survey-react-ui in the respondent's browser language (with
 * a switch), saved page by page (onCurrentPageChanged) under a device token kept in localStorage so
 * that a respondent who leaves can resume, and completed through onComplete, which shows the thank-you
 * text only after the server has stored the response.
 *
 * Link parameters (built by the distribution side, see docs/survey-links.md): `?t=<token>` a personal
 * invitation link (channel 'email' on the server), `?channel=qr` the QR code, `?embed=1` the iframe or
 * pop-up on another website (also assumed when the page runs in any frame), `?lang=nl|en` the language.
 */
export default function PublicSurvey() {
  const { slug = '' } = useParams();
  const [search] = useSearchParams();
  const { t, i18n } = useTranslation('surveys');
  const [data, setData] = useState<PublicSurveyData | null>(null);
  const [resume, setResume] = useState<ResumableResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [lang, setLang] = useState<Lang>(() => (search.get('lang') === 'en' || search.get('lang') === 'nl' ? (search.get('lang') as Lang) : browserLanguage()));
  const token = useRef<string>('');
  const invitation = search.get('t') ?? undefined;
  const embedded = search.get('embed') === '1' || inFrame();
  const channel = embedded ? 'embed' : search.get('channel') === 'qr' ? 'qr' : 'link';

  useEffect(() => {
    void i18n.changeLanguage(lang);
  }, [lang, i18n]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const survey = await api.get<PublicSurveyData>(`/api/public/surveys/${encodeURIComponent(slug)}`);
        token.current = invitation ? await invitationToken(invitation, slug) : deviceToken(slug);
        let saved: ResumableResponse | null = null;
        try {
          saved = await api.get<ResumableResponse>(`/api/public/surveys/${encodeURIComponent(slug)}/responses/${token.current}`);
        } catch {
          saved = null;
        }
        // One response per invitation; and on a one-response-per-person survey, this device's finished
        // response counts too: inside another site's iframe the respondent cookie is not sent
        // (SameSite=Lax), so the token kept in localStorage is the only memory of having answered.
        if (saved?.status === 'complete' && (invitation || survey.oneResponsePerPerson)) {
          if (!cancelled) setFailure('public.alreadyResponded');
          return;
        }
        if (saved?.status === 'complete' || (saved && saved.version !== survey.version)) {
          // Done before (or answered an older version): a fresh start, with a fresh token on a public link.
          if (!invitation) token.current = deviceToken(slug, true);
          saved = null;
        }
        if (cancelled) return;
        if (survey.alreadyResponded && !invitation) setFailure('public.alreadyResponded');
        setResume(saved);
        setData(survey);
      } catch (err) {
        if (!(err instanceof ApiError)) console.error(err);
        if (!cancelled) setFailure(STATUS_MESSAGES[err instanceof ApiError ? err.code : ''] ?? 'public.notFound');
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [slug, invitation]);

  const send = useCallback(
    (body: Omit<SubmitResponseBody, 'clientToken'>) =>
      api.post<SubmitResponseResult>(`/api/public/surveys/${encodeURIComponent(slug)}/responses`, { clientToken: token.current, channel, ...(invitation ? { invitation } : {}), ...body }),
    [slug, channel, invitation],
  );

  const model = useMemo(() => {
    if (!data) return null;
    const m = new Model(renderableDefinition(data.definition));
    m.clearInvisibleValues = 'onHidden';
    if (resume) {
      m.data = resume.answers;
      if (resume.page < m.visiblePageCount) m.currentPageNo = resume.page;
    }
    return m;
    // The model is built once per survey; language changes only switch its locale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  useEffect(() => {
    if (model) model.locale = lang;
  }, [model, lang]);

  useEffect(() => {
    if (!model || !data) return;
    const onPage = () => {
      send({ answers: model.data, page: model.currentPageNo, complete: false, version: data.version, language: lang }).then(
        () => setSaveError(null),
        (err: unknown) => setSaveError(err instanceof Error ? err.message : String(err)),
      );
    };
    const onComplete = (_: unknown, options: { showSaveInProgress: (t?: string) => void; showSaveSuccess: (t?: string) => void; showSaveError: (t?: string) => void }) => {
      options.showSaveInProgress();
      send({ answers: model.data, page: model.currentPageNo, complete: true, version: data.version, language: lang }).then(
        () => {
          options.showSaveSuccess('');
          setSaveError(null);
        },
        (err: unknown) => {
          const code = err instanceof ApiError ? err.code : '';
          const message = STATUS_MESSAGES[code] ? t(STATUS_MESSAGES[code]) : err instanceof Error ? err.message : t('public.saveFailed');
          options.showSaveError(message);
          setSaveError(message);
        },
      );
    };
    model.onCurrentPageChanged.add(onPage);
    model.onComplete.add(onComplete);
    return () => {
      model.onCurrentPageChanged.remove(onPage);
      model.onComplete.remove(onComplete);
    };
  }, [model, data, send, lang, t]);

  const retry = () => {
    if (!model || !data) return;
    send({ answers: model.data, page: model.currentPageNo, complete: true, version: data.version, language: lang }).then(
      () => {
        setSaveError(null);
        model.notifier.notify(t('public.retry'), 'success');
      },
      (err: unknown) => setSaveError(err instanceof Error ? err.message : String(err)),
    );
  };

  if (failure) {
    return (
      <Center h="100vh" p="md">
        <Alert color="gray" maw={480} data-testid="survey-unavailable">
          {t(failure)}
        </Alert>
      </Center>
    );
  }
  if (!data || !model) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('public.loading')} />
      </Center>
    );
  }
  return (
    <Container size={760} px={0} py="xs" data-testid="public-survey">
      {data.languages.includes('en') && (
        <Group justify="flex-end" px="sm">
          <SegmentedControl
            size="xs"
            aria-label={t('public.language')}
            value={lang}
            onChange={(v) => setLang(v as Lang)}
            data={[
              { value: 'nl', label: 'NL' },
              { value: 'en', label: 'EN' },
            ]}
            data-testid="survey-language"
          />
        </Group>
      )}
      <Survey model={model} />
      {saveError && (
        <Box px="sm" pb="md">
          <Alert color="red" role="alert">
            <Text size="sm">{saveError}</Text>
            {model.state === 'completed' && (
              <Button size="xs" mt="xs" onClick={retry}>
                {t('public.retry')}
              </Button>
            )}
          </Alert>
        </Box>
      )}
    </Container>
  );
}
