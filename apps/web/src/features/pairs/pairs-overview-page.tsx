import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, MultiSelect, Stack, Table, Text, Title } from '@mantine/core';
import { PAIR_STATUSES, type PairStatus } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../app/i18n';
import { graphql } from '../../gql';
import { formatDate } from '../../lib/dates';
import { ErrorAlert } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader, useMe } from '../identity/session';

const PairsOverviewQuery = graphql(`
  query PairsOverview($filter: PairsOverviewFilter) {
    pairsOverview(filter: $filter) {
      pair {
        id
        status
        requestedAt
        acceptedAt
        compagnon {
          id
          name
          region
        }
        beneficiary {
          id
          name
          region
        }
        themes {
          code
          labelFr
          labelEn
        }
      }
      daysToAcceptance
      daysFromAcceptanceToVisit
      followUpsDue
      followUpsAnswered
    }
  }
`);

const OverviewChoicesQuery = graphql(`
  query OverviewChoices {
    themes {
      code
      labelFr
      labelEn
    }
    pairsOverview {
      pair {
        id
        compagnon {
          id
          region
        }
        beneficiary {
          id
          region
        }
      }
    }
  }
`);

/** The operator's view: every pair in figures, filters, and the same rows as a CSV file. */
export function PairsOverviewPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('pairs.overview.title'));
  const { me } = useMe();
  const locale = currentLocale();
  const [statuses, setStatuses] = useState<string[]>([]);
  const [regions, setRegions] = useState<string[]>([]);
  const [themes, setThemes] = useState<string[]>([]);
  const isOperator = me?.role === 'OPERATOR';
  const filter = { statuses: statuses as PairStatus[], regions, themes };
  const { data, loading, error, refetch } = useQuery(PairsOverviewQuery, {
    variables: { filter },
    skip: !isOperator,
    fetchPolicy: 'cache-and-network',
  });
  const choices = useQuery(OverviewChoicesQuery, { skip: !isOperator });

  if (!isOperator) return <Text>{t('pairs.overview.operatorsOnly')}</Text>;
  const label = (theme: { labelFr: string; labelEn: string }) => (i18n.resolvedLanguage === 'en' ? theme.labelEn : theme.labelFr);
  const regionChoices = [
    ...new Set(
      (choices.data?.pairsOverview ?? [])
        .flatMap((r) => [r.pair.compagnon.region, r.pair.beneficiary.region])
        .filter((r): r is string => Boolean(r)),
    ),
  ].sort();
  const csv = new URLSearchParams();
  for (const s of statuses) csv.append('status', s);
  for (const r of regions) csv.append('region', r);
  for (const th of themes) csv.append('theme', th);
  const rows = data?.pairsOverview;
  const dash = t('pairs.overview.noValue');

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('pairs.overview.title')}</Title>
        <Text mt="xs">{t('pairs.overview.intro')}</Text>
      </div>
      <Card component="section" aria-label={t('pairs.overview.filters')}>
        <Group align="flex-end" gap="md" wrap="wrap">
          <MultiSelect
            label={t('pairs.overview.status')}
            placeholder={statuses.length ? undefined : t('pairs.overview.any')}
            data={PAIR_STATUSES.map((s) => ({ value: s, label: t(`pair.status.${s}`) }))}
            value={statuses}
            onChange={setStatuses}
            clearable
            miw={220}
            style={{ flex: 1 }}
          />
          <MultiSelect
            label={t('pairs.overview.region')}
            placeholder={regions.length ? undefined : t('pairs.overview.any')}
            data={regionChoices}
            value={regions}
            onChange={setRegions}
            clearable
            searchable
            miw={220}
            style={{ flex: 1 }}
          />
          <MultiSelect
            label={t('pairs.overview.theme')}
            placeholder={themes.length ? undefined : t('pairs.overview.any')}
            data={(choices.data?.themes ?? []).map((th) => ({ value: th.code, label: label(th) }))}
            value={themes}
            onChange={setThemes}
            clearable
            searchable
            miw={220}
            style={{ flex: 1 }}
          />
          <Button component="a" href={`/api/pairs.csv?${csv.toString()}`} download variant="default" size="md">
            {t('pairs.overview.export')}
          </Button>
        </Group>
      </Card>
      {loading && !rows && <PageLoader />}
      {error && !rows && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {rows && (
        <Text role="status" aria-live="polite" fw={600}>
          {rows.length === 0 ? t('pairs.overview.none') : t('pairs.overview.count', { count: rows.length })}
        </Text>
      )}
      {rows && rows.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('pairs.overview.pair')}</Table.Th>
                <Table.Th scope="col">{t('pairs.overview.status')}</Table.Th>
                <Table.Th scope="col">{t('pairs.overview.themes')}</Table.Th>
                <Table.Th scope="col">{t('pairs.overview.requested')}</Table.Th>
                <Table.Th scope="col">{t('pairs.overview.daysToAcceptance')}</Table.Th>
                <Table.Th scope="col">{t('pairs.overview.daysToVisit')}</Table.Th>
                <Table.Th scope="col">{t('pairs.overview.followUps')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ pair, ...figures }) => (
                <Table.Tr key={pair.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/espaces/${pair.id}/bilan`}>
                      {t('pair.names', { compagnon: pair.compagnon.name, beneficiary: pair.beneficiary.name })}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {[pair.compagnon.region, pair.beneficiary.region].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={150}>
                    <Text size="sm" fw={600}>
                      {t(`pair.status.${pair.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>{pair.themes.map(label).join(', ')}</Table.Td>
                  <Table.Td>{formatDate(pair.requestedAt, locale)}</Table.Td>
                  <Table.Td>{figures.daysToAcceptance ?? dash}</Table.Td>
                  <Table.Td>{figures.daysFromAcceptanceToVisit ?? dash}</Table.Td>
                  <Table.Td>
                    {figures.followUpsDue > 0
                      ? t('pairs.overview.followUpsValue', { answered: figures.followUpsAnswered, due: figures.followUpsDue })
                      : dash}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
