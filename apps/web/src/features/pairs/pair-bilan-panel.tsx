import { useQuery, useSubscription } from '@apollo/client/react';
import { Card, Divider, List, Stack, Text, Title } from '@mantine/core';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import { getFragmentData, graphql } from '../../gql';
import { formatDate, formatDateTime } from '../../lib/dates';
import { ErrorAlert } from '../../lib/error-alert';
import { PageLoader } from '../identity/session';
import { FollowUpCard } from './follow-up-card';
import { NoteLink } from '../documents/note-link';
import { LessonForm } from './lesson-form';
import type { PairTabProps } from './pair-tab-panels';

const PairBilanFragment = graphql(`
  fragment PairBilan_Pair on Pair {
    id
    status
    viewerSide
    compagnon {
      id
      name
    }
    beneficiary {
      id
      name
    }
    themes {
      code
      labelFr
      labelEn
    }
    lessons {
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
    followUps {
      id
      monthsAfter
      dueOn
      isDue
      answer
      answeredByName
      answeredAt
    }
    auditTrail {
      id
      kind
      fromStatus
      toStatus
      actorName
      at
    }
  }
`);

const PairBilanQuery = graphql(`
  query PairBilan($id: ID!) {
    pair(id: $id) {
      id
      ...PairBilan_Pair
    }
  }
`);

// The other side's lessons and answers arrive live: each event carries the reloaded pair.
const PairBilanActivity = graphql(`
  subscription PairBilanActivity($pairId: ID!) {
    pairActivity(pairId: $pairId) {
      type
      pair {
        id
        ...PairBilan_Pair
      }
    }
  }
`);

export type BilanPair = ResultOf<typeof PairBilanFragment>;

/** The "Bilan" tab: lessons per theme and side, follow-up check-ins, and the pair's history. */
export function PairBilanPanel({ pairId }: PairTabProps) {
  const { data, loading, error, refetch } = useQuery(PairBilanQuery, {
    variables: { id: pairId },
    fetchPolicy: 'cache-and-network',
  });
  useSubscription(PairBilanActivity, { variables: { pairId } });
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data?.pair) return null;
  const pair = getFragmentData(PairBilanFragment, data.pair);
  return (
    <Stack gap="xl">
      <Lessons pair={pair} />
      {pair.followUps.length > 0 && <FollowUps pair={pair} />}
      <History pair={pair} />
    </Stack>
  );
}

function Lessons({ pair }: { pair: BilanPair }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const sides = [
    { side: 'COMPAGNON', name: pair.compagnon.name },
    { side: 'BENEFICIARY', name: pair.beneficiary.name },
  ] as const;
  return (
    <Stack gap="md" component="section" aria-labelledby="bilan-lessons">
      <div>
        <Title order={2} size="h3" id="bilan-lessons">
          {t('pairs.lessons.title')}
        </Title>
        <Text mt="xs">{pair.status === 'COMPLETED' ? t('pairs.lessons.intro') : t('pairs.lessons.notYet')}</Text>
        {pair.status === 'COMPLETED' && !pair.viewerSide && (
          <Text mt="xs" size="sm" c="dimmed">
            {t('pairs.lessons.readOnly')}
          </Text>
        )}
      </div>
      {pair.status === 'COMPLETED' &&
        pair.themes.map((theme) => (
          <Card key={theme.code} component="article" withBorder>
            <Title order={3} size="h4">
              {i18n.resolvedLanguage === 'en' ? theme.labelEn : theme.labelFr}
            </Title>
            <Stack gap="md" mt="sm">
              {sides.map(({ side, name }) => {
                const lesson = pair.lessons.find((l) => l.themeCode === theme.code && l.side === side);
                const mine = pair.viewerSide === side;
                return (
                  <div key={side}>
                    <Text fw={600} size="sm">
                      {mine ? t('pairs.lessons.yourSide', { name }) : t('pairs.lessons.otherSide', { name })}
                    </Text>
                    {mine ? (
                      <LessonForm pairId={pair.id} themeCode={theme.code} lesson={lesson ?? null} />
                    ) : lesson ? (
                      <Stack gap={4} mt={4}>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                          {lesson.learned}
                        </Text>
                        {lesson.nextStep && (
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                            → {lesson.nextStep}
                            {lesson.nextStepOwner && lesson.nextStepDue
                              ? ` (${t('pairs.lessons.nextStepBy', { owner: lesson.nextStepOwner, date: formatDate(lesson.nextStepDue, locale) })})`
                              : lesson.nextStepOwner
                                ? ` (${lesson.nextStepOwner})`
                                : ''}
                          </Text>
                        )}
                        {lesson.note && <NoteLink pairId={pair.id} note={lesson.note} />}
                        <Text size="xs" c="dimmed">
                          {t('pairs.lessons.lastBy', { name: lesson.authorName, date: formatDate(lesson.updatedAt, locale) })}
                        </Text>
                      </Stack>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('pairs.lessons.empty')}
                      </Text>
                    )}
                  </div>
                );
              })}
            </Stack>
          </Card>
        ))}
    </Stack>
  );
}

function FollowUps({ pair }: { pair: BilanPair }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" component="section" aria-labelledby="bilan-follow-ups">
      <div>
        <Title order={2} size="h3" id="bilan-follow-ups">
          {t('pairs.followUps.title')}
        </Title>
        <Text mt="xs">{t('pairs.followUps.intro')}</Text>
      </div>
      {pair.followUps.map((followUp) => (
        <FollowUpCard key={followUp.id} followUp={followUp} canAnswer={Boolean(pair.viewerSide)} />
      ))}
    </Stack>
  );
}

function History({ pair }: { pair: BilanPair }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const status = (value: string | null | undefined) => (value ? t(`pair.status.${value as 'ACTIVE'}`) : '');
  return (
    <Stack gap="xs" component="section" aria-labelledby="bilan-history">
      <Divider />
      <Title order={2} size="h4" id="bilan-history">
        {t('pairs.history.title')}
      </Title>
      <List size="sm" spacing={4}>
        {pair.auditTrail.map((event) => {
          const who = event.actorName;
          const change = { from: status(event.fromStatus), to: status(event.toStatus) };
          let line: string;
          if (event.kind === 'OPERATOR_OPENED') line = t('pairs.history.OPERATOR_OPENED', { who });
          else if (event.kind === 'EXPORTED') line = t('pairs.history.EXPORTED', { who });
          else if (!event.fromStatus) line = who ? t('pairs.history.REQUESTED', { who }) : t('pairs.history.requestedNobody');
          else line = who ? t('pairs.history.STATUS_CHANGED', { who, ...change }) : t('pairs.history.changedNobody', change);
          return (
            <List.Item key={event.id}>
              <Text span size="sm" c="dimmed">
                {formatDateTime(event.at, locale)}
              </Text>
              {' — '}
              {line}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
