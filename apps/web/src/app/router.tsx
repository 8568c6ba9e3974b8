import { lazy, type ComponentType } from 'react';
import { matchRoutes, useRoutes, type Params, type RouteObject } from 'react-router';
import { AppLayout } from './layout/app-layout';

interface PageCode {
  Component: ComponentType;
  /** Asks for the page's first data, when the app opens on it: while the rest of the app's first requests load. */
  prefetch?: (params: Params, search: URLSearchParams) => Promise<unknown>;
}

interface Page {
  path: string;
  /** The page's code, fetched when the page is first shown: the first download holds only the shell. */
  load: () => Promise<PageCode>;
}

const pages: Page[] = [
  { path: '/', load: async () => ({ Component: (await import('./routes/home')).HomeRoute }) },
  { path: '/sign-in', load: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }) },
  {
    path: '/forgot-password',
    load: async () => ({ Component: (await import('./routes/account/forgot-password-route')).ForgotPasswordRoute }),
  },
  {
    path: '/reset-password/:token',
    load: async () => ({ Component: (await import('./routes/account/reset-password-route')).ResetPasswordRoute }),
  },
  {
    path: '/invitations/:token',
    load: async () => ({ Component: (await import('./routes/invitation/invitation-route')).InvitationRoute }),
  },
  { path: '/account', load: async () => ({ Component: (await import('./routes/account/account-route')).AccountRoute }) },
  { path: '/admin/outbox', load: async () => ({ Component: (await import('./routes/admin/outbox-route')).OutboxRoute }) },
  {
    path: '/notifications',
    load: async () => ({ Component: (await import('./routes/notifications/notifications-route')).NotificationsRoute }),
  },
  {
    path: '/settings/notifications',
    load: async () => ({ Component: (await import('./routes/notifications/notification-settings-route')).NotificationSettingsRoute }),
  },
  {
    path: '/unsubscribe/:token',
    load: async () => ({ Component: (await import('./routes/notifications/unsubscribe-route')).UnsubscribeRoute }),
  },
  { path: '/regions', load: async () => ({ Component: (await import('./routes/regions')).RegionsRoute }) },
  { path: '/regions/:regionId', load: async () => ({ Component: (await import('./routes/region/region-route')).RegionRoute }) },
  {
    path: '/strategies/:strategyId',
    load: async () => {
      const { StrategyRoute, prefetchStrategyPage } = await import('./routes/strategy/strategy-route');
      return { Component: StrategyRoute, prefetch: prefetchStrategyPage };
    },
  },
  {
    path: '/strategies/:strategyId/proposals',
    load: async () => ({ Component: (await import('./routes/proposals/proposals-route')).ProposalsRoute }),
  },
  {
    path: '/strategies/:strategyId/recommendations',
    load: async () => ({ Component: (await import('./routes/recommendations/recommendations-route')).RecommendationsRoute }),
  },
  { path: '/strategies/:strategyId/export', load: async () => ({ Component: (await import('./routes/export/export-route')).ExportRoute }) },
  { path: '/proposals/:proposalId', load: async () => ({ Component: (await import('./routes/proposal/proposal-route')).ProposalRoute }) },
  {
    path: '/sections/:sectionId',
    load: async () => {
      const { SectionRoute, prefetchSectionPage } = await import('./routes/section/section-route');
      return { Component: SectionRoute, prefetch: prefetchSectionPage };
    },
  },
  {
    path: '/sections/:sectionId/translations/:language',
    load: async () => ({ Component: (await import('./routes/translation/translation-route')).TranslationRoute }),
  },
  { path: '*', load: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }) },
];

/**
 * A page whose code is fetched once, when first needed. Once it is in, the page renders at once; before, it suspends:
 * the layout shows a spinner in its place (its Suspense), or, after a click on a link, the current page stays until
 * the next one's code is in (React Router navigates in a transition), so that the focus then moves to the new page's
 * h1 as before (useFocusOnNavigate).
 */
function lazyPage({ path, load }: Page) {
  let loaded: ComponentType | undefined;
  let loading: Promise<PageCode> | undefined;
  const fetchCode = () =>
    (loading ??= load().then(
      (code) => {
        loaded = code.Component;
        return code;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Suspending = lazy(async () => ({ default: (await fetchCode()).Component }));
  function PageCode() {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Suspending />;
  }
  return { path, fetchCode, element: <PageCode /> };
}

const lazyPages = pages.map(lazyPage);
const routes: RouteObject[] = [{ element: <AppLayout />, children: lazyPages.map(({ path, element }) => ({ path, element })) }];

export function AppRoutes() {
  return useRoutes(routes);
}

/**
 * Fetches the code of the page the app opens on, and has it ask for its first data, while the interface's words
 * are still on their way; resolves once the code and that data are in (the data waited for a second at most), or
 * the code failed: the page then tries again as it renders.
 */
export async function preloadPage({ pathname, search }: { pathname: string; search: string }): Promise<void> {
  const match = matchRoutes(lazyPages, pathname)?.[0];
  if (!match) return;
  const code = await match.route.fetchCode().catch(() => undefined);
  const data = code?.prefetch?.(match.params, new URLSearchParams(search));
  // The page's first data is waited for too, a second at most: the page then shows with it at once.
  if (data) await Promise.race([data, new Promise((resolve) => setTimeout(resolve, 1000))]);
}
