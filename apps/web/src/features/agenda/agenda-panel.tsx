import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { overlappingIds } from '@tandem/shared';
import { currentLocale } from '../../app/i18n';
import { getFragmentData } from '../../gql';
import type { AgendaItemFieldsFragment as Item } from '../../gql/graphql';
import { ErrorAlert, PageError } from '../../lib/error-alert';
import { PageLoader } from '../identity/session';
import type { PairTabProps } from '../pairs/pair-tab-panels';
import { placeInAgenda } from './agenda-cache';
import {
  AgendaEventsSubscription,
  AgendaItemFieldsFragment,
  AgendaPanelQuery,
  AgendaPresenceSubscription,
  DeleteAgendaItemMutation,
  OpenAgendaThreadMutation,
  StartAgendaFromTemplateMutation,
} from './agenda-documents';
import { formatAgendaDay, parisToday } from './agenda-format';
import { AgendaItemCard } from './agenda-item-card';
import { AgendaItemForm, type FormTarget } from './agenda-item-form';
import { CalendarFeedCard } from './calendar-feed-card';

const EDITABLE = new Set(['REQUESTED', 'ACTIVE', 'COMPLETED']);

function TemplateStart({ pairId }: { pairId: string }) {
  const { t } = useTranslation();
  const [firstDay, setFirstDay] = useState(parisToday());
  const [start, { loading, error }] = useMutation(StartAgendaFromTemplateMutation, { refetchQueries: [AgendaPanelQuery] });
  return (
    <Card component="section" aria-labelledby="agenda-empty-title">
      <Stack gap="sm">
        <Title order={3} size="h4" id="agenda-empty-title">
          {t('agenda.emptyTitle')}
        </Title>
        <Text>{t('agenda.emptyText')}</Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            type="date"
            label={t('agenda.firstDay')}
            value={firstDay}
            onChange={(e) => setFirstDay(e.currentTarget.value)}
          />
          <Button onClick={() => void start({ variables: { pairId, firstDay } }).catch(() => undefined)} loading={loading}>
            {t('agenda.startTemplate')}
          </Button>
        </Group>
        {error && <ErrorAlert error={error} />}
      </Stack>
    </Card>
  );
}

