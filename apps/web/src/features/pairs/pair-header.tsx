import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { formatDate } from '../../lib/dates';
import { ThemeList } from '../directory/theme-list';
import { PairStatusBadge } from './pair-status-badge';

export const PairHeader_PairFragment = graphql(`
  fragment PairHeader_Pair on Pair {
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

export function PairHeader(props: { pair: FragmentType<typeof PairHeader_PairFragment> }) {
  const { t } = useTranslation();
  const pair = getFragmentData(PairHeader_PairFragment, props.pair);
  const locale = currentLocale();
  const dates = [
    t('pair.requestedAt', { date: formatDate(pair.requestedAt, locale) }),
    pair.acceptedAt && t('pair.acceptedAt', { date: formatDate(pair.acceptedAt, locale) }),
    pair.completedAt && t('pair.completedAt', { date: formatDate(pair.completedAt, locale) }),
  ].filter(Boolean);
  return (
    <Stack gap="sm" component="header">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1}>{t('pair.names', { compagnon: pair.compagnon.name, beneficiary: pair.beneficiary.name })}</Title>
        <PairStatusBadge status={pair.status} />
      </Group>
      <Text>
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
      <ThemeList themes={pair.themes} emptyText={t('pair.noThemes')} />
      <Text size="sm" c="dimmed">
        {dates.join(' · ')}
      </Text>
    </Stack>
  );
}
