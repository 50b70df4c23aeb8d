import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The programme's labels of a PTCE as worded badges (never colour alone). */
export function PtceLabels({
  ptce,
}: {
  ptce: { isCompagnon: boolean; amiLaureate2021: boolean; charterSignatory: boolean; eligibleForTsf: boolean };
}) {
  const { t } = useTranslation();
  const badge = (text: string, color: string) => (
    <Badge key={text} variant="light" color={color} c={`${color}.9`} tt="none" size="md" radius="sm">
      {text}
    </Badge>
  );
  return (
    <Group gap={6}>
      {ptce.isCompagnon && badge(t('directory.labels.compagnon'), 'tandem')}
      {ptce.amiLaureate2021 && badge(t('directory.labels.ami2021'), 'gray')}
      {ptce.charterSignatory && badge(t('directory.labels.charter'), 'gray')}
      {badge(ptce.eligibleForTsf ? t('directory.labels.eligible') : t('directory.labels.notEligible'), 'gray')}
    </Group>
  );
}
