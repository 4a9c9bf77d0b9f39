import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch/index.tsx';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Box w="100%" maw={420}>
        <Group justify="space-between" mb="md">
          <Title order={2} c="teal.8">
            {t('appName')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl">
          <Stack>
            <Title order={3}>{title}</Title>
            {children}
          </Stack>
        </Paper>
        <Text size="sm" c="dimmed" mt="md" ta="center">
          {t('tagline')}
        </Text>
      </Box>
    </Center>
  );
}
