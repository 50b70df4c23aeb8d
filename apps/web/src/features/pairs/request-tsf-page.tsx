import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { PAIR_LIMITS, checkWishedDates, parisToday } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';
import { usePageTitle } from '../../lib/use-page-title';
import { PageLoader } from '../identity/session';
import { PairErrorAlert } from './pair-error';

const RequestTsfPageQuery = graphql(`
  query RequestTsfPage {
    tsfRequestOptions {
      canRequest
      reason
      ptce {
        id
        name
      }
      compagnons {
        id
        name
        town
        region
      }
      operators {
        displayName
        email
      }
    }
    themes {
      code
      labelFr
      labelEn
      group
    }
  }
`);

const RequestTsfMutation = graphql(`
  mutation RequestTsf($input: RequestTsfInput!) {
    requestTsf(input: $input) {
      id
      status
    }
  }
`);

type FieldErrors = Partial<Record<'compagnon' | 'themes' | 'message' | 'dates', string>>;

/** "Demander un TSF": a coordinator of an eligible PTCE asks a Compagnon; anyone else learns why not and whom to ask. */
export function RequestTsfPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('pairs.request.title'));
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(RequestTsfPageQuery, { fetchPolicy: 'cache-and-network' });
  const [request, { loading: sending }] = useMutation(RequestTsfMutation, { refetchQueries: ['MyPairs'] });
  const [compagnonId, setCompagnonId] = useState<string | null>(null);
  const [themes, setThemes] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitError, setSubmitError] = useState<unknown>(null);

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const options = data.tsfRequestOptions;
  const label = (theme: { labelFr: string; labelEn: string }) => (i18n.resolvedLanguage === 'en' ? theme.labelEn : theme.labelFr);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const next: FieldErrors = {};
    if (!compagnonId) next.compagnon = t('pairs.request.compagnonRequired');
    if (themes.length < PAIR_LIMITS.themesMin) next.themes = t('pairs.request.themesRequired');
    if (themes.length > PAIR_LIMITS.themesMax) next.themes = t('pairs.request.themesTooMany', { max: PAIR_LIMITS.themesMax });
    if (!message.trim()) next.message = t('pairs.request.messageRequired');
    if (message.length > PAIR_LIMITS.requestMessageMaxLength)
      next.message = t('pairs.request.messageTooLong', { max: PAIR_LIMITS.requestMessageMaxLength });
    const datesProblem = checkWishedDates(start || null, end || null);
    if (datesProblem) next.dates = t(`pairs.errors.${datesProblem}`);
    setErrors(next);
    setSubmitError(null);
    if (Object.keys(next).length > 0) return;
    try {
      const result = await request({
        variables: {
          input: { compagnonId: compagnonId!, themes, message, wishedStartDate: start || null, wishedEndDate: end || null },
        },
      });
      if (result.data) void navigate(`/espaces/${result.data.requestTsf.id}/fil`);
    } catch (caught) {
      setSubmitError(caught);
    }
  };

  return (
    <Stack gap="lg" maw={760}>
      <div>
        <Title order={1}>{t('pairs.request.title')}</Title>
        <Text mt="xs">{t('pairs.request.intro')}</Text>
      </div>
      {!options.canRequest && (
        <Alert color="amber" variant="light" title={<span>{t('pairs.request.cannotTitle')}</span>}>
          <Stack gap="xs">
            <Text size="sm">{t(`pairs.request.${options.reason as 'NOT_ELIGIBLE'}`)}</Text>
            {options.operators.length > 0 && (
              <>
                <Text size="sm">{t('pairs.request.contact')}</Text>
                <List size="sm">
                  {options.operators.map((o) => (
                    <List.Item key={o.email}>
                      {o.displayName} — <Anchor href={`mailto:${o.email}`}>{o.email}</Anchor>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Alert>
      )}
      {options.canRequest && options.compagnons.length === 0 && <Text>{t('pairs.request.noCompagnon')}</Text>}
      {options.canRequest && options.compagnons.length > 0 && (
        <Card component="form" noValidate onSubmit={(e: FormEvent) => void onSubmit(e)} aria-label={t('pairs.request.title')}>
          <Stack gap="md">
            <Select
              label={t('pairs.request.compagnon')}
              description={t('pairs.request.compagnonHint')}
              placeholder={t('pairs.request.compagnonPlaceholder')}
              data={options.compagnons.map((c) => ({
                value: c.id,
                label: [c.name, c.town, c.region].filter(Boolean).join(' · '),
              }))}
              value={compagnonId}
              onChange={setCompagnonId}
              searchable
              required
              error={errors.compagnon}
              size="md"
            />
            <Checkbox.Group
              label={t('pairs.request.themes')}
              description={t('pairs.request.themesHint', { min: PAIR_LIMITS.themesMin, max: PAIR_LIMITS.themesMax })}
              value={themes}
              onChange={setThemes}
              error={errors.themes}
              required
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
                {data.themes.map((theme) => (
                  <Checkbox
                    key={theme.code}
                    value={theme.code}
                    label={label(theme)}
                    styles={{ body: { minHeight: 32, alignItems: 'center' } }}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <Textarea
              label={t('pairs.request.message')}
              description={t('pairs.request.messageHint', { count: PAIR_LIMITS.requestMessageMaxLength })}
              value={message}
              onChange={(e) => setMessage(e.currentTarget.value)}
              autosize
              minRows={4}
              maxLength={PAIR_LIMITS.requestMessageMaxLength}
              required
              error={errors.message}
              size="md"
            />
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                type="date"
                label={t('pairs.request.wishedStart')}
                value={start}
                min={parisToday()}
                onChange={(e) => setStart(e.currentTarget.value)}
                size="md"
                miw={200}
              />
              <TextInput
                type="date"
                label={t('pairs.request.wishedEnd')}
                value={end}
                min={start || parisToday()}
                onChange={(e) => setEnd(e.currentTarget.value)}
                size="md"
                miw={200}
              />
            </Group>
            <Text size="sm" c={errors.dates ? 'red.9' : 'dimmed'} role={errors.dates ? 'alert' : undefined}>
              {errors.dates ?? t('pairs.request.datesHint')}
            </Text>
            {submitError !== null && <PairErrorAlert error={submitError} />}
            <Group>
              <Button type="submit" loading={sending} size="md">
                {sending ? t('pairs.request.submitting') : t('pairs.request.submit')}
              </Button>
            </Group>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
