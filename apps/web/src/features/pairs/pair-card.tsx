import type { ResultOf } from '@graphql-typed-document-node/core';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
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
      </Stack>
    </Card>
  );
}
