import { Link, Navigate, useRouteError } from 'react-router';
import { hasAnyRole, useSession } from './auth';
import { useI18n } from './i18n';
import type { Screen } from './screen';

/** `/`: the first screen the user's roles open. */
export function Home({ screens }: { screens: Screen[] }) {
  const { t } = useI18n();
  const session = useSession();
  const first = screens.find((s) => !s.public && s.nav !== false && hasAnyRole(session, s.roles));
  if (first) return <Navigate to={first.path} replace />;
  return (
    <section className="page">
      <h1>{t('shell.home.title')}</h1>
      <p>{t('shell.home.none')}</p>
    </section>
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('shell.notFound.title')}</h1>
      <p>{t('shell.notFound.body')}</p>
      <p>
        <Link to="/">{t('shell.notFound.home')}</Link>
      </p>
    </section>
  );
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{t('shell.forbidden.title')}</h1>
      <p>{t('shell.forbidden.body')}</p>
    </section>
  );
}

/** Shown when a screen's chunk fails to load or a screen throws while rendering. */
export function ScreenError() {
  const { t } = useI18n();
  const error = useRouteError();
  return (
    <section className="page" role="alert">
      <h1>{t('shell.error.screen')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('shell.error.retry')}
      </button>
    </section>
  );
}
