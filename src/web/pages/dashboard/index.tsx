import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session.tsx';

const STEPS = ['listen', 'see', 'weigh', 'decide'] as const;

export default function Dashboard() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <>
      <Title order={2} data-testid="dashboard-title">
        {t('dashboard.title', { name: me?.user.name ?? '' })}
      </Title>
      <Text c="dimmed" mt="xs" mb="lg">
        {t('dashboard.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        {STEPS.map((step, i) => (
          <Card key={step} withBorder padding="lg">
            <Text fw={700} c="teal.8">
              {i + 1}. {t(`dashboard.${step}`)}
            </Text>
            <Text size="sm" mt="xs">
              {t(`dashboard.${step}Text`)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
