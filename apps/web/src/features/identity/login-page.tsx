import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { changeLocale, currentLocale, hasStoredLocale, isLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { PasswordField } from '../../lib/password-field';
import { usePageTitle } from '../../lib/use-page-title';
import { safeNext } from './login-path';
import { PageLoader, useMe, useRenewSession } from './session';

const LogInMutation = graphql(`
  mutation LogIn($email: String!, $password: String!) {
    logIn(email: $email, password: $password) {
      id
      displayName
      locale
    }
  }
`);

type FieldErrors = Partial<Record<'email' | 'password', string>>;

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = params.get('session');
  const { me, loading } = useMe();
  const navigate = useNavigate();
  const renewSession = useRenewSession();
  const [logIn, { loading: submitting }] = useMutation(LogInMutation);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const errorId = useId();

  if (loading) return <PageLoader />;
  // Already signed in (e.g. a bookmarked log-in page): go where the person was heading. Not right after
  // a log-out or an expiry, while the previous person may still be in the cache.
  if (me && !submitting && !session) return <Navigate to={next} replace />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const errors: FieldErrors = {};
    if (!email) errors.email = t('login.emailRequired');
    if (!password) errors.password = t('login.passwordRequired');
    setFieldErrors(errors);
    setError(null);
    if (Object.keys(errors).length > 0) return;
    try {
      const { data } = await logIn({ variables: { email, password } });
      // On a new device, speak the language the account chose (switching later is remembered here).
      const accountLocale = data?.logIn.locale;
      if (!hasStoredLocale() && isLocale(accountLocale) && accountLocale !== currentLocale()) {
        void changeLocale(accountLocale);
      }
    } catch (caught) {
      setError(caught);
      return;
    }
    await renewSession();
    await navigate(next, { replace: true });
  };

  return (
    <Stack maw={440} mx="auto" gap="lg" py="lg">
      <div>
        <Title order={1}>{t('login.title')}</Title>
        <Text mt="xs" c="dimmed">
          {t('login.intro')}
        </Text>
      </div>
      {session === 'expiree' && !error && (
        <Alert color="amber" variant="light" role="status">
          <Text size="sm" c="amber.9">
            {t('login.sessionExpired')}
          </Text>
        </Alert>
      )}
      {session === 'terminee' && !error && (
        <Alert color="tandem" variant="light" role="status">
          <Text size="sm" c="tandem.8">
            {t('login.loggedOut')}
          </Text>
        </Alert>
      )}
      <Card component="form" noValidate onSubmit={(event) => void onSubmit(event)} aria-describedby={error ? errorId : undefined}>
        <Stack gap="md">
          {error !== null && <ErrorAlert id={errorId} error={error} />}
          <TextInput
            name="email"
            type="email"
            label={t('login.email')}
            autoComplete="username"
            inputMode="email"
            required
            error={fieldErrors.email}
            maxLength={254}
          />
          <PasswordField
            name="password"
            label={t('login.password')}
            autoComplete="current-password"
            required
            error={fieldErrors.password}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('login.submit')}
          </Button>
        </Stack>
      </Card>
      <div>
        <Title order={2} size="h4">
          {t('login.noAccountTitle')}
        </Title>
        <Text mt="xs" size="sm">
          {t('login.noAccount')}
        </Text>
      </div>
    </Stack>
  );
}
