import { useLazyQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { departmentByCode } from '@tandem/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { finderFromParams, noThemeMatched } from './finder';
import { departmentOptions, PickerMultiSelect, PickerSelect } from './pickers';
import { PtceLabels } from './ptce-labels';
import { useThemeLabel } from './use-themes';

const SuggestionsQuery = graphql(`
  query CompagnonSuggestions($themes: [String!]!, $department: String, $first: Int) {
    compagnonSuggestions(themes: $themes, department: $department, first: $first) {
      score
      reasons
      reasonDetails {
        code
        params
      }
      ptce {
        id
        slug
        name
        town
        region
        isCompagnon
        amiLaureate2021
        charterSignatory
        eligibleForTsf
      }
    }
  }
`);

export function CompagnonFinderPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.finder.title'));
  const { themeOptions, themeLabel, themeCodes, themesSettled, themesFailed } = useThemeLabel();
  const [params, setParams] = useSearchParams();
  // A shared link's choices; an unknown theme code (hand-edited or old link) is dropped once the
  // vocabulary is known, never shown as a raw chip nor sent to the server.
  const known = (codes: string[]) => finderFromParams(new URLSearchParams(codes.map((c) => ['theme', c])), themeCodes).themes;
  const [chosenThemes, setThemes] = useState<string[]>(() => params.getAll('theme'));
  const [department, setDepartment] = useState<string | null>(() => finderFromParams(params, new Set()).department);
  const themes = themesSettled && !themesFailed ? known(chosenThemes) : themesSettled ? chosenThemes : [];
  const [run, { data, loading, error, called, variables }] = useLazyQuery(SuggestionsQuery);
  const ask = (choice: { themes: string[]; department: string | null }) => void run({ variables: { ...choice, first: 5 } });

  // A reason in the reader's language, from its code and parameters.
  const reasonText = (code: string, p: string[]) => {
    const themes = (codes: string[]) => codes.map((c) => themeLabel(c).toLowerCase()).join(', ');
    switch (code) {
      case 'THEMES_IN_COMMON':
        return t('directory.finder.reasons.THEMES_IN_COMMON', { themes: themes(p) });
      case 'HOSTED_ON_THEMES':
        return t('directory.finder.reasons.HOSTED_ON_THEMES', { count: Number(p[0]), themes: themes(p.slice(1)) });
      case 'HOSTED_TSF':
        return t('directory.finder.reasons.HOSTED_TSF', { count: Number(p[0]) });
      case 'SAME_DEPARTMENT':
      case 'NEIGHBOURING_DEPARTMENT':
        return t(`directory.finder.reasons.${code}`, { name: departmentByCode(p[0])?.name ?? p[0] });
      case 'SAME_REGION':
        return t('directory.finder.reasons.SAME_REGION', { name: p[0] });
      default:
        return null;
    }
  };

  const submit = () => {
    const next = new URLSearchParams();
    for (const code of themes) next.append('theme', code);
    if (department) next.set('dep', department);
    setParams(next, { replace: true });
    ask({ themes, department });
  };

  // A shared link (themes and département in the URL) shows its suggestions at once, once the theme
  // vocabulary is known.
  const fromLink = useRef(false);
  useEffect(() => {
    if (!themesSettled || fromLink.current) return;
    fromLink.current = true;
    if (themes.length > 0 || department) ask({ themes, department });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [themesSettled]);

  const suggestions = data?.compagnonSuggestions;
  // Against the themes of the suggestions on screen, not of the form being edited.
  const askedThemes = variables?.themes ?? [];
  const askedDepartment = variables?.department ?? null;
  const nothingMatched = suggestions
    ? noThemeMatched(Array.isArray(askedThemes) ? askedThemes : [askedThemes], suggestions)
    : false;
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('directory.finder.title')}</Title>
        <Text mt="xs" c="dimmed">
          {t('directory.finder.intro')}
        </Text>
      </div>
      <Card>
        <Stack
          component="form"
          gap="md"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <PickerMultiSelect
            label={t('directory.finder.themes')}
            description={t('directory.finder.themesHint')}
            data={themeOptions}
            value={themes}
            onChange={setThemes}
            clearable
          />
          <PickerSelect
            label={t('directory.finder.department')}
            placeholder={t('directory.finder.departmentPlaceholder')}
            data={departmentOptions}
            value={department}
            onChange={setDepartment}
            clearable
            limit={120}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('directory.finder.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
      {error && <ErrorAlert error={error} />}
      <section aria-labelledby="suggestions-title" aria-live="polite">
        {called && suggestions && (
          <>
            <Title id="suggestions-title" order={2} size="h3">
              {t('directory.finder.results')}
            </Title>
            {suggestions.length === 0 && <Text mt="sm">{t('directory.finder.none')}</Text>}
            {nothingMatched && (
              <Alert mt="sm" color="amber" variant="light" role="note" data-testid="no-theme-match">
                <Text size="sm" c="dark">
                  {askedDepartment ? t('directory.finder.noThemeMatch') : t('directory.finder.noThemeMatchNoDepartment')}
                </Text>
              </Alert>
            )}
            <Stack component="ol" gap="sm" m={0} mt="sm" p={0} style={{ listStyle: 'none' }}>
              {suggestions.map((s, index) => (
                <Card component="li" key={s.ptce.id} padding="md">
                  <Text size="xs" c="dimmed">
                    {t('directory.finder.rank', { rank: index + 1 })}
                  </Text>
                  <Anchor component={Link} to={`/annuaire/${s.ptce.slug}`} fw={700} size="lg">
                    {s.ptce.name}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {[s.ptce.town, s.ptce.region].filter(Boolean).join(' · ')}
                  </Text>
                  <Group mt={6}>
                    <PtceLabels ptce={s.ptce} />
                  </Group>
                  {s.reasonDetails.length > 0 && (
                    <>
                      <Text size="sm" fw={600} mt="sm">
                        {t('directory.finder.why')}
                      </Text>
                      <List size="sm">
                        {s.reasonDetails.map((r, i) => (
                          <List.Item key={r.code}>{reasonText(r.code, r.params) ?? s.reasons[i]}</List.Item>
                        ))}
                      </List>
                    </>
                  )}
                </Card>
              ))}
            </Stack>
          </>
        )}
      </section>
    </Stack>
  );
}
