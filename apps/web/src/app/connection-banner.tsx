import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useConnectionState } from './realtime-context';

/** One calm line while live updates are cut off; the live region stays mounted so it is announced. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const lost = useConnectionState() === 'lost';
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ position: 'sticky', top: 'var(--app-shell-header-height, 64px)', zIndex: 'var(--mantine-z-index-app)' }}
    >
      {lost && (
        <Alert color="amber" variant="light" radius={0} py="xs" styles={{ message: { color: 'var(--mantine-color-amber-9)' } }}>
          <Text fw={600} size="sm" c="amber.9">
            {t('connection.lost')}
          </Text>
          <Text size="sm" c="amber.9">
            {t('connection.lostHint')}
          </Text>
        </Alert>
      )}
    </div>
  );
}
