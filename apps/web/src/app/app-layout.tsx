import { Anchor, AppShell, Box, Button, Container, Divider, Drawer, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useLogOut, useMe } from '../features/identity/session';
import { ErrorAlert } from '../lib/error-alert';
import { LogOutIcon, MenuIcon, TandemMark } from '../lib/icons';
import { NotificationBell } from '../features/notifications/notification-bell';
import { ConnectionBanner } from './connection-banner';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

function useNavItems() {
  const { t } = useTranslation();
  const { me } = useMe();
  const directory = [
    { to: '/annuaire', label: t('directory.nav'), end: false },
    { to: '/trouver-un-compagnon', label: t('directory.navFinder'), end: false },
  ];
  if (!me) return directory;
  // Signed in, the finder stays one click away (home page and directory): the header keeps room
  // for the person's menu at laptop widths.
  return [
    { to: '/', label: t('nav.mySpaces'), end: true },
    ...(me.role === 'COORDINATOR' ? [{ to: '/demander-un-tsf', label: t('pairs.nav.request'), end: false }] : []),
    ...(me.role === 'OPERATOR' ? [{ to: '/suivi-des-tsf', label: t('pairs.nav.overview'), end: false }] : []),
    directory[0],
    ...(me.role === 'COORDINATOR' ? [{ to: '/mon-ptce', label: t('nav.myPtce'), end: false }] : []),
  ];
}

// Tabs of one pair are one page: switching tabs keeps the keyboard in the tab list.
const pageOf = (pathname: string) => pathname.replace(/^(\/espaces\/[^/]+)\/.*$/, '$1');

/** After a client-side navigation, move focus to the new page so screen readers start from its top. */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const page = pageOf(pathname);
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    document.getElementById('contenu')?.focus({ preventScroll: false });
  }, [page]);
}

export function AppLayout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { pathname } = useLocation();
  const navItems = useNavItems();
  const [menuOpened, menu] = useDisclosure(false);
  const { logOut, loading: loggingOut, error: logOutError } = useLogOut();
  useFocusMainOnNavigate();

  const navLinks = (onNavigate?: () => void) =>
    navItems.map((item) => (
      <Button
        key={item.to}
        component={NavLink}
        to={item.to}
        end={item.end}
        variant="subtle"
        color="dark"
        className="nav-link"
        onClick={onNavigate}
        justify="flex-start"
      >
        {item.label}
      </Button>
    ));

  return (
    <AppShell header={{ height: 64 }} padding={0}>
      <a href="#contenu" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px={{ base: 6, sm: 'lg' }} justify="space-between" wrap="nowrap" gap={6}>
          <Group gap="lg" wrap="nowrap">
            <Anchor component={Link} to="/" underline="never" c="dark" aria-label={t('app.name')}>
              <Group gap={8} wrap="nowrap">
                <TandemMark />
                {/* The mark alone on a phone: the header's buttons need the width (the link keeps its name). */}
                <Text fw={700} size="lg" component="span" visibleFrom="xs">
                  {t('app.name')}
                </Text>
              </Group>
            </Anchor>
            {navItems.length > 0 && (
              <Group component="nav" aria-label={t('nav.label')} gap={4} visibleFrom="md" wrap="nowrap">
                {navLinks()}
              </Group>
            )}
          </Group>
          <Group gap={6} wrap="nowrap">
            <LanguageSwitch />
            {me && <NotificationBell />}
            {!me && pathname !== '/connexion' && (
              // Visitors of the public directory need a way in.
              <Button component={Link} to={`/connexion?next=${encodeURIComponent(pathname)}`} variant="default" px="xs">
                {t('login.title')}
              </Button>
            )}
            {me && (
              <Box visibleFrom="md">
                <UserMenu me={me} onLogOut={() => void logOut()} loggingOut={loggingOut} />
              </Box>
            )}
            {navItems.length > 0 && (
              <Button
                hiddenFrom="md"
                variant="default"
                leftSection={<MenuIcon />}
                onClick={menu.open}
                aria-expanded={menuOpened}
                aria-label={t('nav.menu')}
                px="xs"
              >
                {/* Its icon alone on a phone, where the header's width is short. */}
                <Box component="span" visibleFrom="xs">
                  {t('nav.menu')}
                </Box>
              </Button>
            )}
          </Group>
        </Group>
      </AppShell.Header>

      {navItems.length > 0 && (
        <Drawer
          opened={menuOpened}
          onClose={menu.close}
          position="right"
          size="xs"
          title={t('nav.menu')}
          closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
          hiddenFrom="md"
        >
          <Stack gap="md">
            <Stack component="nav" aria-label={t('nav.label')} gap={4}>
              {navLinks(menu.close)}
            </Stack>
            {me && <Divider />}
            {me && (
              <div>
                <Text fw={600}>{me.displayName}</Text>
                <Text size="sm" c="dimmed">
                  {t(`user.roles.${me.role}`)}
                  {me.ptce ? ` · ${me.ptce.name}` : ''}
                </Text>
              </div>
            )}
            {me && (
              <Button
                component={Link}
                to="/notifications/preferences"
                variant="subtle"
                color="dark"
                onClick={menu.close}
                justify="flex-start"
              >
                {t('notifications.preferencesLink')}
              </Button>
            )}
            {me && (
              <Button
                variant="default"
                leftSection={<LogOutIcon />}
                loading={loggingOut}
                onClick={() => {
                  menu.close();
                  void logOut();
                }}
              >
                {t('user.logOut')}
              </Button>
            )}
          </Stack>
        </Drawer>
      )}

      <AppShell.Main id="contenu" tabIndex={-1} style={{ outline: 'none' }}>
        <ConnectionBanner />
        <Container size="md" px={{ base: 'md', sm: 'lg' }} py={{ base: 'lg', sm: 'xl' }}>
          {logOutError !== null && (
            <Box mb="md">
              <ErrorAlert error={logOutError} />
            </Box>
          )}
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
