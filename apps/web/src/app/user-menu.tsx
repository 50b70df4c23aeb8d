import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeQuery } from '../gql/graphql';
import { BellIcon, ChevronDownIcon, LogOutIcon } from '../lib/icons';

type Me = NonNullable<MeQuery['me']>;

/** Desktop: the person's name opens their account menu. */
export function UserMenu({ me, onLogOut, loggingOut }: { me: Me; onLogOut: () => void; loggingOut: boolean }) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<ChevronDownIcon />} aria-label={`${me.displayName} — ${t('user.menu')}`}>
          <Text span truncate maw={180} size="sm" fw={600}>
            {me.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="dark">
            {me.displayName}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`user.roles.${me.role}`)}
            {me.ptce ? ` · ${me.ptce.name}` : ''}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/notifications/preferences" leftSection={<BellIcon />}>
          {t('notifications.preferencesLink')}
        </Menu.Item>
        <Menu.Item leftSection={<LogOutIcon />} onClick={onLogOut} disabled={loggingOut}>
          {loggingOut ? t('user.loggingOut') : t('user.logOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
