import { useQuery } from '@apollo/client/react';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader, useMe } from '../identity/session';
import { PairCard } from './pair-card';

const MyPairsQuery = graphql(`
  query MyPairs {
    myPairs {
      id
      ...PairCard_Pair
    }
  }
`);

export function MyPairsPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(MyPairsQuery, { fetchPolicy: 'cache-and-network' });
  const pairs = data?.myPairs;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.title')}</Title>
        <Text mt="xs" c="dimmed">
          {t('home.intro')}
        </Text>
      </div>
      {loading && !pairs && <PageLoader />}
      {error && !pairs && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {pairs && pairs.length === 0 && (
        <Card>
          <Title order={2} size="h4">
            {t('home.emptyTitle')}
          </Title>
          <Text mt="xs">{me?.role === 'MEMBER' ? t('home.emptyMember') : t('home.empty')}</Text>
        </Card>
      )}
      {pairs && pairs.length > 0 && (
        <SimpleGrid component="ul" cols={{ base: 1, md: 2 }} spacing="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {pairs.map((pair) => (
            <li key={pair.id}>
              <PairCard pair={pair} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
