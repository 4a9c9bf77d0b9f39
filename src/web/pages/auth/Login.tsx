import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { MeResponse } from '../../../shared/accounts.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { useSession } from '../../session.tsx';
import { AuthFrame } from './AuthFrame.tsx';

export default function Login() {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNext(params.get('next'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setMe(await api.post<MeResponse>('/api/auth/login', { email, password }));
      navigate(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame title={t('auth.loginTitle')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label={t('auth.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} name="email" autoComplete="email" />
          <PasswordInput label={t('auth.password')} required value={password} onChange={(e) => setPassword(e.currentTarget.value)} name="password" autoComplete="current-password" />
          <ErrorAlert error={error} title={t('auth.failed')} />
          <Button type="submit" loading={busy} data-testid="login-submit">
            {t('auth.login')}
          </Button>
          <Text size="sm">
            {t('auth.noAccount')}{' '}
            <Anchor component={Link} to={`/signup${params.toString() ? `?${params}` : ''}`}>
              {t('auth.signup')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}

/** Only same-site paths, so ?next= cannot send someone to another site. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
