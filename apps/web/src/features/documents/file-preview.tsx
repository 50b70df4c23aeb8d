import { Alert, Image, Loader, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const canPreview = (mimeType: string | null | undefined) =>
  !!mimeType && (mimeType.startsWith('image/') || mimeType === 'application/pdf');

/**
 * Shows an image or a PDF from our own download URL. The bytes are fetched with the session cookie and
 * shown from a local blob: the PDF sits in a sandboxed frame (no access to Tandem's page or cookies).
 */
export function FilePreview({ url, mimeType, name }: { url: string; mimeType: string; name: string }) {
  const { t } = useTranslation();
  const [blobUrl, setBlobUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let revoked = false;
    let created: string | null = null;
    void (async () => {
      try {
        const res = await fetch(url, { credentials: 'same-origin' });
        if (!res.ok) throw new Error(String(res.status));
        // Typed from the server's allow-listed type, never from the file's own claims.
        const blob = new Blob([await res.arrayBuffer()], { type: mimeType });
        if (revoked) return;
        created = URL.createObjectURL(blob);
        setBlobUrl(created);
      } catch {
        if (!revoked) setFailed(true);
      }
    })();
    return () => {
      revoked = true;
      if (created) URL.revokeObjectURL(created);
    };
  }, [url, mimeType]);

  if (failed) {
    return (
      <Alert color="red" variant="light">
        <Text size="sm">{t('errors.unknown')}</Text>
      </Alert>
    );
  }
  if (!blobUrl) {
    return (
      <Text size="sm" c="dimmed">
        <Loader size="xs" mr="xs" />
        {t('documents.previewLoading')}
      </Text>
    );
  }
  if (mimeType.startsWith('image/')) {
    return <Image src={blobUrl} alt={t('documents.previewFrame', { name })} mah={480} fit="contain" radius="sm" />;
  }
  return (
    <iframe
      src={blobUrl}
      title={t('documents.previewFrame', { name })}
      sandbox="allow-scripts"
      data-testid="pdf-preview"
      style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    />
  );
}
