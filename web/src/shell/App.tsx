import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { Navigate, RouterProvider, createBrowserRouter, useLocation, type RouteObject } from 'react-router';
import { ApiError } from './api';
import { hasAnyRole, useSession } from './auth';
import { I18nProvider, useI18n } from './i18n';
import { Layout } from './Layout';
import Login from './Login';
import { Forbidden, Home, NotFound, ScreenError } from './pages';
import type { Screen } from './screen';

function Loading() {
  const { t } = useI18n();
  return <p className="loading">{t('shell.loading')}</p>;
}

function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function RequireRoles({ screen, children }: { screen: Screen; children: ReactNode }) {
  const session = useSession();
  return hasAnyRole(session, screen.roles) ? children : <Forbidden />;
}

function route(screen: Screen): RouteObject {
  return {
    path: screen.path,
    handle: { title: screen.title },
    errorElement: <ScreenError />,
    hydrateFallbackElement: <Loading />,
    lazy: async () => {
      const { default: Component } = await screen.load();
      return {
        Component: screen.public
          ? Component
          : () => (
              <RequireRoles screen={screen}>
                <Component />
              </RequireRoles>
            ),
      };
    },
  };
}

export function buildRoutes(screens: Screen[]): RouteObject[] {
  return [
    ...screens.filter((s) => s.public).map(route),
    { path: '/login', element: <Login />, handle: { title: 'shell.login.title' } },
    {
      element: (
        <RequireSession>
          <Layout screens={screens} />
        </RequireSession>
      ),
      errorElement: <ScreenError />,
      hydrateFallbackElement: <Loading />,
      children: [
        { index: true, element: <Home screens={screens} /> },
        ...screens.filter((s) => !s.public).map(route),
        { path: '*', element: <NotFound /> },
      ],
    },
  ];
}

export function App({ screens }: { screens: Screen[] }) {
  const router = useMemo(() => createBrowserRouter(buildRoutes(screens)), [screens]);
  const queries = useMemo(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // A 4xx will not change by asking again; network errors and 5xx are retried twice.
            retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
            refetchOnWindowFocus: false,
          },
        },
      }),
    [],
  );
  return (
    <I18nProvider>
      <QueryClientProvider client={queries}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nProvider>
  );
}
