import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nProvider, RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { HashRouter, useHref, useNavigate } from 'react-router';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { useFollowHostEvents } from '../data/host-events';
import { ServersProvider } from '../data/servers';
import { AppRoutes } from './AppRoutes';
import { useFollowAppLinks } from '../links/useFollowAppLinks';
import { useHistoryKeys } from './navigation/useHistoryKeys';
import { useLocale } from '../i18n/useLocale';
import { FollowLocation } from './navigation/useStillHere';

/**
 * The window: one query cache for what it asks its host, the device's servers, and a hash
 * router (every screen has an address; Back, Forward and reload keep the person's place).
 */
export function App({ queryClient, initialServers }: { queryClient: QueryClient; initialServers: ServerEntry[] }) {
  return (
    <QueryClientProvider client={queryClient}>
      <ServersProvider initial={initialServers}>
        <HashRouter>
          <RoutedApp />
        </HashRouter>
      </ServersProvider>
    </QueryClientProvider>
  );
}

/** Inside the router: React Aria's links and menus navigate through it too. */
function RoutedApp() {
  const navigate = useNavigate();
  useFollowHostEvents();
  useHistoryKeys();
  useFollowAppLinks();
  const locale = useLocale();
  // React Aria's plurals and direction follow the UI's language; its words come from react-aria-strings.ts.
  return (
    <I18nProvider locale={locale === 'cy' ? 'cy-GB' : 'en-GB'}>
      <AriaRouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
        <FollowLocation />
        <AppRoutes />
      </AriaRouterProvider>
    </I18nProvider>
  );
}
