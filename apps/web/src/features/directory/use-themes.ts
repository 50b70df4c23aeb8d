import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';

const ThemesQuery = graphql(`
  query Themes {
    themes {
      code
      labelFr
      labelEn
    }
  }
`);

/** The theme vocabulary in the reader's language: options for pickers and a code → label lookup. */
export function useThemeLabel() {
  const { i18n } = useTranslation();
  const { data, error } = useQuery(ThemesQuery);
  const english = i18n.resolvedLanguage === 'en';
  const themes = useMemo(() => data?.themes ?? [], [data]);
  const byCode = useMemo(() => new Map(themes.map((th) => [th.code, english ? th.labelEn : th.labelFr])), [themes, english]);
  const themeOptions = useMemo(
    () => themes.map((th) => ({ value: th.code, label: english ? th.labelEn : th.labelFr })),
    [themes, english],
  );
  const themeLabel = useCallback((code: string) => byCode.get(code) ?? code, [byCode]);
  const themeCodes = useMemo(() => new Set(themes.map((th) => th.code)), [themes]);
  // Settled: the vocabulary is known (or could not be loaded, and then codes are not checked here).
  const themesSettled = data !== undefined || error !== undefined;
  return { themeOptions, themeLabel, themeCodes, themesSettled, themesFailed: error !== undefined };
}
