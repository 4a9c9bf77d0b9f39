import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Segmentation, SegmentComparison } from '../../../../shared/segments.ts';
import { api, ws } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert/index.tsx';
import { useWorkspaceId } from '../../../session.tsx';
import { useLanguage } from '../language.ts';
import SegmentCard from '../SegmentCard/index.tsx';

/** A saved segmentation: rename it and its segments, compare segments on NPS and satisfaction, export, delete. */
export default function SegmentationDetail() {
  const { t } = useTranslation('segments');
  const { lang, text, pct } = useLanguage();
  const workspaceId = useWorkspaceId();
  const navigate = useNavigate();
  const { segmentationId = '' } = useParams();
  const [seg, setSeg] = useState<Segmentation | null>(null);
  const [name, setName] = useState('');
  const [labels, setLabels] = useState<string[]>([]);
  const [comparison, setComparison] = useState<SegmentComparison | null>(null);
  const [error, setError] = useState<unknown>(null);
  const path = ws(workspaceId, `/segmentations/${segmentationId}`);

  function show(s: Segmentation) {
    setSeg(s);
    setName(s.name);
    setLabels(s.labels);
  }

  useEffect(() => {
    api.get<Segmentation>(path).then(show).catch(setError);
    api.get<SegmentComparison>(`${path}/compare`).then(setComparison).catch(setError);
  }, [path]);

  async function rename() {
    try {
      show(await api.patch<Segmentation>(path, { name, labels }));
      setComparison(await api.get<SegmentComparison>(`${path}/compare`));
      notifications.show({ message: t('detail.renamed') });
    } catch (err) {
      setError(err);
    }
  }

  async function remove() {
    if (!window.confirm(t('detail.deleteConfirm'))) return;
    try {
      await api.delete(path);
      navigate('..', { relative: 'path' });
    } catch (err) {
      setError(err);
    }
  }

  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="..">
        ← {t('back')}
      </Anchor>
      <ErrorAlert error={error} />
      {seg && (
        <>
          <Title order={2} data-testid="segmentation-title">
            {seg.name}
          </Title>
          <Text c="dimmed">
            {seg.surveyName} · {t('respondents', { count: seg.respondents })}
          </Text>
          <Card withBorder>
            <Group align="end">
              <TextInput label={t('save.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={360} />
              <Button onClick={() => void rename()} disabled={!name.trim() || labels.some((l) => !l.trim())}>
                {t('detail.rename')}
              </Button>
              <Button component="a" variant="light" href={`${path}/export.csv`} data-testid="export-csv">
                {t('detail.export')}
              </Button>
              <Button color="red" variant="subtle" onClick={() => void remove()}>
                {t('detail.delete')}
              </Button>
            </Group>
          </Card>
          <SimpleGrid cols={{ base: 1, md: seg.segments.length > 1 ? 2 : 1 }}>
            {seg.segments.map((s) => (
              <SegmentCard
                key={s.segment}
                letter={s.letter}
                share={s.share}
                ci95={s.ci95}
                sentence={s.sentence}
                traits={s.traits}
                name={labels[s.segment] ?? s.label}
                onRename={(v) => setLabels((prev) => prev.map((old, i) => (i === s.segment ? v : old)))}
                footer={t('respondents', { count: s.respondents })}
              />
            ))}
          </SimpleGrid>
        </>
      )}
      {comparison && (
        <Card withBorder data-testid="segment-comparison">
          <Title order={4}>{t('detail.compare')}</Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('detail.compareHelp')}
          </Text>
          {comparison.metrics.length === 0 ? (
            <Text>{t('detail.noMetrics')}</Text>
          ) : (
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {comparison.segments.map((s) => (
                    <Table.Th key={s.segment}>
                      {String.fromCharCode(65 + s.segment)}: {s.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {comparison.metrics.map((m) => (
                  <Table.Tr key={m.question}>
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {text(m.title)}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {m.kind === 'nps' ? t('detail.nps') : `${t('detail.mean')} ${m.scaleMin ?? ''}–${m.scaleMax ?? ''}`}
                      </Text>
                    </Table.Td>
                    {m.segments.map((s) => (
                      <Table.Td key={s.segment}>
                        {s.value === null ? (
                          '–'
                        ) : (
                          <>
                            <Text size="sm" fw={600}>
                              {m.kind === 'nps' ? Math.round(s.value) : number.format(s.value)}
                            </Text>
                            {s.ci95 && (
                              <Text size="xs" c="dimmed">
                                {t('detail.ci')} {m.kind === 'nps' ? `${Math.round(s.ci95[0])} – ${Math.round(s.ci95[1])}` : `${number.format(s.ci95[0])} – ${number.format(s.ci95[1])}`} · n = {s.n}
                                {s.smallBase ? ` · ${t('detail.smallBase')}` : ''}
                              </Text>
                            )}
                          </>
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
      )}
    </Stack>
  );
}
