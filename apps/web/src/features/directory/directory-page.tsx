import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Checkbox, Collapse, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { LIMITS, REGIONS } from '@tandem/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader, useMe } from '../identity/session';
import { DirectoryAdmin } from './directory-admin';
import { filtersFromParams, paramsFromFilters, toggle, type DirectoryFilters } from './directory-filters';
import './directory.css';
import { FranceMap } from './france-map';
import { departmentOptions, PickerMultiSelect } from './pickers';
import { PtceLabels } from './ptce-labels';
import { useThemeLabel } from './use-themes';

const DirectoryQuery = graphql(`
  query Directory($filter: PtceFilter, $first: Int, $after: String) {
    ptces(filter: $filter, first: $first, after: $after) {
      totalCount
      departmentCounts {
        code
        count
      }
      edges {
        cursor
        node {
          id
          slug
          name
          town
          region
          departments
          isCompagnon
          amiLaureate2021
          charterSignatory
          eligibleForTsf
          themes {
            code
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const { themeOptions, themeLabel } = useThemeLabel();
  // Drawn at once (flushSync), not as a transition: the controls show what the URL says. As a
  // transition, on a slow laptop the pickers still showed the old choice while the next one was
  // typed, and that one replaced it ("Nord" ⏎ then "31" ⏎ kept only the 31).
  const update = (patch: Partial<DirectoryFilters>) =>
    setParams(paramsFromFilters({ ...filters, ...patch }), { replace: true, flushSync: true });

  // Typing stays local; the URL (and the query) follow once the person pauses.
  const [search, setSearch] = useState(filters.search);
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debounced !== filters.search) update({ search: debounced });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const variables = {
    filter: {
      search: filters.search || null,
      themes: filters.themes,
      departments: filters.departments,
      regions: filters.regions,
      compagnonOnly: filters.compagnonOnly,
      eligibleOnly: filters.eligibleOnly,
    },
    first: LIMITS.pageSizeDefault,
  };
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(DirectoryQuery, { variables });
  const shown = data ?? previousData;
  const connection = shown?.ptces;
  const counts = useMemo(() => new Map((connection?.departmentCounts ?? []).map((c) => [c.code, c.count])), [connection]);
  const [loadingMore, setLoadingMore] = useState(false);

  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ptces: { ...fetchMoreResult.ptces, edges: [...previous.ptces.edges, ...fetchMoreResult.ptces.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  // Phones fold the filters under the search field, so the list is not pushed below the fold.
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const active =
    filters.themes.length +
    filters.departments.length +
    filters.regions.length +
    (filters.compagnonOnly ? 1 : 0) +
    (filters.eligibleOnly ? 1 : 0);

  const filtersPanel = (
    <Stack component="form" role="search" gap="md" onSubmit={(e) => e.preventDefault()} aria-label={t('directory.filters.title')}>
      <Title order={2} size="h4">
        {t('directory.filters.title')}
      </Title>
      <TextInput
        label={t('directory.filters.search')}
        description={t('directory.filters.searchHint')}
        value={search}
        maxLength={LIMITS.directorySearchMaxLength}
        onChange={(e) => setSearch(e.currentTarget.value)}
        type="search"
      />
      {!wide && (
        <Button
          variant="default"
          onClick={() => setFiltersOpen((open) => !open)}
          aria-expanded={filtersOpen}
          aria-controls="directory-more-filters"
          rightSection={active > 0 ? <Badge variant="light">{t('directory.filters.active', { count: active })}</Badge> : null}
        >
          {filtersOpen ? t('directory.filters.hide') : t('directory.filters.show')}
        </Button>
      )}
      <Collapse in={wide || filtersOpen} id="directory-more-filters" transitionDuration={wide ? 0 : 150}>
        <Stack gap="md">
          <PickerMultiSelect
            label={t('directory.filters.themes')}
            placeholder={filters.themes.length ? undefined : t('directory.filters.themesPlaceholder')}
            data={themeOptions}
            value={filters.themes}
            onChange={(themes) => update({ themes })}
            clearable
          />
          <PickerMultiSelect
            label={t('directory.filters.departments')}
            placeholder={filters.departments.length ? undefined : t('directory.filters.departmentsPlaceholder')}
            data={departmentOptions}
            value={filters.departments}
            onChange={(departments) => update({ departments })}
            clearable
            limit={120}
          />
          <PickerMultiSelect
            label={t('directory.filters.regions')}
            placeholder={filters.regions.length ? undefined : t('directory.filters.regionsPlaceholder')}
            data={[...REGIONS]}
            value={filters.regions}
            onChange={(regions) => update({ regions })}
            clearable
          />
          <Checkbox
            label={t('directory.filters.compagnonOnly')}
            checked={filters.compagnonOnly}
            onChange={(e) => update({ compagnonOnly: e.currentTarget.checked })}
            size="md"
          />
          <Checkbox
            label={t('directory.filters.eligibleOnly')}
            checked={filters.eligibleOnly}
            onChange={(e) => update({ eligibleOnly: e.currentTarget.checked })}
            size="md"
          />
          <Button
            variant="default"
            onClick={() => {
              setSearch('');
              setParams(new URLSearchParams(), { replace: true, flushSync: true });
            }}
          >
            {t('directory.filters.clear')}
          </Button>
        </Stack>
      </Collapse>
    </Stack>
  );

  return (
    <Stack gap="lg" className="directory-page">
      <div>
        <Title order={1}>{t('directory.title')}</Title>
        <Text mt="xs" c="dimmed">
          {t('directory.intro')}
        </Text>
        <Group mt="sm">
          <Button component={Link} to="/trouver-un-compagnon" variant="light">
            {t('directory.navFinder')}
          </Button>
        </Group>
      </div>
      {me?.role === 'OPERATOR' && <DirectoryAdmin onImported={() => void refetch()} />}
      <div className="directory-layout">
        <Card className="directory-filters">{filtersPanel}</Card>
        <section className="directory-list" aria-labelledby="results-title">
          <Title id="results-title" order={2} size="h4" aria-live="polite">
            {connection ? t('directory.results.count', { count: connection.totalCount }) : t('directory.results.listLabel')}
          </Title>
          {loading && !shown && <PageLoader />}
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {connection && connection.edges.length === 0 && <Text mt="sm">{t('directory.results.none')}</Text>}
          {connection && connection.edges.length > 0 && (
            <Stack
              component="ul"
              gap="sm"
              m={0}
              mt="sm"
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('directory.results.listLabel')}
            >
              {connection.edges.map(({ node }) => (
                <Card component="li" key={node.id} padding="md">
                  <Anchor component={Link} to={`/annuaire/${node.slug}`} fw={700} size="lg">
                    {node.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[node.town, node.departments.join(', '), node.region].filter(Boolean).join(' · ')}
                  </Text>
                  <Text size="sm" mt={4}>
                    {node.themes.map((th) => themeLabel(th.code)).join(', ')}
                  </Text>
                  <Group mt="xs">
                    <PtceLabels ptce={node} />
                  </Group>
                </Card>
              ))}
            </Stack>
          )}
          {connection?.pageInfo.hasNextPage && (
            <Button mt="md" variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              {t('directory.results.more')}
            </Button>
          )}
        </section>
        <Card component="section" className="directory-map" aria-labelledby="map-title">
          <Title id="map-title" order={2} size="h4" mb={4}>
            {t('directory.map.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('directory.map.hint')}
          </Text>
          <FranceMap
            counts={counts}
            selected={filters.departments}
            onToggle={(code) => update({ departments: toggle(filters.departments, code) })}
          />
        </Card>
      </div>
    </Stack>
  );
}
