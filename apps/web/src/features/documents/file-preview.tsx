import { Image } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export const canPreview = (mimeType: string | null | undefined) =>
  !!mimeType && (mimeType.startsWith('image/') || mimeType === 'application/pdf');

/**
 * Shows an image or a PDF straight from our download URL, asked inline. The server sends it with
 * `Content-Security-Policy: sandbox` and `nosniff`, so the framed PDF runs in an opaque origin without
 * access to Tandem's page or cookies (a `sandbox` attribute on the iframe would make Chrome refuse PDFs).
 */
export function FilePreview({ url, mimeType, name }: { url: string; mimeType: string; name: string }) {
  const { t } = useTranslation();
  const src = `${url}?inline=1`;
  if (mimeType.startsWith('image/')) {
    return <Image src={src} alt={t('documents.previewFrame', { name })} mah={480} fit="contain" radius="sm" />;
  }
  return (
    <iframe
      src={src}
      title={t('documents.previewFrame', { name })}
      data-testid="pdf-preview"
      style={{ width: '100%', height: 480, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    />
  );
}
