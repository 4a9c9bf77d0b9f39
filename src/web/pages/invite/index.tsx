import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { InvitePreview, MeResponse } from '../../../shared/accounts.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert/index.tsx';
import { useSession } from '../../session.tsx';
import { AuthFrame } from '../auth/AuthFrame.tsx';

export default function AcceptInvite() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { me, setMe } = useSession();
  const navigate = useNavigate();
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.get<InvitePreview>(`/api/invites/${encodeURIComponent(token)}`).then(setPreview, () => setInvalid(true));
  }, [token]);

  async function accept() {
    try {
      await api.post(`/api/invites/${encodeURIComponent(token)}/accept`);
      setMe(await api.get<MeResponse>('/api/auth/me'));
      navigate('/');
    } catch (err) {
      setError(err);
    }
  }

  const next = encodeURIComponent(`/invite/${token}`);
  return (
    <AuthFrame title={t('invite.title')}>
      {invalid && <Alert color="red">{t('invite.invalid')}</Alert>}
      {preview && (
        <Stack>
          <Text>{t('invite.text', { workspace: preview.workspaceName, role: t(`settings.roles.${preview.role}`) })}</Text>
          <ErrorAlert error={error} />
          {me ? (
            <Button onClick={() => void accept()} data-testid="invite-accept">
              {t('invite.accept')}
            </Button>
          ) : (
            <>
              <Text size="sm">{t('invite.loginFirst')}</Text>
              <Group>
                <Button component={Link} to={`/login?next=${next}`}>
                  {t('auth.login')}
                </Button>
                <Button component={Link} to={`/signup?next=${next}`} variant="light">
                  {t('auth.signup')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      )}
    </AuthFrame>
  );
}
