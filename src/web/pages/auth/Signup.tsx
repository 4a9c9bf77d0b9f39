import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { MeResponse } from '../../../shared/accounts.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { useSession } from '../../session.tsx';
import { AuthFrame } from './AuthFrame.tsx';
import { safeNext } from './Login.tsx';

export default function Signup() {
  const { t, i18n } = useTranslation();
  const { setMe } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ name: '', email: '', password: '', workspaceName: '' });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [k]: e.currentTarget.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const locale = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
      setMe(await api.post<MeResponse>('/api/auth/signup', { ...form, locale }));
      navigate(safeNext(params.get('next')));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AuthFrame title={t('auth.signupTitle')}>
      <form onSubmit={submit}>
        <Stack>
          <TextInput label={t('auth.name')} required value={form.name} onChange={set('name')} name="name" autoComplete="name" />
          <TextInput label={t('auth.email')} type="email" required value={form.email} onChange={set('email')} name="email" autoComplete="email" />
          <PasswordInput
            label={t('auth.password')}
            description={t('auth.passwordHint')}
            required
            minLength={10}
            value={form.password}
            onChange={set('password')}
            name="password"
            autoComplete="new-password"
          />
          <TextInput label={t('auth.workspaceName')} required value={form.workspaceName} onChange={set('workspaceName')} name="workspaceName" />
          <ErrorAlert error={error} title={t('auth.failed')} />
          <Button type="submit" loading={busy} data-testid="signup-submit">
            {t('auth.signup')}
          </Button>
          <Text size="sm">
            {t('auth.haveAccount')}{' '}
            <Anchor component={Link} to={`/login${params.toString() ? `?${params}` : ''}`}>
              {t('auth.login')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
