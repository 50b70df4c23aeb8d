import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  Alert,
  Autocomplete,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGENDA_HOST_KINDS,
  AGENDA_KINDS,
  AGENDA_LIMITS,
  AGENDA_STATUSES,
  i18nResources,
  type AgendaHostKind,
} from '@tandem/shared';
import { currentLocale } from '../../app/i18n';
import { getFragmentData } from '../../gql';
import type { AgendaItemFieldsFragment as Item } from '../../gql/graphql';
import { useErrorMessage } from '../../lib/error-alert';
import { NoteSelect } from '../documents/note-link';
import { placeInAgenda } from './agenda-cache';
import { AgendaConflict } from './agenda-conflict';
import {
  AddAgendaItemMutation,
  AgendaItemFieldsFragment,
  MarkAgendaEditingMutation,
  UpdateAgendaItemMutation,
} from './agenda-documents';
import { draftInput, draftOf, emptyDraft, mergeDrafts, type Draft, type ItemLike } from './draft';

export type FormTarget = { mode: 'add'; day: string } | { mode: 'edit'; item: Item };

interface Conflict {
  current: ItemLike & { version: number; deletedAt: string | null };
}

function conflictOf(error: unknown): Conflict | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const ext = error.errors[0]?.extensions;
  return ext?.code === 'CONFLICT' && ext.current ? { current: ext.current as Conflict['current'] } : null;
}

const REASONS = i18nResources.fr.translation.agenda.form.reasons;
const isKnownReason = (reason: string): reason is keyof typeof REASONS => reason in REASONS;

function reasonOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}

/** Says "I am editing this item" every few seconds while the form is open, and "stopped" on close. */
function usePresenceHeartbeat(pairId: string, itemId: string | null) {
  const [mark] = useMutation(MarkAgendaEditingMutation);
  useEffect(() => {
    if (!itemId) return;
    const beat = () => void mark({ variables: { pairId, itemId } }).catch(() => undefined);
    beat();
    const timer = setInterval(beat, AGENDA_LIMITS.presenceHeartbeatMs);
    return () => {
      clearInterval(timer);
      void mark({ variables: { pairId, itemId: null } }).catch(() => undefined);
    };
  }, [mark, pairId, itemId]);
}

