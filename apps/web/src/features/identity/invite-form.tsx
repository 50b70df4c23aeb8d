import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/dates';
import { ErrorAlert } from '../../lib/error-alert';

const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      id
      email
      role
      expiresAt
    }
  }
`);

type InviteRole = 'MEMBER' | 'COORDINATOR';

// A light check for typing mistakes; the server validates for real.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function InviteForm() {
  const { t } = useTranslation();
  const headingId = useId();
  const [invite, { loading }] = useMutation(InviteMemberMutation);
  const [role, setRole] = useState<InviteRole>('MEMBER');
  const [emailError, setEmailError] = useState<string>();
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<{ email: string; expiresAt: string } | null>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const email = String(new FormData(formElement).get('email') ?? '').trim();
    setError(null);
    setSent(null);
    if (!email) return setEmailError(t('invite.emailRequired'));
    if (!EMAIL_SHAPE.test(email)) return setEmailError(t('invite.emailInvalid'));
    setEmailError(undefined);
    try {
      const { data } = await invite({ variables: { input: { email, role } } });
      if (data) setSent({ email: data.inviteMember.email, expiresAt: data.inviteMember.expiresAt });
      formElement.reset();
      setRole('MEMBER');
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={headingId}>
            {t('invite.title')}
          </Title>
          <Text mt="xs" size="sm">
            {t('invite.intro', { days: LIMITS.invitationTtlDays })}
          </Text>
        </div>
        <div role="status" aria-live="polite">
          {sent && (
            <Alert color="tandem" variant="light">
              <Text size="sm" c="tandem.8">
                {t('invite.sent', { email: sent.email, date: formatDate(sent.expiresAt, currentLocale()) })}
              </Text>
            </Alert>
          )}
        </div>
        {error !== null && <ErrorAlert error={error} />}
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <TextInput
              name="email"
              type="email"
              label={t('invite.email')}
              autoComplete="off"
              inputMode="email"
              maxLength={LIMITS.emailMaxLength}
              required
              error={emailError}
            />
            <Radio.Group
              name="role"
              label={t('invite.role')}
              value={role}
              onChange={(value) => setRole(value === 'COORDINATOR' ? 'COORDINATOR' : 'MEMBER')}
            >
              <Stack gap="sm" mt="xs">
                <Radio value="MEMBER" label={t('invite.roleMember')} description={t('invite.roleMemberHint')} />
                <Radio value="COORDINATOR" label={t('invite.roleCoordinator')} description={t('invite.roleCoordinatorHint')} />
              </Stack>
            </Radio.Group>
            <div>
              <Button type="submit" loading={loading}>
                {t('invite.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
