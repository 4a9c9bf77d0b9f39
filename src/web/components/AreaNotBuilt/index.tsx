import { Badge, Card, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Area = 'surveys' | 'ideas' | 'analysis' | 'segments' | 'themes' | 'decisions' | 'customers';

/** An area of the app that does not exist yet says so plainly instead of pretending. */
export function AreaNotBuilt({ area }: { area: Area }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xl" maw={720} data-testid={`area-not-built-${area}`}>
      <Group justify="space-between" mb="sm">
        <Title order={2}>{t(`nav.${area}`)}</Title>
        <Badge color="gray" variant="light">
          {t('notBuilt.badge')}
        </Badge>
      </Group>
      <Text c="dimmed">{t('notBuilt.text')}</Text>
      <Text mt="xs">{t(`notBuilt.${area}`)}</Text>
    </Card>
  );
}
