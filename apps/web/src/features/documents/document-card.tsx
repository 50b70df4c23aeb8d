import { Anchor, Badge, Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WRAPPING_BUTTON } from './wrap';
import { currentLocale } from '../../app/i18n';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime } from '../../lib/dates';
import { FileIcon, NoteIcon } from '../../lib/icons';
import { canPreview, FilePreview } from './file-preview';
import { Markdown } from './markdown';
import { NoteEditor } from './note-editor';
import { sizeParts } from './upload';
import { UploadZone } from './upload-zone';

export const DocumentCard_DocumentFragment = graphql(`
  fragment DocumentCard_Document on Document {
    id
    kind
    title
    version
    updatedAt
    theme {
      code
      labelFr
      labelEn
    }
    latest {
      id
      body
    }
    versions {
      id
      number
      fileName
      mimeType
      sizeBytes
      downloadUrl
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

/** One file or note: what it is, who changed it last, its versions, preview or text, and its actions. */
export function DocumentCard({
  document: ref,
  onChanged,
  highlighted = false,
}: {
  document: FragmentType<typeof DocumentCard_DocumentFragment>;
  onChanged: () => void;
  /** Opened from a link: scrolled into view, outlined and focused. */
  highlighted?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const document = getFragmentData(DocumentCard_DocumentFragment, ref);
  const [previewing, setPreviewing] = useState(false);
  const [showVersions, setShowVersions] = useState(false);
  const [editing, setEditing] = useState(false);
  const latest = document.versions[0];
  const locale = currentLocale();
  const isNote = document.kind === 'NOTE';
  const titleId = `document-${document.id}`;
  const size = latest ? sizeParts(latest.sizeBytes) : null;
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!highlighted || !card.current) return;
    card.current.scrollIntoView({ block: 'center' });
    card.current.focus({ preventScroll: true });
  }, [highlighted]);

  return (
    <Card
      ref={card}
      component="article"
      withBorder
      aria-labelledby={titleId}
      aria-current={highlighted ? 'true' : undefined}
      tabIndex={highlighted ? -1 : undefined}
      data-testid="document-card"
      style={highlighted ? { borderColor: 'var(--mantine-color-tandem-6)', borderWidth: 2 } : undefined}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Text c="tandem.7" mt={2}>
            {isNote ? <NoteIcon /> : <FileIcon />}
          </Text>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {document.title}
            </Title>
            <Group gap="xs">
              <Badge variant="light" color="gray">
                {t(`documents.kinds.${document.kind}`)}
              </Badge>
              <Badge variant="outline" data-testid="document-version">
                {t('documents.version', { number: document.version })}
              </Badge>
              {document.theme && (
                <Badge variant="light">{i18n.resolvedLanguage === 'en' ? document.theme.labelEn : document.theme.labelFr}</Badge>
              )}
              {!isNote && latest && size && (
                <Text size="xs" c="dimmed">
                  {latest.fileName} · {t(`documents.size.${size.unit}`, { n: size.n })}
                </Text>
              )}
            </Group>
            {latest && (
              <Text size="sm" c="dimmed">
                {t('documents.updatedBy', { author: latest.author.displayName, date: formatDateTime(latest.createdAt, locale) })}
              </Text>
            )}
          </Stack>
        </Group>

        {isNote && !editing && document.latest?.body && <Markdown>{document.latest.body}</Markdown>}
        {isNote && editing && (
          <NoteEditor
            note={{ id: document.id, version: document.version, title: document.title, body: document.latest?.body ?? '' }}
            onClose={() => {
              setEditing(false);
              onChanged();
            }}
          />
        )}

        <Group gap="sm">
          {isNote && !editing && (
            <Button styles={WRAPPING_BUTTON} variant="default" onClick={() => setEditing(true)}>
              {t('documents.edit')}
            </Button>
          )}
          {!isNote && latest && canPreview(latest.mimeType) && (
            <Button
              styles={WRAPPING_BUTTON}
              variant="default"
              aria-expanded={previewing}
              onClick={() => setPreviewing((v) => !v)}
            >
              {previewing ? t('documents.hidePreview') : t('documents.preview')}
            </Button>
          )}
          {latest && (
            <Button styles={WRAPPING_BUTTON} variant="default" component="a" href={latest.downloadUrl} download>
              {t('documents.download', { number: latest.number })}
            </Button>
          )}
          <Button
            styles={WRAPPING_BUTTON}
            variant="subtle"
            aria-expanded={showVersions}
            onClick={() => setShowVersions((v) => !v)}
          >
            {t('documents.versionsTitle')} ({document.versions.length})
          </Button>
        </Group>
        {!isNote && latest && !canPreview(latest.mimeType) && (
          <Text size="sm" c="dimmed">
            {t('documents.noPreview')}
          </Text>
        )}
        {previewing && latest?.mimeType && (
          <FilePreview
            key={latest.id}
            url={latest.downloadUrl}
            mimeType={latest.mimeType}
            name={latest.fileName ?? document.title}
          />
        )}

        <Collapse in={showVersions}>
          <Stack
            gap="xs"
            component="ol"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label={t('documents.versionsTitle')}
          >
            {document.versions.map((version) => (
              <li key={version.id}>
                <Group gap="sm" justify="space-between" wrap="wrap">
                  <Text size="sm">
                    {t('documents.versionLine', {
                      number: version.number,
                      author: version.author.displayName,
                      date: formatDateTime(version.createdAt, locale),
                    })}
                  </Text>
                  <Anchor
                    href={version.downloadUrl}
                    download
                    size="sm"
                    aria-label={t('documents.download', { number: version.number })}
                    py="xs"
                  >
                    {t('documents.downloadShort')}
                  </Anchor>
                </Group>
              </li>
            ))}
          </Stack>
        </Collapse>

        {!isNote && <UploadZone compact url={`/api/documents/${document.id}/versions`} onUploaded={onChanged} />}
      </Stack>
    </Card>
  );
}
