import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DEPARTMENTS, REGIONS } from '@tandem/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { graphql } from '../../gql';
import type { MemberKind, PtceForEditQuery as PtceForEditResult, PtceInput } from '../../gql/graphql';
import { ErrorAlert } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader, useMe } from '../identity/session';
import { useThemeLabel } from './use-themes';

const PtceForEditQuery = graphql(`
  query PtceForEdit($slug: String!) {
    ptce(slug: $slug) {
      id
      slug
      name
      carrier
      town
      departments
      region
      summary
      website
      labelledYear
      amiLaureate2021
      charterSignatory
      isCompagnon
      themes {
        code
      }
      members {
        id
        name
        kind
        town
      }
    }
  }
`);

const CreatePtceMutation = graphql(`
  mutation CreatePtce($input: PtceInput!) {
    createPtce(input: $input) {
      id
      slug
    }
  }
`);

const UpdatePtceMutation = graphql(`
  mutation UpdatePtce($id: ID!, $input: PtceInput!) {
    updatePtce(id: $id, input: $input) {
      id
      slug
    }
  }
`);

const KINDS: MemberKind[] = ['ASSOCIATION', 'SCIC', 'SCOP', 'SIAE', 'ENTREPRISE', 'COLLECTIVITE', 'CBE', 'FORMATION', 'AUTRE'];
const EMPTY: PtceInput = {
  slug: '',
  name: '',
  carrier: '',
  town: '',
  departments: [],
  region: null,
  summary: '',
  themes: [],
  labelledYear: null,
  website: '',
  amiLaureate2021: false,
  charterSignatory: false,
  isCompagnon: false,
  members: [],
};

type Existing = NonNullable<PtceForEditResult['ptce']>;

const toInput = (existing: Existing | null | undefined): PtceInput =>
  existing
    ? {
        slug: existing.slug,
        name: existing.name,
        carrier: existing.carrier ?? '',
        town: existing.town ?? '',
        departments: existing.departments,
        region: existing.region,
        summary: existing.summary ?? '',
        themes: existing.themes.map((th) => th.code),
        labelledYear: existing.labelledYear ?? null,
        website: existing.website ?? '',
        amiLaureate2021: existing.amiLaureate2021,
        charterSignatory: existing.charterSignatory,
        isCompagnon: existing.isCompagnon,
        members: existing.members.map((m) => ({ name: m.name, kind: m.kind, town: m.town ?? '' })),
      }
    : EMPTY;

/** Operators: create a PTCE (`/annuaire/nouveau`) or edit one (`/annuaire/:slug/modifier`). */
export function PtceFormPage() {
  const { slug } = useParams();
  const { t } = useTranslation();
  const { me, loading: meLoading } = useMe();
  const editing = Boolean(slug);
  const { data, loading, error } = useQuery(PtceForEditQuery, { variables: { slug: slug ?? '' }, skip: !editing });
  usePageTitle(editing ? t('directory.form.editTitle', { name: data?.ptce?.name ?? '' }) : t('directory.form.createTitle'));
  if (meLoading || (editing && loading && !data)) return <PageLoader />;
  if (error) return <ErrorAlert error={error} />;
  if (me?.role !== 'OPERATOR') {
    return <ErrorAlert error={new CombinedGraphQLErrors({ errors: [{ message: '', extensions: { code: 'FORBIDDEN' } }] })} />;
  }
  return <PtceForm key={data?.ptce?.id ?? 'new'} existing={editing ? (data?.ptce ?? null) : null} />;
}

