import { Badge, Button, Card, Center, Container, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { PublicReport } from '../../../shared/decisions.ts';
import { api, ApiError } from '../../api/client.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch/index.tsx';

const ReportBars = lazy(() => import('./ReportCharts.tsx'));

const PRINT_CSS = `
@media print {
  .no-print, nav, header, .mantine-AppShell-navbar, .mantine-AppShell-header { display: none !important; }
  body { background: #fff; }
  .report-section { break-inside: avoid; }
}`;

/** The public, read-only report behind a share link: what we heard, what we decided, and why. */
export default function PublicReportPage() {
  const { t, i18n } = useTranslation('decisions');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const { token = '' } = useParams();
  const [report, setReport] = useState<PublicReport | null>(null);
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    api.get<PublicReport>(`/api/public/reports/${encodeURIComponent(token)}`).then(setReport, (err) => {
      if (err instanceof ApiError && err.status === 404) setMissing(true);
      else setMissing(true);
    });
  }, [token]);

  if (missing)
    return (
      <Center h="60vh">
        <Text data-testid="report-missing">{t('report.notFound')}</Text>
      </Center>
    );
  if (!report)
    return (
      <Center h="60vh">
        <Loader />
      </Center>
    );
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.resolvedLanguage);
  return (
    <Container size="md" py="lg" data-testid="public-report">
      <style>{PRINT_CSS}</style>
      <Group justify="space-between" mb="md">
        <Stack gap={0}>
          <Text c="dimmed">{report.workspaceName}</Text>
          <Title order={1} size="h2">
            {t('report.heading')}
          </Title>
          <Text>{t('report.period', { label: report.label })}</Text>
        </Stack>
        <Group className="no-print">
          <LanguageSwitch />
          <Button onClick={() => window.print()} data-testid="print-report">
            {t('report.print')}
          </Button>
        </Group>
      </Group>
      <Suspense fallback={<Loader />}>
        <Card withBorder mb="md" className="report-section">
          <Title order={3}>{t('report.themes')}</Title>
          {report.themes.length === 0 ? (
            <Text c="dimmed">{t('report.none')}</Text>
          ) : (
            <ReportBars testId="report-themes-chart" title={t('report.people')} rows={report.themes.map((th) => ({ label: th.label, value: th.evidence?.distinctPeople ?? th.count }))} />
          )}
        </Card>
        <Card withBorder mb="md" className="report-section">
          <Title order={3}>{t('report.ideas')}</Title>
          {report.ideas.length === 0 ? <Text c="dimmed">{t('report.none')}</Text> : <ReportBars testId="report-ideas-chart" title={t('report.votes')} rows={report.ideas.map((i) => ({ label: i.title, value: i.votes }))} />}
        </Card>
      </Suspense>
      <Card withBorder className="report-section">
        <Title order={3} mb="sm">
          {t('report.decisions')}
        </Title>
        {report.decisions.length === 0 ? (
          <Text c="dimmed">{t('report.none')}</Text>
        ) : (
          <Table data-testid="report-decisions">
            <Table.Tbody>
              {report.decisions.map((d, i) => (
                <Table.Tr key={`${d.cardId}-${i}`}>
                  <Table.Td>{date(d.createdAt)}</Table.Td>
                  <Table.Td>
                    <Text fw={600}>{d.title}</Text>
                    <Text size="sm">{d.reason}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge>{t(`kind.${d.kind}`)}</Badge>
                    {d.verdict === 'anecdote' && (
                      <Badge color="orange" variant="outline" ml={4}>
                        {t('anecdote')}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Text size="xs" c="dimmed" mt="md" lang={lang}>
        {report.workspaceName} · {date(report.periodStart)} – {date(new Date(new Date(report.periodEnd).getTime() - 1).toISOString())}
      </Text>
    </Container>
  );
}
