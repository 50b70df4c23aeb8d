import type { ResultOf } from '@graphql-typed-document-node/core';
import { Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/dates';
import { ThemeList } from '../directory/theme-list';
import { PairStatusBadge } from './pair-status-badge';

export const PairCard_PairFragment = graphql(`
  fragment PairCard_Pair on Pair {
    id
    status
    requestedAt
    acceptedAt
    completedAt
    viewerActions
    followUpsDue
    lastStatusChangeAt
    compagnon {
      id
      name
      town
    }
    beneficiary {
      id
      name
      town
    }
    themes {
      ...ThemeList_Theme
    }
  }
`);

/** The latest milestone of the pair, the one worth showing on its card. */
function since(pair: ResultOf<typeof PairCard_PairFragment>) {
  if (pair.completedAt) return { key: 'pair.completedAt', date: pair.completedAt } as const;
  if (pair.acceptedAt) return { key: 'pair.acceptedAt', date: pair.acceptedAt } as const;
  return { key: 'pair.requestedAt', date: pair.requestedAt } as const;
}

const RECENT_MS = 14 * 86_400_000;

/** "Ce qui est nouveau": a decision waiting for the reader, check-ins to answer, the last status change. */
function WhatsNew({ pair }: { pair: ResultOf<typeof PairCard_PairFragment> }) {
  const { t } = useTranslation();
  const [now] = useState(() => Date.now());
  const items = [
    pair.viewerActions.includes('ACCEPT') && t('pairs.home.waitingForYou'),
    pair.followUpsDue > 0 && t('pairs.home.followUpsDue', { count: pair.followUpsDue }),
  ].filter((item): item is string => Boolean(item));
  // A status change of the last two weeks is news; older ones are in the date line above.
  const changed = new Date(pair.lastStatusChangeAt);
  if (now - changed.getTime() < RECENT_MS) {
    const status = t(`pair.status.${pair.status}`);
    items.push(t('pairs.home.statusSince', { status, date: formatDate(pair.lastStatusChangeAt, currentLocale()) }));
  }
  if (items.length === 0) items.push(t('pairs.home.nothingNew'));
  return (
    <div>
      <Text size="sm" fw={600}>
        {t('pairs.home.whatsNew')}
      </Text>
      <List size="sm" spacing={2}>
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </div>
  );
}

export function PairCard(props: { pair: FragmentType<typeof PairCard_PairFragment> }) {
  const { t } = useTranslation();
  const pair = getFragmentData(PairCard_PairFragment, props.pair);
  const names = t('pair.names', { compagnon: pair.compagnon.name, beneficiary: pair.beneficiary.name });
  const when = since(pair);
  return (
    <Card component="article" pos="relative">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h3">
            <Link to={`/espaces/${pair.id}`} className="card-link">
              {names}
            </Link>
          </Title>
          <PairStatusBadge status={pair.status} />
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            {t('pair.compagnon')}
          </Text>
          {' · '}
          {pair.compagnon.name}
          {pair.compagnon.town ? `, ${pair.compagnon.town}` : ''}
          <br />
          <Text span fw={600}>
            {t('pair.beneficiary')}
          </Text>
          {' · '}
          {pair.beneficiary.name}
          {pair.beneficiary.town ? `, ${pair.beneficiary.town}` : ''}
        </Text>
        <ThemeList themes={pair.themes} />
        <Text size="sm" c="dimmed">
          {t(when.key, { date: formatDate(when.date, currentLocale()) })}
        </Text>
        <WhatsNew pair={pair} />
      </Stack>
    </Card>
  );
}
