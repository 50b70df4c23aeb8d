import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const PairExportButton_PairFragment = graphql(`
  fragment PairExportButton_Pair on Pair {
    id
    viewerCanExport
  }
`);

/**
 * The whole space as one .zip, for the coordinators of the two PTCEs. A plain link: the browser
 * downloads the stream itself (session cookie, Content-Disposition), nothing is held in the page.
 */
export function PairExportButton(props: { pair: FragmentType<typeof PairExportButton_PairFragment> }) {
  const { t } = useTranslation();
  const pair = getFragmentData(PairExportButton_PairFragment, props.pair);
  if (!pair.viewerCanExport) return null;
  return (
    <Group gap="sm" align="center">
      <Button variant="default" component="a" href={`/api/pairs/${pair.id}/export.zip`} download mih={44}>
        {t('spaceExport.button')}
      </Button>
      <Text size="sm" c="dimmed" maw="40rem">
        {t('spaceExport.hint')}
      </Text>
    </Group>
  );
}
