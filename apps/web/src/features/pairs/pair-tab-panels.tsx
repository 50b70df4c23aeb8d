import { Text, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { AgendaPanel } from '../agenda/agenda-panel';
import type { PairTab } from './pair-tabs';

export interface PairTabProps {
  pairId: string;
}

/** A tab whose feature has not landed yet: one calm sentence. */
function Preparing({ slug }: { slug: PairTab }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} size="h3">
        {t(`pair.tabs.${slug}`)}
      </Title>
      <Text mt="sm">{t(`pair.preparing.${slug}`)}</Text>
    </>
  );
}

// One line per tab: each feature (threads, agenda, documents, lessons, members) plugs its panel here.
export const PAIR_TAB_PANELS: Record<PairTab, ComponentType<PairTabProps>> = {
  fil: () => <Preparing slug="fil" />,
  'ordre-du-jour': AgendaPanel,
  documents: () => <Preparing slug="documents" />,
  bilan: () => <Preparing slug="bilan" />,
  membres: () => <Preparing slug="membres" />,
};
