import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { describeError } from '../../lib/errors';

/** The sentence a pair error deserves: the server's `reason` when we have words for it, else the general one. */
export function PairErrorAlert({ error, id }: { error: unknown; id?: string }) {
  const { t, i18n } = useTranslation();
  const { reason } = describeError(error);
  const key = reason ? `pairs.errors.${reason}` : null;
  if (!key || !i18n.exists(key)) return <ErrorAlert error={error} id={id} />;
  return (
    <Alert id={id} color="red" variant="light" role="alert">
      <Text size="sm" c="red.9">
        {t(key as 'pairs.errors.ALREADY_OPEN')}
      </Text>
    </Alert>
  );
}
