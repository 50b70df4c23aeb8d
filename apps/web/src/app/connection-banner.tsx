import { Alert, Text } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBrowserOnline } from './browser-online';
import { useConnectionState } from './realtime-context';

/**
 * One calm line while live updates are cut off — the live socket is down, or the browser says it is
 * offline (the socket may stay open a long while then) — the live region stays mounted so it is announced.
 */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const socketLost = useConnectionState() === 'lost';
  const online = useBrowserOnline();
  const lost = socketLost || !online;
  const box = useRef<HTMLDivElement>(null);
  // Its height, for views sized to the window (an open thread) to stay clear of it.
  useLayoutEffect(() => {
    const root = document.documentElement.style;
    const measure = () => root.setProperty('--tandem-banner-height', `${box.current?.offsetHeight ?? 0}px`);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    if (box.current) observer?.observe(box.current);
    return () => {
      observer?.disconnect();
      root.removeProperty('--tandem-banner-height');
    };
  }, [lost]);
  return (
    <div
      ref={box}
      role="status"
      aria-live="polite"
      // Opaque: the light alert's tint alone let the page scrolled under it show through.
      style={{
        position: 'sticky',
        top: 'var(--app-shell-header-height, 64px)',
        zIndex: 'var(--mantine-z-index-app)',
        background: 'var(--mantine-color-body)',
      }}
    >
      {lost && (
        <Alert color="amber" variant="light" radius={0} py="xs" styles={{ message: { color: 'var(--mantine-color-amber-9)' } }}>
          <Text fw={600} size="sm" c="amber.9">
            {t('connection.lost')}
          </Text>
          <Text size="sm" c="amber.9">
            {t('connection.lostHint')}
          </Text>
        </Alert>
      )}
    </div>
  );
}
