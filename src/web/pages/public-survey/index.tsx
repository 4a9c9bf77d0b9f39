import { Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The public survey page (/s/:slug) is built with the surveys capability.
export default function PublicSurvey() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Text>{t('notBuilt.surveys')}</Text>
    </Center>
  );
}
