import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import { PageError } from '../../lib/error-alert';
import { describeError } from '../../lib/errors';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader } from '../identity/session';
import { PairDecision } from './pair-decision';
import { PairExportButton } from './pair-export-button';
import { PairHeader } from './pair-header';
import { PAIR_TAB_PANELS } from './pair-tab-panels';
import { isPairTab, PAIR_TABS } from './pair-tabs';

const PairPageQuery = graphql(`
  query PairPage($id: ID!) {
    pair(id: $id) {
      id
      compagnon {
        id
        name
      }
      beneficiary {
        id
        name
      }
      ...PairHeader_Pair
      ...PairDecision_Pair
      ...PairExportButton_Pair
    }
  }
`);

// Keeps the header live (status, themes): the pair in each event lands in the normalised cache.
const PairActivitySubscription = graphql(`
  subscription PairPageActivity($pairId: ID!) {
    pairActivity(pairId: $pairId) {
      type
      pairId
      pair {
        id
        ...PairHeader_Pair
        ...PairDecision_Pair
      }
    }
  }
`);

export function PairPage() {
  const { t } = useTranslation();
  const { pairId = '', tab } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PairPageQuery, { variables: { id: pairId } });
  const pair = data?.pair;
  useSubscription(PairActivitySubscription, { variables: { pairId }, skip: !pair });
  const names = pair ? t('pair.names', { compagnon: pair.compagnon.name, beneficiary: pair.beneficiary.name }) : undefined;
  usePageTitle(pair ? names : t('pair.notFoundTitle'));

  if (!isPairTab(tab)) return <Navigate to={`/espaces/${pairId}/fil`} replace />;
  if (loading && !data) return <PageLoader />;
  const notFound = !pair && (!error || describeError(error).code === 'NOT_FOUND');
  if (error && !pair && !notFound) {
    return <PageError title={t('pair.title')} error={error} onRetry={() => void refetch()} />;
  }
  if (!pair) {
    // Another pair's space is answered as "not found", never as "forbidden" (DESIGN §3).
    return (
      <Stack gap="md">
        <Title order={1}>{t('pair.notFoundTitle')}</Title>
        <Text>{t('pair.notFound')}</Text>
        <Group>
          <Button component={Link} to="/" variant="default">
            {t('pair.backToSpaces')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <PairHeader pair={pair} />
        <PairDecision pair={pair} />
        <PairExportButton pair={pair} />
      </Stack>
      <Tabs
        value={tab}
        onChange={(next) => {
          if (isPairTab(next ?? undefined)) void navigate(`/espaces/${pairId}/${next}`);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('pair.tabsLabel')}>
          {PAIR_TABS.map((slug) => (
            <Tabs.Tab key={slug} value={slug} mih={44}>
              {t(`pair.tabs.${slug}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PAIR_TABS.map((slug) => {
          const Panel = PAIR_TAB_PANELS[slug];
          return (
            <Tabs.Panel key={slug} value={slug} pt="lg">
              <Panel pairId={pair.id} />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