/** The "Ordre du jour" tab: the two days as columns, edited together, live. */
export function AgendaPanel({ pairId }: PairTabProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, loading, error, refetch } = useQuery(AgendaPanelQuery, { variables: { pairId } });
  const [target, setTarget] = useState<FormTarget | null>(null);
  const [toDelete, setToDelete] = useState<Item | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [remove, removing] = useMutation(DeleteAgendaItemMutation);
  const navigate = useNavigate();
  const [openThread, openingThread] = useMutation(OpenAgendaThreadMutation);
  const [openingFor, setOpeningFor] = useState<string | null>(null);
  // The server returns the thread already opened about the item, or opens it titled after the item.
  const openDiscussion = (item: Item) => {
    setOpeningFor(item.id);
    void openThread({ variables: { input: { pairId, title: item.title, agendaItemId: item.id } } })
      .then((result) => {
        const id = result.data?.createThread.id;
        if (id) void navigate(`/espaces/${pairId}/fil?fil=${encodeURIComponent(id)}`);
      })
      .catch(() => undefined)
      .finally(() => setOpeningFor(null));
  };

  useSubscription(AgendaEventsSubscription, {
    variables: { pairId },
    onData: ({ client, data: event }) => {
      const payload = event.data?.agendaEvents;
      if (!payload) return;
      const item = getFragmentData(AgendaItemFieldsFragment, payload.item);
      placeInAgenda(client.cache, item);
      const key = payload.type === 'ADDED' ? 'added' : payload.type === 'UPDATED' ? 'updated' : 'deleted';
      setAnnouncement(t(`agenda.live.${key}`, { title: item.title }));
    },
  });
  const presence = useSubscription(AgendaPresenceSubscription, { variables: { pairId } });

  const items = useMemo(() => (data?.pair ? getFragmentData(AgendaItemFieldsFragment, data.pair.agenda) : []), [data]);
  const overlaps = useMemo(() => overlappingIds(items), [items]);
  const days = useMemo(() => {
    const byDay = new Map<string, Item[]>();
    for (const item of items) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
    return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [items]);

  // A link from a thread ("À propos de : …") points at its item: bring it into view once it is shown.
  const { hash } = useLocation();
  const shown = items.length > 0;
  useEffect(() => {
    if (!shown || !hash.startsWith('#moment-')) return;
    document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [hash, shown]);

  if (loading && !data) return <PageLoader />;
  if (!data?.pair) return <PageError title={t('agenda.title')} error={error} onRetry={() => void refetch()} />;
  const me = data.me;
  const canEdit = Boolean(me && me.role !== 'OPERATOR' && EDITABLE.has(data.pair.status));
  const editors = (presence.data?.agendaPresence.editors ?? []).filter((e) => e.userId !== me?.id);
  const editorsOf = (itemId: string) => editors.filter((e) => e.itemId === itemId).map((e) => e.displayName);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div>
          <Title order={2} size="h3">
            {t('agenda.title')}
          </Title>
          <Text mt={4}>{canEdit ? t('agenda.intro') : t('agenda.readOnly')}</Text>
        </div>
        <Group gap="sm">
          {canEdit && (
            <Button onClick={() => setTarget({ mode: 'add', day: days.at(-1)?.[0] ?? parisToday() })}>{t('agenda.add')}</Button>
          )}
          <Button variant="default" component={Link} to={`/espaces/${pairId}/ordre-du-jour/imprimer`}>
            {t('agenda.print')}
          </Button>
          <Button variant="default" component="a" href={`/api/pairs/${pairId}/agenda.ics`} download>
            {t('agenda.exportIcs')}
          </Button>
        </Group>
      </Group>

      {openingThread.error && <ErrorAlert error={openingThread.error} />}

      {items.length === 0 && canEdit && <TemplateStart pairId={pairId} />}

      <SimpleGrid cols={{ base: 1, md: Math.min(Math.max(days.length, 1), 3) }} spacing="lg">
        {days.map(([day, dayItems]) => (
          <Stack key={day} gap="sm" component="section" aria-labelledby={`agenda-day-${day}`}>
            <Group justify="space-between" gap="xs">
              <Title order={3} size="h4" id={`agenda-day-${day}`}>
                {formatAgendaDay(day, locale)}
              </Title>
              <Text size="sm" c="dimmed">
                {t('agenda.itemsCount', { count: dayItems.length })}
              </Text>
            </Group>
            {dayItems.map((item) => (
              <AgendaItemCard
                key={item.id}
                item={item}
                overlaps={overlaps.has(item.id)}
                editors={editorsOf(item.id)}
                canEdit={canEdit}
                onEdit={() => setTarget({ mode: 'edit', item })}
                onDelete={() => setToDelete(item)}
                onOpenThread={() => openDiscussion(item)}
                openingThread={openingFor === item.id}
              />
            ))}
          </Stack>
        ))}
      </SimpleGrid>

      {me && me.role !== 'OPERATOR' && <CalendarFeedCard />}

      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>

      {target && (
        <AgendaItemForm
          key={target.mode === 'edit' ? target.item.id : 'new'}
          pairId={pairId}
          target={target}
          themes={data.themes}
          hostPtce={data.pair.compagnon}
          otherEditors={target.mode === 'edit' ? editorsOf(target.item.id) : []}
          onClose={() => setTarget(null)}
        />
      )}
      {toDelete && (
        <Modal opened onClose={() => setToDelete(null)} title={t('agenda.delete')}>
          <Stack gap="md">
            <Text>{t('agenda.deleteConfirm', { title: toDelete.title })}</Text>
            {removing.error && <ErrorAlert error={removing.error} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setToDelete(null)}>
                {t('agenda.cancel')}
              </Button>
              <Button
                color="red.9"
                loading={removing.loading}
                onClick={() =>
                  void remove({ variables: { id: toDelete.id, expectedVersion: toDelete.version } })
                    .then(() => {
                      placeInAgenda(removing.client.cache, { ...toDelete, deletedAt: new Date().toISOString() });
                      setToDelete(null);
                    })
                    .catch(() => undefined)
                }
              >
                {t('agenda.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