function PtceForm({ existing }: { existing: Existing | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { themeOptions } = useThemeLabel();
  const editing = existing !== null;
  const [values, setValues] = useState<PtceInput>(() => toInput(existing));
  const [create, createState] = useMutation(CreatePtceMutation);
  const [update, updateState] = useMutation(UpdatePtceMutation);
  const [error, setError] = useState<unknown>(null);
  const [problems, setProblems] = useState<string | null>(null);

  const set = <K extends keyof PtceInput>(key: K, value: PtceInput[K]) => setValues((v) => ({ ...v, [key]: value }));
  const setMember = (index: number, patch: Partial<PtceInput['members'][number]>) =>
    set(
      'members',
      values.members.map((m, i) => (i === index ? { ...m, ...patch } : m)),
    );

  const save = async () => {
    setError(null);
    setProblems(null);
    const input = { ...values, website: values.website || null, region: values.region || null };
    try {
      const result = existing
        ? (await update({ variables: { id: existing.id, input } })).data?.updatePtce
        : (await create({ variables: { input } })).data?.createPtce;
      if (result) await navigate(`/annuaire/${result.slug}`);
    } catch (caught) {
      const ext = CombinedGraphQLErrors.is(caught) ? caught.errors[0]?.extensions : undefined;
      if (ext?.reason === 'SLUG_TAKEN') setProblems(t('directory.form.slugTaken'));
      else if (ext?.reason === 'INVALID_PTCE' && Array.isArray(ext.problems)) {
        setProblems(
          t('directory.form.invalid', { fields: (ext.problems as { column: string }[]).map((p) => p.column).join(', ') }),
        );
      } else setError(caught);
    }
  };

  return (
    <Stack gap="lg">
      <Title order={1}>
        {editing ? t('directory.form.editTitle', { name: existing?.name ?? '' }) : t('directory.form.createTitle')}
      </Title>
      <Card>
        <Stack
          component="form"
          gap="md"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <TextInput
            label={t('directory.form.name')}
            required
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <TextInput
            label={t('directory.form.slug')}
            description={t('directory.form.slugHint')}
            required
            value={values.slug}
            onChange={(e) => set('slug', e.currentTarget.value)}
          />
          <TextInput
            label={t('directory.form.carrier')}
            value={values.carrier ?? ''}
            onChange={(e) => set('carrier', e.currentTarget.value)}
          />
          <TextInput
            label={t('directory.form.town')}
            value={values.town ?? ''}
            onChange={(e) => set('town', e.currentTarget.value)}
          />
          <MultiSelect
            label={t('directory.form.departments')}
            required
            data={DEPARTMENTS.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` }))}
            value={values.departments}
            onChange={(v) => set('departments', v)}
            searchable
            limit={120}
          />
          <Select
            label={t('directory.form.region')}
            description={t('directory.form.regionHint')}
            data={[...REGIONS]}
            value={values.region ?? null}
            onChange={(v) => set('region', v)}
            clearable
          />
          <Textarea
            label={t('directory.form.summary')}
            autosize
            minRows={3}
            value={values.summary ?? ''}
            onChange={(e) => set('summary', e.currentTarget.value)}
          />
          <MultiSelect
            label={t('directory.form.themes')}
            data={themeOptions}
            value={values.themes}
            onChange={(v) => set('themes', v)}
            searchable
          />
          <NumberInput
            label={t('directory.form.labelledYear')}
            min={1990}
            max={2100}
            value={values.labelledYear ?? ''}
            onChange={(v) => set('labelledYear', typeof v === 'number' ? v : null)}
          />
          <TextInput
            label={t('directory.form.website')}
            type="url"
            value={values.website ?? ''}
            onChange={(e) => set('website', e.currentTarget.value)}
          />
          <Checkbox
            size="md"
            label={t('directory.form.ami')}
            checked={values.amiLaureate2021}
            onChange={(e) => set('amiLaureate2021', e.currentTarget.checked)}
          />
          <Checkbox
            size="md"
            label={t('directory.form.charter')}
            checked={values.charterSignatory}
            onChange={(e) => set('charterSignatory', e.currentTarget.checked)}
          />
          <Checkbox
            size="md"
            label={t('directory.form.compagnon')}
            checked={values.isCompagnon}
            onChange={(e) => set('isCompagnon', e.currentTarget.checked)}
          />
          <Title order={2} size="h4">
            {t('directory.form.members')}
          </Title>
          {values.members.map((m, i) => (
            <Group key={i} align="flex-end" gap="xs" wrap="wrap">
              <TextInput
                label={t('directory.form.memberName', { n: i + 1 })}
                value={m.name}
                onChange={(e) => setMember(i, { name: e.currentTarget.value })}
                style={{ flex: '2 1 200px' }}
              />
              <Select
                label={t('directory.form.memberKind', { n: i + 1 })}
                data={KINDS.map((k) => ({ value: k, label: t(`directory.kinds.${k}`) }))}
                value={m.kind}
                onChange={(v) => v && setMember(i, { kind: v as MemberKind })}
                allowDeselect={false}
                style={{ flex: '1 1 160px' }}
              />
              <TextInput
                label={t('directory.form.memberTown', { n: i + 1 })}
                value={m.town ?? ''}
                onChange={(e) => setMember(i, { town: e.currentTarget.value })}
                style={{ flex: '1 1 140px' }}
              />
              <ActionIcon
                variant="default"
                size={44}
                aria-label={t('directory.form.removeMember', { n: i + 1 })}
                onClick={() =>
                  set(
                    'members',
                    values.members.filter((_, j) => j !== i),
                  )
                }
              >
                ×
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              onClick={() => set('members', [...values.members, { name: '', kind: 'ASSOCIATION', town: '' }])}
            >
              {t('directory.form.addMember')}
            </Button>
          </Group>
          {problems && (
            <Alert color="red" variant="light" role="alert">
              {problems}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
          <Group>
            <Button type="submit" loading={createState.loading || updateState.loading}>
              {t('directory.form.save')}
            </Button>
            <Button component={Link} to={existing ? `/annuaire/${existing.slug}` : '/annuaire'} variant="default">
              {t('directory.form.cancel')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
