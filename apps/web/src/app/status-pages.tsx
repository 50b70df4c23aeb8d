import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../lib/use-page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.body')}</Text>
      <Group>
        <Button component={Link} to="/" variant="default">
          {t('notFound.back')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Shown inside the app shell when a page throws while rendering; details stay in the console. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  usePageTitle(t('crash.title'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('crash.title')}</Title>
      <Text>{t('crash.body')}</Text>
      <Group>
        <Button onClick={() => window.location.reload()}>{t('crash.reload')}</Button>
        <Button component={Link} to="/" variant="default" reloadDocument>
          {t('notFound.back')}
        </Button>
      </Group>
    </Stack>
  );
}
