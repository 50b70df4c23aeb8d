import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { NoteIcon } from '../../lib/icons';
import { documentPath } from './document-link';

const LinkableNotesQuery = graphql(`
  query LinkableNotes($pairId: ID!) {
    pair(id: $pairId) {
      id
      documents(filter: { kind: NOTE }) {
        id
        title
      }
    }
  }
`);

/** "Note liée": picks one note of the pair, or none (empty string). */
export function NoteSelect({ pairId, value, onChange }: { pairId: string; value: string; onChange: (noteId: string) => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(LinkableNotesQuery, { variables: { pairId }, fetchPolicy: 'cache-and-network' });
  const notes = data?.pair?.documents ?? [];
  const options = [{ value: '', label: t('links.noNote') }, ...notes.map((note) => ({ value: note.id, label: note.title }))];
  // A linked note that is not in the list yet (still loading) keeps its value.
  return (
    <Select
      label={t('links.linkedNote')}
      description={t('links.linkedNoteHint')}
      data={options}
      value={options.some((o) => o.value === value) ? value : ''}
      onChange={(next) => onChange(next ?? '')}
      allowDeselect={false}
      searchable
      nothingFoundMessage={t('links.noNote')}
      miw={200}
    />
  );
}

/** A link to a linked note: the Documents tab, opened on that note. */
export function NoteLink({ pairId, note }: { pairId: string; note: { id: string; title: string } }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={documentPath(pairId, note.id)} size="sm" style={{ overflowWrap: 'anywhere' }}>
      <Group gap={6} wrap="nowrap" component="span" display="inline-flex" mih={44} align="center">
        <NoteIcon />
        <span>{t('links.openNote', { title: note.title })}</span>
      </Group>
    </Anchor>
  );
}
