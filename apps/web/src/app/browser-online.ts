import { useSyncExternalStore } from 'react';

/** The browser's own word on the network (navigator.onLine, window online/offline events). */
function subscribe(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

const getSnapshot = () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

/**
 * False while the browser says it is offline. A live socket can stay open for a long time after the
 * network went away (nothing is sent on it), so this is read beside the socket's state.
 */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribe, getSnapshot, () => true);
}
