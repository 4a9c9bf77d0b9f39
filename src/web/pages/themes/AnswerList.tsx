import { Badge, Button, Checkbox, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ThemedAnswer } from '../../../shared/themes.ts';
import { SentimentBadge } from './SentimentBadge.tsx';

export interface ThemeChoice {
  value: string;
  label: string;
}

/** Answers with their theme (movable), confidence and sentiment (hover: the decisive words). */
export function AnswerList(props: {
  answers: ThemedAnswer[];
  total: number;
  themeChoices: ThemeChoice[];
  labelOf: (id: string | null) => string;
  onMove: (answer: ThemedAnswer, themeId: string | null) => void;
  onMore: () => void;
  selectable: boolean;
  selected: Set<string>;
  onSelect: (ref: string, on: boolean) => void;
}) {
  const { t } = useTranslation('themes');
  const NONE = '__none__';
  return (
    <Stack gap="xs">
      <Table striped verticalSpacing="xs" data-testid="answer-list">
        <Table.Thead>
          <Table.Tr>
            {props.selectable && <Table.Th w={32} />}
            <Table.Th>{t('answer')}</Table.Th>
            <Table.Th w={230}>{t('theme')}</Table.Th>
            <Table.Th w={90}>{t('confidence')}</Table.Th>
            <Table.Th w={100}>{t('sentiment')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.answers.map((a) => (
            <Table.Tr key={a.ref} data-testid="answer-row">
              {props.selectable && (
                <Table.Td>
                  <Checkbox aria-label={a.text} checked={props.selected.has(a.ref)} onChange={(e) => props.onSelect(a.ref, e.currentTarget.checked)} />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{a.text}</Text>
              </Table.Td>
              <Table.Td>
                <Tooltip label={a.matched.length ? t('matched', { words: a.matched.slice(0, 5).join(', ') }) : props.labelOf(a.themeId)} multiline w={260}>
                  <Select
                    size="xs"
                    aria-label={t('moveTo')}
                    data={[{ value: NONE, label: t('noTheme') }, ...props.themeChoices]}
                    value={a.themeId ?? NONE}
                    onChange={(v) => v && v !== (a.themeId ?? NONE) && props.onMove(a, v === NONE ? null : v)}
                    allowDeselect={false}
                    searchable
                  />
                </Tooltip>
              </Table.Td>
              <Table.Td>
                {a.manual ? (
                  <Badge variant="outline" size="sm">
                    {t('manual')}
                  </Badge>
                ) : (
                  <Text size="sm" c={a.confidence < 0.5 ? 'orange' : undefined}>
                    {Math.round(a.confidence * 100)}%
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <SentimentBadge sentiment={a.sentiment} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {props.answers.length < props.total && (
        <Group justify="center">
          <Button variant="subtle" onClick={props.onMore}>
            {t('more')} ({props.answers.length}/{props.total})
          </Button>
        </Group>
      )}
    </Stack>
  );
}
