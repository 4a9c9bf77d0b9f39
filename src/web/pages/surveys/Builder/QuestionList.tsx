import { Badge, Button, Group, Menu, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toLocalized } from './LocalizedInput.tsx';
import { NEW_QUESTION_KINDS, pagesOf, type Definition, type NewQuestionKind, type Position } from './definition-editing.ts';

interface Props {
  def: Definition;
  selected: Position | null;
  onSelect(pos: Position): void;
  onAdd(kind: NewQuestionKind, page: number): void;
  onMove(pos: Position, direction: -1 | 1): void;
  onDuplicate(pos: Position): void;
  onDelete(pos: Position): void;
  onAddPage(): void;
  onDeletePage(page: number): void;
}

/** The questions page by page, with add, reorder (up/down), duplicate and delete. */
export function QuestionList(p: Props) {
  const { t, i18n } = useTranslation('surveys');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'nl';
  const pages = pagesOf(p.def);
  return (
    <Stack gap="sm">
      {pages.map((page, pi) => (
        <Paper key={pi} withBorder p="xs">
          <Group justify="space-between" mb={4}>
            <Text fw={600} size="sm">
              {t('builder.page', { n: pi + 1 })}
            </Text>
            {(page.elements ?? []).length === 0 && pages.length > 1 && (
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => p.onDeletePage(pi)}>
                {t('builder.deletePage')}
              </Button>
            )}
          </Group>
          <Stack gap={4}>
            {(page.elements ?? []).map((e, qi) => {
              const active = p.selected?.page === pi && p.selected.index === qi;
              const pos = { page: pi, index: qi };
              const title = toLocalized(e.title);
              return (
                <Paper key={`${String(e.name)}-${qi}`} p={6} bg={active ? 'teal.0' : undefined} withBorder={active}>
                  <UnstyledButton onClick={() => p.onSelect(pos)} w="100%" data-testid={`question-${String(e.name)}`}>
                    <Group gap={6} wrap="nowrap">
                      <Badge size="xs" variant="light">
                        {String(e.type)}
                      </Badge>
                      <Text size="sm" lineClamp={1}>
                        {(lang === 'en' ? title.en || title.nl : title.nl) || String(e.name)}
                        {e.isRequired ? ' *' : ''}
                      </Text>
                    </Group>
                  </UnstyledButton>
                  {active && (
                    <Group gap={4} mt={4}>
                      <Button size="compact-xs" variant="default" onClick={() => p.onMove(pos, -1)} aria-label={t('builder.moveUp')}>
                        ↑ {t('builder.moveUp')}
                      </Button>
                      <Button size="compact-xs" variant="default" onClick={() => p.onMove(pos, 1)} aria-label={t('builder.moveDown')}>
                        ↓ {t('builder.moveDown')}
                      </Button>
                      <Button size="compact-xs" variant="default" onClick={() => p.onDuplicate(pos)}>
                        {t('builder.duplicate')}
                      </Button>
                      <Button size="compact-xs" variant="light" color="red" onClick={() => p.onDelete(pos)}>
                        {t('builder.deleteQuestion')}
                      </Button>
                    </Group>
                  )}
                </Paper>
              );
            })}
          </Stack>
          <Menu position="bottom-start">
            <Menu.Target>
              <Button size="compact-sm" variant="light" mt="xs" data-testid={`add-question-${pi}`}>
                + {t('builder.addQuestion')}
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              {NEW_QUESTION_KINDS.map((k) => (
                <Menu.Item key={k} onClick={() => p.onAdd(k, pi)} data-testid={`add-${k}`}>
                  {t(`builder.types.${k}`)}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Paper>
      ))}
      <Button variant="default" onClick={p.onAddPage}>
        + {t('builder.addPage')}
      </Button>
    </Stack>
  );
}
