import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const STATUS_COLORS: Record<string, string> = { new: 'gray', under_consideration: 'yellow', planned: 'blue', in_progress: 'violet', made: 'green', declined: 'red' };

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation('ideas');
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" data-testid="idea-status">
      {t(`status.${status}`)}
    </Badge>
  );
}

