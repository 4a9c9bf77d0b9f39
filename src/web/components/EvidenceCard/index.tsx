import { Badge, Card, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceCardData, EvidenceVerdict } from '../../../shared/evidence.ts';

/** Colours of the three verdicts, shared by every place that shows one. */
export const VERDICT_COLOR: Record<EvidenceVerdict, string> = { anecdote: 'gray', emerging: 'yellow', established: 'teal' };

export interface EvidenceCardProps {
  /** The card as the API returns it (src/shared/evidence.ts). */
  evidence: EvidenceCardData;
  /** Optional heading (e.g. the theme or idea); default "Evidence". */
  title?: string;
  /** Leave out the rule text and thresholds (e.g. in a narrow list); the verdict's reason stays. */
  compact?: boolean;
  'data-testid'?: string;
}

/** The verdict as a badge in the UI language ("gevestigd", "established"), the reason on hover. */
export function VerdictBadge({ evidence }: { evidence: EvidenceCardData }) {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  return (
    <Tooltip label={evidence.reason[lang]} multiline w={280} withArrow>
      <Badge color={VERDICT_COLOR[evidence.verdict]} variant="filled" data-testid="verdict-badge" data-verdict={evidence.verdict}>
        {t(`evidence.verdict.${evidence.verdict}`)}
      </Badge>
    </Tooltip>
  );
}

function Sparkline({ values, label }: { values: number[]; label: string }) {
  const w = 96;
  const h = 24;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? w / (values.length - 1) : w;
  const points = values.map((v, i) => `${(i * step).toFixed(1)},${(h - 2 - (v / max) * (h - 4)).toFixed(1)}`).join(' ');
  return (
    <svg width={w} height={h} role="img" aria-label={label} data-testid="evidence-sparkline">
      <polyline points={points} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={2} />
      {values.map((v, i) => (
        <circle key={i} cx={i * step} cy={h - 2 - (v / max) * (h - 4)} r={2} fill="var(--mantine-color-blue-6)" />
      ))}
    </svg>
  );
}

const pct = (x: number) => `${(x * 100).toFixed(x < 0.1 ? 1 : 0)}%`;

/**
 * The guard against anecdotes: distinct people behind a theme or idea, their share with a 95%
 * interval, the spread over segments, the trend (sparkline), sentiment, and the verdict with the rule
 * and thresholds written out beside it. Props come from src/shared/evidence.ts (evidenceCard).
 */
export function EvidenceCard({ evidence: e, title, compact, ...rest }: EvidenceCardProps) {
  const { t, i18n } = useTranslation('themes');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const s = e.sentiment;
  const known = s.positive + s.neutral + s.negative;
  const trend = e.trend.periods.map((p) => p.people);
  const th = e.thresholds;
  return (
    <Card withBorder radius="md" padding="sm" data-testid={rest['data-testid'] ?? 'evidence-card'}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text fw={600} size="sm">
            {title ?? t('evidence.title')}
          </Text>
          <VerdictBadge evidence={e} />
        </Group>
        <Group gap="xs" align="baseline">
          <Text fw={700} size="xl" data-testid="evidence-people">
            {t('evidence.people', { count: e.distinctPeople })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('evidence.mentions', { count: e.mentions })}
          </Text>
        </Group>
        <Text size="sm" data-testid="evidence-share">
          {t('evidence.share', { share: pct(e.share), base: e.base, baseLabel: e.baseLabel[lang] })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('evidence.ci', { low: pct(e.shareCi[0]), high: pct(e.shareCi[1]) })}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Sparkline values={trend} label={t('evidence.trend', { days: th.periodDays })} />
          <Text size="xs" c="dimmed">
            {t('evidence.trend', { days: th.periodDays })}: {trend.join(' · ')}
            {e.trend.growing ? ` (${t('evidence.growing')})` : ''}
          </Text>
        </Group>
        {known > 0 && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {t('evidence.sentiment')}
            </Text>
            <Progress.Root size="md">
              <Progress.Section value={(s.positive / known) * 100} color="teal">
                <Progress.Label>{s.positive}</Progress.Label>
              </Progress.Section>
              <Progress.Section value={(s.neutral / known) * 100} color="gray.5">
                <Progress.Label>{s.neutral}</Progress.Label>
              </Progress.Section>
              <Progress.Section value={(s.negative / known) * 100} color="red">
                <Progress.Label>{s.negative}</Progress.Label>
              </Progress.Section>
            </Progress.Root>
          </Stack>
        )}
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('evidence.segments')}
          </Text>
          {e.segments.length > 0 ? (
            e.segments.slice(0, 5).map((seg) => (
              <Group key={seg.segment} gap="xs" wrap="nowrap">
                <Text size="xs" w={120} truncate>
                  {seg.segment === '(none)' ? t('evidence.noSegment') : seg.segment}
                </Text>
                <Progress value={seg.share * 100} size="sm" style={{ flex: 1 }} />
                <Text size="xs">{seg.people}</Text>
              </Group>
            ))
          ) : (
            <Text size="xs" c="dimmed" fs="italic">
              {e.segmentNote?.[lang]}
            </Text>
          )}
        </Stack>
        <Text size="xs">
          <b>{t('evidence.why')}:</b> {e.reason[lang]}
        </Text>
        {!compact && (
          <>
            <Text size="xs" c="dimmed" data-testid="evidence-rule">
              <b>{t('evidence.rule')}:</b> {e.rule[lang]}
            </Text>
            <Text size="xs" c="dimmed">
              {t('evidence.thresholds', { ...th, trivialShare: pct(th.trivialShare), establishedShare: pct(th.establishedShare) })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}

export default EvidenceCard;
