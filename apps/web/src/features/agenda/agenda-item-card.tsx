import { Badge, Box, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import type { AgendaItemFieldsFragment as Item } from '../../gql/graphql';
import { Markdown } from '../documents/markdown';
import { NoteLink } from '../documents/note-link';
import { formatAgendaTime } from './agenda-format';

// The card's three actions fit one line of a two-column day at 1366 px: a slightly smaller text, the
// touch target kept at 44 px.
const ACTION = { size: 'sm', h: 44, px: 'sm' } as const;

export function AgendaItemCard({
  item,
  overlaps,
  editors,
  canEdit,
  onEdit,
  onDelete,
  onOpenThread,
  openingThread,
}: {
  item: Item;
  overlaps: boolean;
  editors: string[];
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onOpenThread: () => void;
  openingThread: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const time = t('agenda.time', { start: formatAgendaTime(item.startTime, locale), end: formatAgendaTime(item.endTime, locale) });
  // French puts a space before the colon.
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const themeLabel = item.theme ? (locale === 'fr' ? item.theme.labelFr : item.theme.labelEn) : null;
  return (
    <Card
      component="article"
      id={`moment-${item.id}`}
      data-testid="agenda-item"
      aria-labelledby={`agenda-item-${item.id}`}
      padding="md"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700}>{time}</Text>
          <Group gap={6}>
            <Badge variant="light" color="gray">
              {t(`agenda.kinds.${item.kind}`)}
            </Badge>
            <Badge variant={item.status === 'CONFIRMED' ? 'filled' : 'outline'}>{t(`agenda.statuses.${item.status}`)}</Badge>
            {overlaps && (
              <Badge variant="light" color="amber.8">
                {t('agenda.overlap')}
              </Badge>
            )}
          </Group>
        </Group>
        {/* React escapes the title: HTML typed in it stays text. */}
        <Title order={4} id={`agenda-item-${item.id}`} size="h5" style={{ overflowWrap: 'anywhere' }}>
          {item.title}
        </Title>
        {editors.map((name) => (
          <Text key={name} size="sm" fs="italic" c="tandem.8" role="status">
            {t('agenda.editingBy', { name })}
          </Text>
        ))}
        {item.location && (
          <Text size="sm">
            <Text span fw={600}>
              {t('agenda.location')}
              {colon}
            </Text>
            {item.location}
          </Text>
        )}
        {themeLabel && (
          <Text size="sm">
            <Text span fw={600}>
              {t('agenda.theme')}
              {colon}
            </Text>
            {themeLabel}
          </Text>
        )}
        {item.hosts.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('agenda.hosts')}
            </Text>
            <List size="sm" spacing={2}>
              {item.hosts.map((host) => (
                <List.Item key={host.id}>
                  {host.name}
                  {host.role ? ` — ${host.role}` : ''} ({t(`agenda.hostKinds.${host.kind}`)})
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {item.questions && (
          <div>
            <Text size="sm" fw={600}>
              {t('agenda.questions')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {item.questions}
            </Text>
          </div>
        )}
        {item.notes && (
          // Notes are markdown (DESIGN §3), rendered without raw HTML.
          <Box fz="sm" className="agenda-notes">
            <Markdown>{item.notes}</Markdown>
          </Box>
        )}
        {item.note && <NoteLink pairId={item.pairId} note={item.note} />}
        {/* The discussion on the left, the two edits together on the right: if the card is too narrow they
            go to the next line as a pair, never « Supprimer » alone. */}
        <Group gap={4} mt={4} justify="space-between">
          <Button
            variant="default"
            {...ACTION}
            onClick={onOpenThread}
            loading={openingThread}
            aria-label={t('agenda.openThreadLabel', { title: item.title })}
          >
            {t('agenda.openThread')}
          </Button>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <Button variant="light" {...ACTION} onClick={onEdit} aria-label={t('agenda.editLabel', { title: item.title })}>
                {t('agenda.edit')}
              </Button>
              <Button
                variant="subtle"
                color="red.9"
                {...ACTION}
                onClick={onDelete}
                aria-label={t('agenda.deleteLabel', { title: item.title })}
              >
                {t('agenda.delete')}
              </Button>
            </Group>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
