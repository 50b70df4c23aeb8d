import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { PAIR_LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { NoteLink, NoteSelect } from '../documents/note-link';
import { PairErrorAlert } from './pair-error';

const SaveLesson = graphql(`
  mutation SaveLesson($input: SaveLessonInput!) {
    saveLesson(input: $input) {
      id
      themeCode
      side
      learned
      nextStep
      nextStepOwner
      nextStepDue
      note {
        id
        title
      }
      authorName
      updatedAt
    }
  }
`);

interface LessonValues {
  learned: string;
  nextStep: string;
  nextStepOwner?: string | null;
  nextStepDue?: string | null;
  note?: { id: string; title: string } | null;
}

/** What the viewer's side learned on one theme, and what comes next; saved for the pair to keep. */
export function LessonForm({ pairId, themeCode, lesson }: { pairId: string; themeCode: string; lesson: LessonValues | null }) {
  const { t } = useTranslation();
  const [save, { loading }] = useMutation(SaveLesson, { refetchQueries: ['PairBilan'] });
  const [learned, setLearned] = useState(lesson?.learned ?? '');
  const [nextStep, setNextStep] = useState(lesson?.nextStep ?? '');
  const [owner, setOwner] = useState(lesson?.nextStepOwner ?? '');
  const [due, setDue] = useState(lesson?.nextStepDue ?? '');
  const [noteId, setNoteId] = useState(lesson?.note?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const [empty, setEmpty] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = `${themeCode}-lesson`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    setEmpty(!learned.trim() && !nextStep.trim());
    if (!learned.trim() && !nextStep.trim()) return;
    try {
      await save({
        variables: {
          input: { pairId, themeCode, learned, nextStep, nextStepOwner: owner || null, nextStepDue: due || null, noteId },
        },
      });
      setSaved(true);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby={id}>
      <Stack gap="sm" mt="xs">
        <Textarea
          label={t('pairs.lessons.learned')}
          value={learned}
          onChange={(e) => setLearned(e.currentTarget.value)}
          autosize
          minRows={3}
          maxLength={PAIR_LIMITS.lessonTextMaxLength}
        />
        <Textarea
          label={t('pairs.lessons.nextStep')}
          value={nextStep}
          onChange={(e) => setNextStep(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={PAIR_LIMITS.nextStepMaxLength}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label={t('pairs.lessons.owner')}
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            maxLength={PAIR_LIMITS.ownerMaxLength}
            miw={200}
          />
          <TextInput
            type="date"
            label={t('pairs.lessons.due')}
            value={due}
            onChange={(e) => setDue(e.currentTarget.value)}
            miw={200}
          />
        </Group>
        <NoteSelect pairId={pairId} value={noteId} onChange={setNoteId} />
        {lesson?.note && <NoteLink pairId={pairId} note={lesson.note} />}
        <div role="status" aria-live="polite">
          {saved && (
            <Text size="sm" c="tandem.8">
              {t('pairs.lessons.saved')}
            </Text>
          )}
          {empty && (
            <Text size="sm" c="red.9">
              {t('pairs.lessons.emptyForm')}
            </Text>
          )}
        </div>
        {error !== null && <PairErrorAlert error={error} />}
        <Group>
          <Button type="submit" loading={loading} id={id}>
            {loading ? t('pairs.lessons.saving') : t('pairs.lessons.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
