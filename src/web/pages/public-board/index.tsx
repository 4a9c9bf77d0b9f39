import { Center, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

// The public ideas board (/b/:slug) is built with the ideas capability.
export default function PublicBoard() {
  const { t } = useTranslation();
  return (
    <Center h="100vh">
      <Text>{t('notBuilt.ideas')}</Text>
    </Center>
  );
}
