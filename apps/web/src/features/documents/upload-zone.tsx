import { Box, Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { LIMITS } from '@tandem/shared';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WRAPPING_BUTTON } from './wrap';
import { checkBeforeUpload, sizeParts, uploadFile, type UploadFailure, type UploadHandle } from './upload';

/** The sentence for an upload failure; the network case reuses the app's wording. */
export function useUploadErrorText() {
  const { t } = useTranslation();
  const max = sizeParts(LIMITS.uploadMaxBytes);
  const maxText = t(`documents.size.${max.unit}`, { n: max.n });
  return (failure: UploadFailure): string => {
    if (failure.reason === 'NETWORK') return t('errors.network');
    if (failure.code === 'NOT_FOUND') return t('errors.notFound');
    if (failure.code === 'UNAUTHENTICATED') return t('errors.sessionExpired');
    const known = ['TOO_LARGE', 'EMPTY_FILE', 'UNSUPPORTED_TYPE', 'TYPE_MISMATCH', 'DAILY_QUOTA', 'ABORTED'];
    return known.includes(failure.reason)
      ? t(`documents.errors.${failure.reason as 'TOO_LARGE'}`, { size: maxText })
      : t('documents.errors.generic');
  };
}

/**
 * Drop a file, or choose one with the button (the keyboard path); shows progress while it travels.
 * `compact` is the small variant used for a new version of one document.
 */
export function UploadZone({
  url,
  fields = {},
  onUploaded,
  compact = false,
  children,
}: {
  url: string;
  fields?: Record<string, string>;
  onUploaded: (name: string) => void;
  compact?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const errorText = useUploadErrorText();
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const handle = useRef<UploadHandle | null>(null);
  const resetRef = useRef<() => void>(null);
  const max = sizeParts(LIMITS.uploadMaxBytes);

  const send = async (file: File | null) => {
    resetRef.current?.();
    if (!file || progress) return;
    setFailure(null);
    setSuccess(null);
    const early = checkBeforeUpload(file);
    if (early) return setFailure(errorText(early));
    setProgress({ name: file.name, fraction: 0 });
    handle.current = uploadFile(url, file, fields, (fraction) => setProgress({ name: file.name, fraction }));
    try {
      await handle.current.done;
      setSuccess(t('documents.uploaded', { name: file.name }));
      onUploaded(file.name);
    } catch (caught) {
      const reason = (caught as UploadFailure).reason;
      if (reason !== 'CANCELLED') setFailure(errorText(caught as UploadFailure));
    } finally {
      handle.current = null;
      setProgress(null);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void send(event.dataTransfer.files[0] ?? null);
  };

  return (
    <Box
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      p={compact ? 'sm' : 'lg'}
      data-testid={compact ? 'version-drop-zone' : 'document-drop-zone'}
      style={{
        border: `2px dashed var(--mantine-color-${dragging ? 'tandem-6' : 'gray-4'})`,
        borderRadius: 'var(--mantine-radius-md)',
        background: dragging ? 'var(--mantine-color-tandem-0)' : undefined,
      }}
    >
      <Stack gap="sm">
        {!compact && (
          <div>
            <Text fw={600}>{t('documents.dropTitle')}</Text>
            <Text size="sm" c="dimmed">
              {t('documents.dropHint', { size: t(`documents.size.${max.unit}`, { n: max.n }) })}
            </Text>
          </div>
        )}
        {children}
        <Group gap="sm">
          <FileButton onChange={(file) => void send(file)} resetRef={resetRef}>
            {(props) => (
              <Button {...props} styles={WRAPPING_BUTTON} variant={compact ? 'default' : 'filled'} disabled={progress !== null}>
                {compact ? t('documents.chooseVersion') : t('documents.choose')}
              </Button>
            )}
          </FileButton>
          {progress && (
            <Button variant="subtle" mih={44} onClick={() => handle.current?.abort()}>
              {t('documents.cancel')}
            </Button>
          )}
        </Group>
        <div role="status" aria-live="polite">
          {success && !progress && (
            <Text size="sm" c="tandem.8" fw={500}>
              {success}
            </Text>
          )}
          {progress && (
            <Stack gap={4}>
              <Text size="sm">
                {t('documents.uploading', { name: progress.name, percent: Math.round(progress.fraction * 100) })}
              </Text>
              <Progress value={progress.fraction * 100} aria-hidden="true" />
            </Stack>
          )}
        </div>
        {failure && (
          <Text size="sm" c="red.9" role="alert">
            {failure}
          </Text>
        )}
      </Stack>
    </Box>
  );
}
