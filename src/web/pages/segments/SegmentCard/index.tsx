import { Badge, Card, Group, List, Progress, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SegmentTrait } from '../../../../shared/segments.ts';
import { useLanguage } from '../language.ts';

export interface SegmentCardProps {
  letter: string;
  share: number;
  ci95: [number, number];
  sentence: { nl: string; en: string };
  traits: SegmentTrait[];
  name: string;
  onRename?: (name: string) => void;
  footer?: string;
}

/** One segment: letter, editable name, share with its interval, the sentence and the answers that set it apart. */
export default function SegmentCard(props: SegmentCardProps) {
  const { t } = useTranslation('segments');
  const { text, pct, num } = useLanguage();
  return (
    <Card withBorder data-testid={`segment-card-${props.letter}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Badge size="lg" variant="filled">
            Segment {props.letter}
          </Badge>
          <Text fw={600}>{t('card.share', { share: pct(props.share), low: pct(props.ci95[0]), high: pct(props.ci95[1]) })}</Text>
        </Group>
        <Progress value={props.share * 100} size="sm" />
        {props.onRename ? (
          <TextInput label={t('card.name')} value={props.name} onChange={(e) => props.onRename!(e.currentTarget.value)} data-testid={`segment-name-${props.letter}`} />
        ) : (
          <Text fw={600}>{props.name}</Text>
        )}
        <Text data-testid={`segment-sentence-${props.letter}`}>{text(props.sentence)}</Text>
        {props.traits.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('card.traits')}
            </Text>
            <List size="sm" spacing={2}>
              {props.traits.map((tr) => (
                <List.Item key={tr.item} data-testid={`trait-${tr.kind}-${tr.item}`}>
                  {tr.kind === 'mean' ? (
                    <>
                      <Text span size="sm" fw={500}>
                        {t('card.mean', { mean: num(tr.inSegment) })}
                      </Text>{' '}
                      <Text span size="sm" c="dimmed">
                        ({text(tr.question)}): {t('card.meanRest', { rest: num(tr.rest) })}
                      </Text>
                    </>
                  ) : (
                    <>
                      <Text span size="sm" fw={500}>
                        {text(tr.answer)}
                      </Text>{' '}
                      <Text span size="sm" c="dimmed">
                        ({text(tr.question)}): {t('card.inSegment', { inSegment: pct(tr.inSegment), rest: pct(tr.rest) })}
                      </Text>
                    </>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {props.footer && (
          <Text size="xs" c="dimmed">
            {props.footer}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
