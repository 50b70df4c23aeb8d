import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { PageError } from '../../lib/error-alert';
import { Facts } from '../../lib/facts';
import { usePageTitle } from '../../lib/use-page-title';
import { ThemeList } from '../directory/theme-list';
import { InviteForm } from './invite-form';
import { PageLoader } from './session';

const MyPtceQuery = graphql(`
  query MyPtce {
    me {
      id
      role
      ptce {
        id
        slug
        name
        carrier
        town
        departments
        region
        summary
        isCompagnon
        eligibleForTsf
        website
        themes {
          ...ThemeList_Theme
        }
      }
    }
  }
`);

export function MyPtcePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MyPtceQuery);
  const me = data?.me;
  const ptce = me?.ptce;
  usePageTitle(ptce?.name ?? t('ptce.noPtceTitle'));

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <PageError title={t('ptce.noPtceTitle')} error={error} onRetry={() => void refetch()} />;
  if (!me || !ptce) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('ptce.noPtceTitle')}</Title>
        <Text>{t('ptce.noPtce')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <Text size="sm" fw={600} c="tandem.8" tt="uppercase">
          {t('ptce.eyebrow')}
        </Text>
        <Title order={1}>{ptce.name}</Title>
        <Group gap="xs" mt="sm">
          {ptce.isCompagnon && (
            <Badge variant="light" color="tandem" c="tandem.8" tt="none" size="lg" radius="sm">
              {t('ptce.compagnon')}
            </Badge>
          )}
          <Badge variant="light" color="gray" c="gray.8" tt="none" size="lg" radius="sm">
            {ptce.eligibleForTsf ? t('ptce.eligible') : t('ptce.notEligible')}
          </Badge>
        </Group>
      </div>
      {/* Directory text is written in French, whatever the interface language. */}
      {ptce.summary && <Text lang="fr">{ptce.summary}</Text>}
      <Card component="section" aria-label={t('ptce.details')}>
        <Facts
          items={[
            ptce.carrier && { label: t('ptce.carrier'), value: ptce.carrier },
            ptce.town && { label: t('ptce.town'), value: ptce.town },
            ptce.departments.length > 0 && { label: t('ptce.departments'), value: ptce.departments.join(', ') },
            ptce.region && { label: t('ptce.region'), value: ptce.region },
            ptce.website &&
              /^https?:\/\//.test(ptce.website) && {
                label: t('ptce.website'),
                value: (
                  <Anchor href={ptce.website} target="_blank" rel="noreferrer">
                    {ptce.website.replace(/^https?:\/\//, '')}
                  </Anchor>
                ),
              },
            ptce.themes.length > 0 && { label: t('ptce.themes'), value: <ThemeList themes={ptce.themes} /> },
          ]}
        />
      </Card>
      {me.role === 'COORDINATOR' ? <InviteForm /> : <Text>{t('invite.coordinatorsOnly')}</Text>}
    </Stack>
  );
}
