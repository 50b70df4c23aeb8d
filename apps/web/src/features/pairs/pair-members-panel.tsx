import { useQuery } from '@apollo/client/react';
import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { PageLoader } from '../identity/session';
import type { PairTabProps } from './pair-tab-panels';

const PairMembersQuery = graphql(`
  query PairMembers($id: ID!) {
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
      members {
        id
        displayName
        role
        side
      }
    }
  }
`);

/** The "Membres" tab: the people of both PTCEs who share the space. */
export function PairMembersPanel({ pairId }: PairTabProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(PairMembersQuery, {
    variables: { id: pairId },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const pair = data?.pair;
  if (!pair) return null;
  const sides = [
    { side: 'COMPAGNON', name: pair.compagnon.name },
    { side: 'BENEFICIARY', name: pair.beneficiary.name },
  ] as const;
  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3">
          {t('pairs.members.title')}
        </Title>
        <Text mt="xs">{t('pairs.members.intro')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {sides.map(({ side, name }) => {
          const people = pair.members.filter((m) => m.side === side);
          return (
            <Card key={side} withBorder component="section" aria-label={t(`pairs.members.side.${side}`, { name })}>
              <Title order={3} size="h4">
                {t(`pairs.members.side.${side}`, { name })}
              </Title>
              {people.length === 0 ? (
                <Text size="sm" mt="xs" c="dimmed">
                  {t('pairs.members.none')}
                </Text>
              ) : (
                <List mt="xs" spacing={4}>
                  {people.map((person) => (
                    <List.Item key={person.id}>
                      {person.displayName}{' '}
                      <Text span size="sm" c="dimmed">
                        — {t(`pairs.members.role.${person.role}`)}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
