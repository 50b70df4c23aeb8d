import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Card, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ErrorAlert } from '../../lib/error-alert';

const ExportQuery = graphql(`
  query DirectoryCsv {
    directoryCsv
  }
`);

const ImportMutation = graphql(`
  mutation ImportDirectoryCsv($csv: String!) {
    importDirectoryCsv(csv: $csv) {
      created
      updated
    }
  }
`);

interface RowError {
  line: number;
  column: string;
  message: string;
}

/** Operators: add a PTCE, export the directory as CSV, import one back (all or nothing). */
export function DirectoryAdmin({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [importCsv, { loading: importing }] = useMutation(ImportMutation);
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<{ created: number; updated: number } | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setExporting(true);
    setError(null);
    try {
      const { data } = await client.query({ query: ExportQuery, fetchPolicy: 'network-only' });
      const url = URL.createObjectURL(new Blob([data?.directoryCsv ?? ''], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = 'annuaire-ptce.csv';
      link.click();
      URL.revokeObjectURL(url);
    } catch (caught) {
      setError(caught);
    } finally {
      setExporting(false);
    }
  };

  const upload = async (file: File | null) => {
    if (!file) return;
    setResult(null);
    setRowErrors(null);
    setError(null);
    try {
      const { data } = await importCsv({ variables: { csv: await file.text() } });
      if (data) setResult(data.importDirectoryCsv);
      onImported();
    } catch (caught) {
      const rows = CombinedGraphQLErrors.is(caught) ? caught.errors[0]?.extensions?.rowErrors : undefined;
      if (Array.isArray(rows)) setRowErrors(rows as RowError[]);
      else setError(caught);
    }
  };

  return (
    <Card component="section" aria-labelledby="admin-title">
      <Stack gap="sm">
        <Title id="admin-title" order={2} size="h4">
          {t('directory.admin.title')}
        </Title>
        <Group gap="sm">
          <Button component={Link} to="/annuaire/nouveau">
            {t('directory.admin.create')}
          </Button>
          <Button variant="default" loading={exporting} onClick={() => void download()}>
            {t('directory.admin.export')}
          </Button>
          <FileButton onChange={(file) => void upload(file)} accept=".csv,text/csv">
            {(props) => (
              <Button variant="default" loading={importing} {...props}>
                {t('directory.admin.import')}
              </Button>
            )}
          </FileButton>
        </Group>
        <Text size="sm" c="dimmed">
          {t('directory.admin.importHint')}
        </Text>
        <div aria-live="polite">
          {result && (
            <Alert color="tandem" variant="light">
              {t('directory.admin.importDone', result)}
            </Alert>
          )}
          {rowErrors && (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm" c="red.9" fw={600}>
                {t('directory.admin.importFailed')}
              </Text>
              <List size="sm" mt="xs">
                {rowErrors.map((e, i) => (
                  <List.Item key={i}>{t('directory.admin.line', { ...e })}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
        </div>
      </Stack>
    </Card>
  );
}
