import { Badge, HoverCard, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AnswerSentiment } from '../../../shared/themes.ts';

const COLOR = { positive: 'teal', neutral: 'gray', negative: 'red' } as const;

/** The sentiment label; hovering shows the words that decided it, with their weights and reasons. */
export function SentimentBadge({ sentiment }: { sentiment: AnswerSentiment }) {
  const { t } = useTranslation('themes');
  return (
    <HoverCard width={320} shadow="md" withArrow openDelay={100}>
      <HoverCard.Target>
        <Badge color={COLOR[sentiment.label]} variant="light" style={{ cursor: 'help' }} data-testid="sentiment-label">
          {t(sentiment.label)}
        </Badge>
      </HoverCard.Target>
      <HoverCard.Dropdown data-testid="sentiment-why">
        <Text fw={600} size="sm">
          {t('decisiveTitle', { label: t(sentiment.label) })}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t('score', { score: sentiment.score.toFixed(2) })}
        </Text>
        {sentiment.decisive.length === 0 ? (
          <Text size="sm">{t('decisiveNone')}</Text>
        ) : (
          <Table withRowBorders={false} verticalSpacing={2} fz="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('decisiveWord')}</Table.Th>
                <Table.Th>{t('decisiveWeight')}</Table.Th>
                <Table.Th>{t('decisiveReason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sentiment.decisive.map((d, i) => (
                <Table.Tr key={i} data-testid="decisive-token">
                  <Table.Td>
                    <b>{d.token}</b>
                  </Table.Td>
                  <Table.Td c={d.weight > 0 ? 'teal' : d.weight < 0 ? 'red' : undefined}>{d.weight > 0 ? `+${d.weight.toFixed(2)}` : d.weight.toFixed(2)}</Table.Td>
                  <Table.Td>{d.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </HoverCard.Dropdown>
    </HoverCard>
  );
}
