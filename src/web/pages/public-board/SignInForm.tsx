import { useState } from 'react';
import { Alert, Button, Card, Group, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { boardApi } from './board-api.ts';

/** E-mail sign-in: a magic link is mailed; the honeypot field stays empty for people. */
export function SignInForm({ slug, onSent }: { slug: string; onSent: () => Promise<void> }) {
  const { t, i18n } = useTranslation('ideas');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [website, setWebsite] = useState('');
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await boardApi.post(`/api/public/boards/${slug}/sign-in`, { email, ...(name.trim() && { name: name.trim() }), locale: i18n.resolvedLanguage === 'en' ? 'en' : 'nl', ...(website && { website }) });
      setSent(true);
      setError(null);
      await onSent();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} data-testid="sign-in-form">
        <Text fw={600} mb="xs">{t('public.signInTitle')}</Text>
        <Group align="flex-end">
          <TextInput label={t('public.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} name="email" />
          <TextInput label={t('public.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} name="name" />
          {/* Honeypot: hidden from people, filled in by bots. */}
          <input type="text" name="website" tabIndex={-1} autoComplete="off" value={website} onChange={(e) => setWebsite(e.currentTarget.value)} style={{ position: 'absolute', left: '-9999px' }} aria-hidden="true" />
          <Button type="submit" data-testid="sign-in-submit">{t('public.sendLink')}</Button>
        </Group>
      </form>
      {sent && <Alert mt="sm" color="green" data-testid="link-sent">{t('public.linkSent')}</Alert>}
      <ErrorAlert error={error} />
    </Card>
  );
}
