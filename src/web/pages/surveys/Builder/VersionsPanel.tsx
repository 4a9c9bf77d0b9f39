import { useEffect, useState } from 'react';
import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import type { SurveyVersionSummary } from '../../../../shared/surveys.ts';

/** Every version of the definition with how many responses answered it. */
export function VersionsPanel({ workspaceId, surveyId, currentVersion }: { workspaceId: string; surveyId: string; currentVersion: number }) {
  const { t, i18n } = useTranslation('surveys');
  const [versions, setVersions] = useState<SurveyVersionSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    api.get<SurveyVersionSummary[]>(ws(workspaceId, `/surveys/${surveyId}/versions`)).then(setVersions, setError);
  }, [workspaceId, surveyId, currentVersion]);
  if (error) return <ErrorAlert error={error} />;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('builder.versions.version')}</Table.Th>
          <Table.Th>{t('builder.versions.created')}</Table.Th>
          <Table.Th>{t('builder.versions.responses')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(versions ?? []).map((v) => (
          <Table.Tr key={v.version}>
            <Table.Td>
              {v.version} {v.version === currentVersion && <Badge size="xs">{t('builder.versions.current')}</Badge>}
            </Table.Td>
            <Table.Td>{new Date(v.createdAt).toLocaleString(i18n.resolvedLanguage)}</Table.Td>
            <Table.Td>{v.responseCount}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
