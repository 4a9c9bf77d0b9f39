import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';

/** Shows an API error with the fields and reasons the server named. */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" title={title ?? t('error')} role="alert">
      {message}
      {details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((d, i) => (
            <List.Item key={i}>{d.field ? `${d.field}: ${d.reason}` : d.reason}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
