import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const ThemeList_ThemeFragment = graphql(`
  fragment ThemeList_Theme on Theme {
    code
    labelFr
    labelEn
  }
`);

/** The themes of a PTCE or a pair, in the reader's language, as a list. */
export function ThemeList({
  themes,
  emptyText,
}: {
  themes: ReadonlyArray<FragmentType<typeof ThemeList_ThemeFragment>>;
  emptyText?: string;
}) {
  const { i18n } = useTranslation();
  const items = getFragmentData(ThemeList_ThemeFragment, themes);
  if (items.length === 0) {
    return emptyText ? (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    ) : null;
  }
  return (
    <Group component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((theme) => (
        <li key={theme.code}>
          <Badge variant="outline" color="gray" c="gray.8" tt="none" fw={500} size="lg" radius="sm">
            {i18n.resolvedLanguage === 'en' ? theme.labelEn : theme.labelFr}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
