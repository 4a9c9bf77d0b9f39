import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi } from './board-api.ts';

/** /b/:slug/confirm?token=...: follows the magic link once, then back to the board. */
export function ConfirmPage({ onConfirmed }: { onConfirmed: () => Promise<void> }) {
  const { t } = useTranslation('ideas');
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    boardApi
      .post<{ published: number }>('/api/public/customer-sign-in/confirm', { token: params.get('token') ?? '' })
      .then(async (r) => {
        setDone(r.published);
        await onConfirmed();
      }, setError);
  }, [params, onConfirmed]);
  if (error) {
    // A used, expired or unknown link is the usual case here: say it in the visitor's language.
    const code = error instanceof ApiError ? error.code : '';
    const known = code === 'LINK_USED' || code === 'LINK_EXPIRED' || code === 'NOT_FOUND';
    if (!known) return <ErrorAlert error={error} />;
    return (
      <Alert color="orange" title={t(`public.link.${code}`)} data-testid="link-problem">
        {t('public.link.askNew')}
        <div>
          <Button mt="sm" onClick={() => navigate(`/b/${slug}`)}>{t('public.toBoard')}</Button>
        </div>
      </Alert>
    );
  }
  if (done === null) return <Loader />;
  return (
    <Alert color="green" title={t('public.confirmedTitle')} data-testid="confirmed">
      {done > 0 ? t('public.confirmedText') : t('public.confirmedNothing')}
      <div>
        <Button mt="sm" onClick={() => navigate(`/b/${slug}`)}>{t('public.toBoard')}</Button>
      </div>
    </Alert>
  );
}

/** /b/:slug/unsubscribe?token=...: one click stops board e-mails. */
export function UnsubscribePage() {
  const { t } = useTranslation('ideas');
  const [params] = useSearchParams();
  const [state, setState] = useState<'idle' | 'done'>('idle');
  const [error, setError] = useState<unknown>(null);
  const go = async () => {
    try {
      await boardApi.post('/api/public/unsubscribe', { token: params.get('token') ?? '' });
      setState('done');
    } catch (err) {
      setError(err);
    }
  };
  if (state === 'done') return <Alert color="green" data-testid="unsubscribed">{t('public.unsubscribed')}</Alert>;
  return (
    <>
      <Text mb="sm">{t('public.unsubscribeQuestion')}</Text>
      <Button onClick={go} data-testid="unsubscribe">{t('public.unsubscribe')}</Button>
      <ErrorAlert error={error} />
    </>
  );
}
