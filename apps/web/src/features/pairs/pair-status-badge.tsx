import { Badge } from '@mantine/core';
import type { PairStatus } from '@tandem/shared';
import { useTranslation } from 'react-i18next';

// The words carry the status; colour only repeats them. Text shades keep 4.5:1 on the light fills.
const COLORS: Record<PairStatus, { color: string; text: string }> = {
  REQUESTED: { color: 'amber', text: 'amber.9' },
  ACTIVE: { color: 'tandem', text: 'tandem.8' },
  COMPLETED: { color: 'indigo', text: 'indigo.9' },
  DECLINED: { color: 'gray', text: 'gray.8' },
  WITHDRAWN: { color: 'gray', text: 'gray.8' },
};

export function PairStatusBadge({ status }: { status: PairStatus }) {
  const { t } = useTranslation();
  const { color, text } = COLORS[status];
  return (
    <Badge
      variant="light"
      color={color}
      c={text}
      tt="none"
      size="lg"
      radius="sm"
      fw={600}
      style={{ height: 'auto', minHeight: '1.75rem', whiteSpace: 'normal' }}
    >
      {t(`pair.status.${status}`)}
    </Badge>
  );
}
