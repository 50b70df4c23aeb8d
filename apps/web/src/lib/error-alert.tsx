import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeError, type ErrorOverrides } from './errors';

/** The sentence for an error; never a code or a stack. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown, overrides?: ErrorOverrides): string => {
    const { key, values } = describeError(error, overrides);
    return values ? t(`errors.${key}`, values) : t(`errors.${key}`);
  };
}

export function ErrorAlert({
  error,
  overrides,
  onRetry,
  id,
}: {
  error: unknown;
  overrides?: ErrorOverrides;
  onRetry?: () => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const message = useErrorMessage()(error, overrides);
  return (
    <Alert id={id} color="red" variant="light" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm" c="red.9">
          {message}
        </Text>
        {onRetry && (
          <Button variant="default" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A page that could not load: it keeps its heading, then says why and offers to retry. */
export function PageError({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <ErrorAlert error={error} onRetry={onRetry} />
    </Stack>
  );
}
