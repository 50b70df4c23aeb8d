/** Where to go after signing in: only paths of this site, never another origin. */
export function safeNext(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value;
}

/** The log-in page, with where to come back to and why the person is there (session expired or ended). */
export function loginPath(next: string, session?: 'expiree' | 'terminee'): string {
  const params = new URLSearchParams();
  if (next !== '/') params.set('next', next);
  if (session) params.set('session', session);
  const query = params.toString();
  return query ? `/connexion?${query}` : '/connexion';
}
