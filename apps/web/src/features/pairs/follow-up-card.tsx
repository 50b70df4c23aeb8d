import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { PAIR_LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/dates';
import { PairErrorAlert } from './pair-error';

const AnswerFollowUp = graphql(`
  mutation AnswerFollowUp($followUpId: ID!, $answer: String!) {
    answerFollowUp(followUpId: $followUpId, answer: $answer) {
      id
      answer
      answeredByName
      answeredAt
    }
  }
`);

interface FollowUpValues {
  id: string;
  monthsAfter: number;
  dueOn: string;
  isDue: boolean;
  answer?: string | null;
  answeredByName?: string | null;
  answeredAt?: string | null;
}

/** One dated check-in: "où en êtes-vous ?", answerable by either side once its day has come. */
export function FollowUpCard({ followUp, canAnswer }: { followUp: FollowUpValues; canAnswer: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [answer, { loading }] = useMutation(AnswerFollowUp);
  const [text, setText] = useState(followUp.answer ?? '');
  const [error, setError] = useState<unknown>(null);
  const labelId = `follow-up-${followUp.id}`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await answer({ variables: { followUpId: followUp.id, answer: text } });
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Card withBorder component="article" aria-labelledby={labelId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600} id={labelId}>
            {t('pairs.followUps.prompt', { months: followUp.monthsAfter })}
          </Text>
          <Badge
            variant="light"
            color={followUp.isDue ? 'amber' : 'gray'}
            c={followUp.isDue ? 'amber.9' : 'gray.8'}
            tt="none"
            radius="sm"
          >
            {followUp.isDue
              ? t('pairs.followUps.openSince', { date: formatDate(followUp.dueOn, locale) })
              : t('pairs.followUps.opensOn', { date: formatDate(followUp.dueOn, locale) })}
          </Badge>
        </Group>
        {followUp.answer ? (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {followUp.answer}
            </Text>
            <Text size="xs" c="dimmed">
              {t('pairs.followUps.answeredBy', {
                name: followUp.answeredByName ?? '',
                date: formatDate(followUp.answeredAt ?? followUp.dueOn, locale),
              })}
            </Text>
          </>
        ) : (
          followUp.isDue && (
            <Text size="sm" c="dimmed">
              {t('pairs.followUps.notAnswered')}
            </Text>
          )
        )}
        {followUp.isDue && canAnswer && (
          <form noValidate onSubmit={(e) => void onSubmit(e)}>
            <Stack gap="xs">
              <Textarea
                label={followUp.answer ? t('pairs.followUps.update') : t('pairs.followUps.answer')}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={PAIR_LIMITS.followUpAnswerMaxLength}
              />
              {error !== null && <PairErrorAlert error={error} />}
              <Group>
                <Button type="submit" loading={loading} disabled={!text.trim()}>
                  {loading ? t('pairs.followUps.sending') : t('pairs.followUps.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}
