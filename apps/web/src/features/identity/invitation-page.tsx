import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { currentLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/dates';
import { ErrorAlert } from '../../lib/error-alert';
import { PasswordField } from '../../lib/password-field';
import { Facts } from '../../lib/facts';
import type { ErrorOverrides } from '../../lib/errors';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader, useRenewSession } from './session';

const InvitationQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      role
      invitedByName
      expiresAt
      ptce {
        id
        name
        town
      }
    }
  }
`);

const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      id
      displayName
    }
  }
`);

// On this page a missing invitation is "no such invitation", not "no such page".
const INVITATION_ERRORS: ErrorOverrides = { NOT_FOUND: 'invitationNotFound' };

type FieldErrors = Partial<Record<'displayName' | 'password' | 'passwordConfirm', string>>;

export function InvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const { token = '' } = useParams();
  const { data, loading, error } = useQuery(InvitationQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const [accept, { loading: submitting }] = useMutation(AcceptInvitationMutation);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const renewSession = useRenewSession();
  const navigate = useNavigate();
  const min = LIMITS.passwordMinLength;

  if (loading) return <PageLoader />;

  const invitation = data?.invitation;
  if (!invitation) {
    return (
      <Stack maw={520} mx="auto" gap="lg" py="lg">
        <Title order={1}>{t('invitation.title')}</Title>
        <ErrorAlert error={error} overrides={INVITATION_ERRORS} />
        <Group>
          <Button component={Link} to="/connexion" variant="default">
            {t('invitation.goToLogin')}
          </Button>
        </Group>
      </Stack>
    );
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const displayName = String(form.get('displayName') ?? '').trim();
    const password = String(form.get('password') ?? '');
    const passwordConfirm = String(form.get('passwordConfirm') ?? '');
    const errors: FieldErrors = {};
    if (!displayName) errors.displayName = t('invitation.displayNameRequired');
    if (password.length < min) errors.password = t('invitation.passwordTooShort', { min });
    else if (password !== passwordConfirm) errors.passwordConfirm = t('invitation.passwordMismatch');
    setFieldErrors(errors);
    setSubmitError(null);
    if (Object.keys(errors).length > 0) return;
    try {
      await accept({ variables: { input: { token, displayName, password } } });
    } catch (caught) {
      setSubmitError(caught);
      return;
    }
    await renewSession();
    await navigate('/', { replace: true });
  };

  const locale = currentLocale();
  return (
    <Stack maw={520} mx="auto" gap="lg" py="lg">
      <div>
        <Title order={1}>{t('invitation.title')}</Title>
        <Text mt="xs">{t('invitation.intro', { inviter: invitation.invitedByName })}</Text>
      </div>
      <Card>
        <Stack gap="sm">
          <Facts
            items={[
              {
                label: t('invitation.ptce'),
                value: invitation.ptce.town ? `${invitation.ptce.name} (${invitation.ptce.town})` : invitation.ptce.name,
              },
              { label: t('invitation.email'), value: invitation.email },
              { label: t('invitation.role'), value: t(`user.roles.${invitation.role}`) },
            ]}
          />
          <Text size="sm" c="dimmed">
            {t('invitation.expires', { date: formatDate(invitation.expiresAt, locale) })}
          </Text>
        </Stack>
      </Card>
      <Card component="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          {submitError !== null && <ErrorAlert error={submitError} overrides={INVITATION_ERRORS} />}
          {/* Lets password managers file the new password under the right account. */}
          <input type="email" name="username" autoComplete="username" value={invitation.email} readOnly hidden />
          <TextInput
            name="displayName"
            label={t('invitation.displayName')}
            description={t('invitation.displayNameHint')}
            autoComplete="name"
            maxLength={LIMITS.displayNameMaxLength}
            required
            error={fieldErrors.displayName}
          />
          <PasswordField
            name="password"
            label={t('invitation.password')}
            description={t('invitation.passwordHint', { min })}
            autoComplete="new-password"
            minLength={min}
            maxLength={LIMITS.passwordMaxLength}
            required
            error={fieldErrors.password}
          />
          <PasswordField
            name="passwordConfirm"
            label={t('invitation.passwordConfirm')}
            autoComplete="new-password"
            maxLength={LIMITS.passwordMaxLength}
            required
            error={fieldErrors.passwordConfirm}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {t('invitation.submit')}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
