import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Box,
  Button,
  Divider,
  Group,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { notificationPath } from '@tandem/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getFragmentData } from '../../gql';
import { currentLocale } from '../../app/i18n';
import { useRealtime } from '../../app/realtime-context';
import { formatDateTime } from '../../lib/dates';
import { ErrorAlert } from '../../lib/error-alert';
import { BellIcon } from '../../lib/icons';
import {
  MarkAllNotificationsReadMutation,
  MarkNotificationReadMutation,
  NotificationBellQuery,
  NotificationEventsSubscription,
  NotificationFieldsFragment,
} from './documents';
import { notificationText } from './notification-text';

/**
 * The bell of the header: the unread count, and the list in a popover. Live through
 * `notificationEvents` (ids only: each event reloads the list and the count from the server) and
 * after every reconnect, so the count is the database's, also after a reload.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const realtime = useRealtime();
  const [opened, setOpened] = useState(false);
  const { data, error, refetch, fetchMore, loading } = useQuery(NotificationBellQuery, { fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationEventsSubscription, { onData: () => void refetch() });
  const [markRead] = useMutation(MarkNotificationReadMutation);
  const [markAll, markAllState] = useMutation(MarkAllNotificationsReadMutation, { onCompleted: () => void refetch() });

  // Whatever was missed while the connection was down is in the database: reload once it is back.
  useEffect(() => {
    let previous = realtime.getState();
    return realtime.subscribe(() => {
      const state = realtime.getState();
      if (previous === 'lost' && state === 'ok') void refetch();
      previous = state;
    });
  }, [realtime, refetch]);

  const count = data?.unreadNotificationCount ?? 0;
  const items = (data?.notifications.edges ?? []).map((edge) => getFragmentData(NotificationFieldsFragment, edge.node));
  const open = (item: (typeof items)[number]) => {
    setOpened(false);
    if (!item.readAt) void markRead({ variables: { id: item.id } }).then(() => refetch());
    void navigate(notificationPath(item));
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width="min(380px, calc(100vw - 16px))"
      shadow="md"
      withinPortal
      trapFocus
    >
      <Popover.Target>
        <Button
          variant="default"
          px="xs"
          onClick={() => setOpened((o) => !o)}
          aria-label={count > 0 ? t('notifications.bellUnread', { count }) : t('notifications.bell')}
          data-testid="notification-bell"
          rightSection={
            count > 0 ? (
              <Badge size="sm" color="red" circle={count < 10} data-testid="notification-count" aria-hidden>
                {count > 99 ? '99+' : count}
              </Badge>
            ) : undefined
          }
        >
          <BellIcon />
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={0} aria-label={t('notifications.title')} role="dialog">
        <Text fw={700} component="h2" size="md" m={0} px="md" py="xs">
          {t('notifications.title')}
        </Text>
        <Divider />
        {error && !data && (
          <Box p="md">
            <ErrorAlert error={error} onRetry={() => void refetch()} />
          </Box>
        )}
        {!data && loading && (
          <Group justify="center" p="md">
            <Loader size="sm" aria-label={t('app.loading')} />
          </Group>
        )}
        {data && items.length === 0 && (
          <Text p="md" size="sm" c="dimmed">
            {t('notifications.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <ScrollArea.Autosize mah={420}>
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }} data-testid="notification-list">
              {items.map((item) => (
                <li key={item.id}>
                  <UnstyledButton
                    component="a"
                    href={notificationPath(item)}
                    onClick={(event: React.MouseEvent) => {
                      event.preventDefault();
                      open(item);
                    }}
                    className="notification-item"
                    data-unread={item.readAt ? undefined : 'true'}
                    px="md"
                    py="sm"
                    display="block"
                    w="100%"
                  >
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      {!item.readAt && (
                        <Badge size="xs" variant="filled" color="teal.9" style={{ flexShrink: 0 }}>
                          {t('notifications.unread')}
                        </Badge>
                      )}
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={item.readAt ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
                          {notificationText(t, item)}
                        </Text>
                        {(item.kind === 'MENTION' || item.kind === 'THREAD_REPLY') && item.excerpt && (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {item.excerpt}
                          </Text>
                        )}
                        <Text size="xs" c="dimmed">
                          <time dateTime={item.createdAt}>{formatDateTime(item.createdAt, locale)}</time>
                        </Text>
                      </Stack>
                    </Group>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
            {data?.notifications.pageInfo.hasNextPage && (
              <Group justify="center" p="xs">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() =>
                    void fetchMore({
                      variables: { after: data.notifications.pageInfo.endCursor },
                      updateQuery: (previous, { fetchMoreResult }) => ({
                        ...fetchMoreResult,
                        notifications: {
                          ...fetchMoreResult.notifications,
                          edges: [...previous.notifications.edges, ...fetchMoreResult.notifications.edges],
                        },
                      }),
                    })
                  }
                >
                  {t('notifications.loadMore')}
                </Button>
              </Group>
            )}
          </ScrollArea.Autosize>
        )}
        <Divider />
        <Group justify="space-between" px="md" py="xs" gap="xs" wrap="wrap">
          <Anchor component={Link} to="/notifications/preferences" size="sm" onClick={() => setOpened(false)}>
            {t('notifications.preferencesLink')}
          </Anchor>
          <Button
            size="compact-sm"
            variant="subtle"
            disabled={count === 0}
            loading={markAllState.loading}
            onClick={() => void markAll()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}
