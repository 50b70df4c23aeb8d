import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../../gql';
import { PageError } from '../../lib/error-alert';
import { Facts } from '../../lib/facts';
import { usePageTitle } from '../../lib/use-page-title';
import { loginPath } from '../identity/login-path';
import { PageLoader, useMe } from '../identity/session';
import { PtceLabels } from './ptce-labels';
import { uncertainNotes } from './uncertain-notes';
import { useThemeLabel } from './use-themes';

const PtcePageQuery = graphql(`
  query PtcePage($slug: String!) {
    ptce(slug: $slug) {
      id
      slug
      name
      carrier
      town
      region
      summary
      website
      labelledYear
      isCompagnon
      amiLaureate2021
      charterSignatory
      eligibleForTsf
      tsfCount
      uncertain
      sources
      departmentDetails {
        code
        name
      }
      themes {
        code
      }
      members {
        id
        name
        kind
        town
      }
      people {
        displayName
        role
        email
      }
    }
  }
`);

export function PtcePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const { me } = useMe();
  const { themeLabel } = useThemeLabel();
  const { data, loading, error, refetch } = useQuery(PtcePageQuery, { variables: { slug } });
  const ptce = data?.ptce;
  usePageTitle(ptce?.name ?? t('directory.title'));

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <PageError title={t('directory.title')} error={error} onRetry={() => void refetch()} />;
  const back = (
    <Anchor component={Link} to="/annuaire" size="sm">
      {t('directory.page.back')}
    </Anchor>
  );
  if (!ptce) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{t('directory.title')}</Title>
        <Text>{t('directory.page.notFound')}</Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {back}
      <div>
        <Title order={1}>{ptce.name}</Title>
        <Group mt="sm">
          <PtceLabels ptce={ptce} />
        </Group>
        <Text mt="sm" fw={600}>
          {t('directory.page.tsfCount', { count: ptce.tsfCount })}
        </Text>
      </div>
      {ptce.summary && <Text lang="fr">{ptce.summary}</Text>}
      {me?.role === 'OPERATOR' && (
        <Group gap="sm">
          <Button component={Link} to={`/annuaire/${ptce.slug}/modifier`} variant="default">
            {t('directory.page.edit')}
          </Button>
        </Group>
      )}
      <Card component="section" aria-label={t('ptce.details')}>
        <Facts
          items={[
            ptce.carrier && { label: t('directory.page.carrier'), value: ptce.carrier },
            ptce.town && { label: t('directory.page.town'), value: ptce.town },
            ptce.departmentDetails.length > 0 && {
              label: t('directory.page.departments'),
              value: ptce.departmentDetails.map((d) => `${d.name} (${d.code})`).join(', '),
            },
            ptce.region && { label: t('directory.page.region'), value: ptce.region },
            ptce.labelledYear != null && { label: t('directory.page.labelledYear'), value: String(ptce.labelledYear) },
            ptce.website && {
              label: t('directory.page.website'),
              value: (
                <Anchor href={ptce.website} target="_blank" rel="noopener noreferrer">
                  {ptce.website}
                </Anchor>
              ),
            },
            {
              label: t('directory.page.themes'),
              value: ptce.themes.length ? ptce.themes.map((th) => themeLabel(th.code)).join(', ') : t('directory.page.noThemes'),
            },
          ]}
        />
      </Card>
      <Card component="section" aria-labelledby="members-title">
        <Title id="members-title" order={2} size="h4" mb="xs">
          {t('directory.page.members')}
        </Title>
        {ptce.members.length === 0 ? (
          <Text size="sm">{t('directory.page.noMembers')}</Text>
        ) : (
          <List spacing={4}>
            {ptce.members.map((m) => (
              <List.Item key={m.id}>
                <Text span fw={600}>
                  {m.name}
                </Text>{' '}
                — {t(`directory.kinds.${m.kind}`)}
                {m.town ? ` · ${m.town}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      <Card component="section" aria-labelledby="people-title">
        <Title id="people-title" order={2} size="h4" mb="xs">
          {t('directory.page.people')}
        </Title>
        {ptce.people === null || ptce.people === undefined ? (
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('directory.page.peopleSignIn')}</Text>
            <Button component={Link} to={loginPath(location.pathname)} variant="default">
              {t('login.title')}
            </Button>
          </Stack>
        ) : ptce.people.length === 0 ? (
          <Text size="sm">{t('directory.page.noPeople')}</Text>
        ) : (
          <List spacing={4}>
            {ptce.people.map((p) => (
              <List.Item key={p.email}>
                {p.displayName} — {t(`user.roles.${p.role as 'COORDINATOR' | 'MEMBER' | 'OPERATOR'}`)} ·{' '}
                <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor>
              </List.Item>
            ))}
          </List>
        )}
      </Card>
      {ptce.uncertain && (
        <Alert
          color="amber"
          variant="light"
          role="note"
          title={t('directory.page.uncertain')}
          styles={{ title: { color: 'var(--mantine-color-amber-9)' } }}
        >
          <Text size="sm" c="dark">
            {t('directory.page.uncertainHint')}
          </Text>
          <List size="sm" c="dark" mt={4}>
            {uncertainNotes(ptce.uncertain, t).map((note, i) => (
              <List.Item key={i}>{note}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {ptce.sources.length > 0 && (
        <section aria-labelledby="sources-title">
          <Title id="sources-title" order={2} size="h5">
            {t('directory.page.sources')}
          </Title>
          <List size="sm" mt={4}>
            {ptce.sources.map((s) => (
              <List.Item key={s}>
                <Anchor href={s} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                  {s}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