export function AgendaItemForm({
  pairId,
  target,
  themes,
  hostPtce,
  otherEditors,
  onClose,
}: {
  pairId: string;
  target: FormTarget;
  themes: readonly { code: string; labelFr: string; labelEn: string }[];
  /** The host PTCE (the pair's Compagnon): structure hosts are picked from its member structures. */
  hostPtce: { name: string; members: readonly { id: string; name: string; town?: string | null }[] };
  otherEditors: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const errorMessage = useErrorMessage();
  const phone = useMediaQuery('(max-width: 40em)');
  const editing = target.mode === 'edit' ? target.item : null;
  const [draft, setDraft] = useState<Draft>(() =>
    editing ? draftOf(editing) : emptyDraft(target.mode === 'add' ? target.day : ''),
  );
  // The version this person started from: a write against it is refused if someone saved meanwhile.
  const [baseVersion, setBaseVersion] = useState(editing?.version ?? 0);
  // The linked note is kept beside the draft (it is not one of the fields compared on a conflict).
  const [noteId, setNoteId] = useState(editing?.note?.id ?? '');
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [add, adding] = useMutation(AddAgendaItemMutation);
  const [update, updating] = useMutation(UpdateAgendaItemMutation);
  const client = useApolloClient();
  const saving = adding.loading || updating.loading;
  usePresenceHeartbeat(pairId, editing?.id ?? null);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setHost = (index: number, patch: Partial<Draft['hosts'][number]>) =>
    setDraft((d) => ({ ...d, hosts: d.hosts.map((h, i) => (i === index ? { ...h, ...patch } : h)) }));
  const memberNames = [...new Set(hostPtce.members.map((m) => m.name))];
  // A structure typed or picked by its exact directory name is linked to that member; any other name stays free text.
  const setStructureName = (index: number, name: string) =>
    setHost(index, { name, structureRef: hostPtce.members.find((m) => m.name === name.trim())?.id ?? null });

  async function save(values: Draft, expectedVersion: number | null) {
    setProblem(null);
    if (values.endTime <= values.startTime) {
      setProblem(t('agenda.form.reasons.END_BEFORE_START'));
      return;
    }
    try {
      if (expectedVersion === null || !editing) {
        const result = await add({ variables: { input: { pairId, ...draftInput(values), noteId } } });
        const item = result.data && getFragmentData(AgendaItemFieldsFragment, result.data.addAgendaItem);
        if (item) placeInAgenda(client.cache, item);
      } else {
        await update({ variables: { input: { id: editing.id, expectedVersion, ...draftInput(values), noteId } } });
      }
      onClose();
    } catch (error) {
      const stale = conflictOf(error);
      if (stale) {
        setDraft(values);
        setConflict(stale);
        return;
      }
      const reason = reasonOf(error);
      setProblem(reason && isKnownReason(reason) ? t(`agenda.form.reasons.${reason}`) : errorMessage(error));
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(draft, editing ? baseVersion : null);
  };

  const title = editing ? t('agenda.form.editTitle') : t('agenda.form.addTitle');
  return (
    <Modal opened onClose={onClose} title={conflict ? t('agenda.conflict.title') : title} size="xl" fullScreen={phone}>
      {conflict ? (
        <AgendaConflict
          mine={draft}
          theirs={draftOf(conflict.current)}
          theirsDeleted={Boolean(conflict.current.deletedAt)}
          saving={saving}
          onKeepMine={() => {
            const version = conflict.current.version;
            setConflict(null);
            setBaseVersion(version);
            void save(draft, conflict.current.deletedAt ? null : version);
          }}
          onTakeTheirs={onClose}
          onMerge={(keepMine) => {
            const version = conflict.current.version;
            const merged = mergeDrafts(draft, draftOf(conflict.current), keepMine);
            setConflict(null);
            setBaseVersion(version);
            void save(merged, version);
          }}
        />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {otherEditors.map((name) => (
              <Alert key={name} color="tandem" variant="light">
                {t('agenda.form.otherEditing', { name })}
              </Alert>
            ))}
            <TextInput
              label={t('agenda.form.title')}
              required
              maxLength={AGENDA_LIMITS.titleMaxLength}
              value={draft.title}
              onChange={(e) => set('title', e.currentTarget.value)}
              data-autofocus
            />
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <TextInput
                type="date"
                label={t('agenda.form.day')}
                required
                value={draft.day}
                onChange={(e) => set('day', e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('agenda.form.start')}
                description={t('agenda.form.timeHint')}
                required
                value={draft.startTime}
                onChange={(e) => set('startTime', e.currentTarget.value)}
              />
              <TextInput
                type="time"
                label={t('agenda.form.end')}
                description={t('agenda.form.timeHint')}
                required
                value={draft.endTime}
                onChange={(e) => set('endTime', e.currentTarget.value)}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
              <NativeSelect
                label={t('agenda.form.kind')}
                value={draft.kind}
                onChange={(e) => set('kind', e.currentTarget.value as Draft['kind'])}
                data={AGENDA_KINDS.map((k) => ({ value: k, label: t(`agenda.kinds.${k}`) }))}
              />
              <NativeSelect
                label={t('agenda.form.status')}
                value={draft.status}
                onChange={(e) => set('status', e.currentTarget.value as Draft['status'])}
                data={AGENDA_STATUSES.map((s) => ({ value: s, label: t(`agenda.statuses.${s}`) }))}
              />
              <NativeSelect
                label={t('agenda.form.theme')}
                value={draft.themeCode ?? ''}
                onChange={(e) => set('themeCode', e.currentTarget.value || null)}
                data={[
                  { value: '', label: t('agenda.form.noTheme') },
                  ...themes.map((th) => ({ value: th.code, label: locale === 'fr' ? th.labelFr : th.labelEn })),
                ]}
              />
            </SimpleGrid>
            <TextInput
              label={t('agenda.form.location')}
              maxLength={AGENDA_LIMITS.locationMaxLength}
              value={draft.location}
              onChange={(e) => set('location', e.currentTarget.value)}
            />
            <Fieldset legend={t('agenda.form.hosts')} variant="unstyled">
              <Stack gap="sm">
                {draft.hosts.map((host, index) => (
                  <Group key={index} gap="xs" align="flex-end" wrap="wrap">
                    <NativeSelect
                      label={t('agenda.form.hostKind')}
                      value={host.kind}
                      onChange={(e) => {
                        const kind = e.currentTarget.value as AgendaHostKind;
                        const ref = hostPtce.members.find((m) => m.name === host.name.trim())?.id ?? null;
                        setHost(index, { kind, structureRef: kind === 'STRUCTURE' ? ref : null });
                      }}
                      data={AGENDA_HOST_KINDS.map((k) => ({ value: k, label: t(`agenda.hostKinds.${k}`) }))}
                      w={{ base: '100%', xs: 190 }}
                    />
                    {host.kind === 'STRUCTURE' ? (
                      <Autocomplete
                        label={t('agenda.form.hostStructure')}
                        description={
                          host.name.trim()
                            ? host.structureRef
                              ? t('agenda.form.hostFromDirectory')
                              : t('agenda.form.hostNotInDirectory')
                            : t('agenda.form.hostStructureHint', { ptce: hostPtce.name })
                        }
                        data={memberNames}
                        value={host.name}
                        onChange={(value) => setStructureName(index, value)}
                        maxLength={AGENDA_LIMITS.hostNameMaxLength}
                        style={{ flex: '1 1 12rem' }}
                      />
                    ) : (
                      <TextInput
                        label={t('agenda.form.hostName')}
                        value={host.name}
                        onChange={(e) => setHost(index, { name: e.currentTarget.value })}
                        style={{ flex: '1 1 10rem' }}
                      />
                    )}
                    <TextInput
                      label={t('agenda.form.hostRole')}
                      value={host.role}
                      onChange={(e) => setHost(index, { role: e.currentTarget.value })}
                      style={{ flex: '1 1 8rem' }}
                    />
                    <Button
                      variant="subtle"
                      color="red.9"
                      onClick={() => setDraft((d) => ({ ...d, hosts: d.hosts.filter((_, i) => i !== index) }))}
                      aria-label={t('agenda.form.removeHost', { name: host.name || index + 1 })}
                    >
                      ×
                    </Button>
                  </Group>
                ))}
                <Group>
                  <Button
                    variant="default"
                    disabled={draft.hosts.length >= AGENDA_LIMITS.hostsMax}
                    onClick={() => set('hosts', [...draft.hosts, { kind: 'STRUCTURE', name: '', role: '', structureRef: null }])}
                  >
                    {t('agenda.form.addHost')}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
            <Textarea
              label={t('agenda.form.questions')}
              description={t('agenda.form.questionsHint')}
              autosize
              minRows={2}
              maxLength={AGENDA_LIMITS.questionsMaxLength}
              value={draft.questions}
              onChange={(e) => set('questions', e.currentTarget.value)}
            />
            <Textarea
              label={t('agenda.form.notes')}
              description={t('agenda.form.notesHint')}
              autosize
              minRows={2}
              maxLength={AGENDA_LIMITS.notesMaxLength}
              value={draft.notes}
              onChange={(e) => set('notes', e.currentTarget.value)}
            />
            <NoteSelect pairId={pairId} value={noteId} onChange={setNoteId} />
            {problem && (
              <Alert color="red" variant="light" role="alert">
                <Text size="sm" c="red.9">
                  {problem}
                </Text>
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t('agenda.form.close')}
              </Button>
              <Button type="submit" loading={saving}>
                {saving ? t('agenda.form.saving') : t('agenda.form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
