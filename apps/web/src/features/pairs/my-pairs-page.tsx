import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
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

// A pair of my PTCE appeared or changed: refresh the list (a new request is not in the cache yet).
const MyPairsActivitySubscription = graphql(`
  subscription MyPairsActivity {
    myPairsActivity {
      type
      pairId
    }
  }
`);

export function MyPairsPage() {
  const { t } = useTranslation();
  usePageTitle(t('home.title'));
  const { me } = useMe();
  const { data, loading, error, refetch } = useQuery(MyPairsQuery, { fetchPolicy: 'cache-and-network' });
  const pairs = data?.myPairs;
  useSubscription(MyPairsActivitySubscription, { skip: !me, onData: () => void refetch() });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('home.title')}</Title>
        <Text mt="xs" c="dimmed">
          {t('home.intro')}
        </Text>
        <Group mt="md" gap="sm">
          {me?.role === 'COORDINATOR' && (
            <Button component={Link} to="/demander-un-tsf" variant="light">
              {t('pairs.home.requestCta')}
            </Button>
          )}
          <Button component={Link} to="/trouver-un-compagnon">
            {t('directory.navFinder')}
          </Button>
          <Button component={Link} to="/annuaire" variant="default">
            {t('directory.nav')}
          </Button>
        </Group>
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
