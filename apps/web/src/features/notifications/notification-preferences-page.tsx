import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Loader, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { DIGEST_FREQUENCIES, type DigestFrequency } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageError } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { NotificationPreferencesQuery, UpdateNotificationPreferencesMutation } from './documents';

type Choices = { digest: DigestFrequency; emailMentions: boolean; emailPairStatus: boolean; emailAgendaSoon: boolean };

/** What Tandem emails the person: the digest frequency and the immediate emails. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation();
  usePageTitle(t('notifications.preferences.title'));
  const { data, error, refetch } = useQuery(NotificationPreferencesQuery, { fetchPolicy: 'network-only' });
  if (error && !data)
    return <PageError title={t('notifications.preferences.title')} error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loader aria-label={t('app.loading')} />;
  const { digest, emailMentions, emailPairStatus, emailAgendaSoon } = data.notificationPreferences;
  return <PreferencesForm initial={{ digest, emailMentions, emailPairStatus, emailAgendaSoon }} />;
}

function PreferencesForm({ initial }: { initial: Choices }) {
  const { t } = useTranslation();
  const [save, saveState] = useMutation(UpdateNotificationPreferencesMutation);
  const [choices, setChoices] = useState<Choices>(initial);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<Choices>) => {
    setSaved(false);
    setChoices({ ...choices, ...change });
  };

  return (
    <Stack
      gap="lg"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save({ variables: { input: choices } }).then(
          () => setSaved(true),
          () => {},
        );
      }}
    >
      <Title order={1} size="h2">
        {t('notifications.preferences.title')}
      </Title>
      <Text>{t('notifications.preferences.intro')}</Text>
      <Paper withBorder p="md">
        <Radio.Group
          value={choices.digest}
          onChange={(value) => set({ digest: value as DigestFrequency })}
          label={t('notifications.preferences.digestLegend')}
          description={t('notifications.preferences.digestHelp')}
        >
          <Stack gap="sm" mt="sm">
            {DIGEST_FREQUENCIES.map((value) => (
              <Radio key={value} value={value} label={t(`notifications.preferences.digest.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
      </Paper>
      <Paper withBorder p="md" component="fieldset" style={{ margin: 0 }}>
        <Text component="legend" fw={500} size="sm" px={4}>
          {t('notifications.preferences.immediateLegend')}
        </Text>
        <Stack gap="sm" mt="xs">
          {(['emailMentions', 'emailPairStatus', 'emailAgendaSoon'] as const).map((key) => (
            <Checkbox
              key={key}
              checked={choices[key]}
              onChange={(event) => set({ [key]: event.currentTarget.checked })}
              label={t(`notifications.preferences.${key}`)}
            />
          ))}
        </Stack>
      </Paper>
      <Text size="sm" c="dimmed">
        {t('notifications.preferences.threadsHelp')}
      </Text>
      {saveState.error && <ErrorAlert error={saveState.error} />}
      {saved && (
        <Alert color="teal" variant="light" role="status">
          {t('notifications.preferences.saved')}
        </Alert>
      )}
      <div>
        <Button type="submit" loading={saveState.loading} mih={44}>
          {t('notifications.preferences.save')}
        </Button>
      </div>
    </Stack>
  );
}
