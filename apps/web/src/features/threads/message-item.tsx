import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { LIMITS, type Locale } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../lib/error-alert';
import { formatDateTime } from '../../lib/dates';
import { DeleteMessageMutation, EditMessageMutation } from './documents';
import { MessageBody } from './message-body';
import type { FeedMessage } from './sender';

export function MessageItem({
  message,
  mine,
  status,
  onChanged,
}: {
  message: FeedMessage;
  mine: boolean;
  status?: string;
  onChanged: (message: Partial<FeedMessage> & { seq: number }) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(message.body);
  const [edit, editState] = useMutation(EditMessageMutation);
  const [remove, removeState] = useMutation(DeleteMessageMutation);
  const deleted = Boolean(message.deletedAt);

  const save = async () => {
    const result = await edit({ variables: { id: message.id, body: draft } }).catch(() => null);
    if (result?.data) {
      onChanged(result.data.editMessage);
      setEditing(false);
    }
  };
  const destroy = async () => {
    if (!window.confirm(t('threads.confirmDelete'))) return;
    const result = await remove({ variables: { id: message.id } }).catch(() => null);
    if (result?.data) onChanged(result.data.deleteMessage);
  };

  return (
    <Paper
      component="article"
      withBorder={false}
      p="xs"
      radius="md"
      bg={mine ? 'var(--mantine-color-teal-0)' : undefined}
      data-seq={message.seq}
    >
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {message.author.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt, locale)}</time>
          {message.editedAt && !deleted ? ` · ${t('threads.edited')}` : ''}
        </Text>
      </Group>
      {deleted ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t('threads.deleted')}
        </Text>
      ) : editing ? (
        <Stack gap="xs" mt="xs">
          <Textarea
            label={t('threads.edit')}
            value={draft}
            onChange={(event) => setDraft(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={LIMITS.messageMaxLength}
          />
          {editState.error && <ErrorAlert error={editState.error} />}
          <Group gap="xs">
            <Button size="sm" onClick={() => void save()} loading={editState.loading} disabled={!draft.trim()}>
              {t('threads.save')}
            </Button>
            <Button size="sm" variant="subtle" onClick={() => setEditing(false)}>
              {t('threads.cancel')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <MessageBody body={message.body} />
      )}
      <Group gap="xs" justify="space-between" mt={4}>
        {status ? (
          <Text size="xs" c="dimmed">
            {status}
          </Text>
        ) : (
          <span />
        )}
        {mine && !deleted && !editing && (
          <Group gap={0}>
            <Button size="compact-sm" variant="subtle" mih={44} onClick={() => (setDraft(message.body), setEditing(true))}>
              {t('threads.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              mih={44}
              onClick={() => void destroy()}
              loading={removeState.loading}
            >
              {t('threads.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {removeState.error && <ErrorAlert error={removeState.error} />}
    </Paper>
  );
}
