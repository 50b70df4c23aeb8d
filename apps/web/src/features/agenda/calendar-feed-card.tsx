import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, CopyButton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { formatDate } from '../../lib/dates';

const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
    }
  }
`);

const ResetCalendarFeedMutation = graphql(`
  mutation ResetCalendarFeed {
    resetCalendarFeed {
      url
      createdAt
    }
  }
`);

/** The person's secret subscription link: created or reset here, shown once. */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const { data, refetch } = useQuery(CalendarFeedQuery);
  const [reset, { loading, error }] = useMutation(ResetCalendarFeedMutation);
  const [url, setUrl] = useState<string | null>(null);
  const feed = data?.calendarFeed;
  const create = async () => {
    const result = await reset().catch(() => null);
    if (result?.data) {
      setUrl(result.data.resetCalendarFeed.url);
      void refetch();
    }
  };
  return (
    <Card component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="calendar-feed-title">
          {t('agenda.calendar.title')}
        </Title>
        <Text size="sm">{t('agenda.calendar.intro')}</Text>
        {url ? (
          <>
            <TextInput label={t('agenda.calendar.url')} value={url} readOnly onFocus={(e) => e.currentTarget.select()} />
            <Text size="sm">{t('agenda.calendar.keepSecret')}</Text>
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy} w="fit-content">
                  {copied ? t('agenda.calendar.copied') : t('agenda.calendar.copy')}
                </Button>
              )}
            </CopyButton>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {feed
              ? t('agenda.calendar.exists', { date: formatDate(feed.createdAt, currentLocale()) })
              : t('agenda.calendar.none')}
          </Text>
        )}
        {error && <ErrorAlert error={error} />}
        <Button
          variant={feed ? 'default' : 'filled'}
          onClick={() => void create()}
          loading={loading}
          w="fit-content"
          style={{ whiteSpace: 'normal', height: 'auto', minHeight: 44 }}
        >
          {feed ? t('agenda.calendar.reset') : t('agenda.calendar.create')}
        </Button>
      </Stack>
    </Card>
  );
}
