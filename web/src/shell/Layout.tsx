import { Suspense, useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from './api';
import { NavLink, Outlet, useMatches } from 'react-router';
import { auth, hasAnyRole, useSession } from './auth';
import { LangSwitch, useI18n } from './i18n';
import type { Screen } from './screen';

/** The console chrome: skip link, header with navigation for the user's roles, language, sign out. */
export function Layout({ screens }: { screens: Screen[] }) {
  const { t } = useI18n();
  const session = useSession();
  const matches = useMatches();
  // Checks the kept credentials once per load: a 401 ends the session (the api client does that).
  useQuery({ queryKey: ['shell', 'me'], queryFn: () => api.get('/api/v1/me'), staleTime: Infinity });
  const visible = screens.filter((s) => !s.public && s.nav !== false && hasAnyRole(session, s.roles));
  const groups = [...new Set(visible.map((s) => s.group ?? ''))];
  const title = [...matches].reverse().map((m) => (m.handle as { title?: string } | undefined)?.title).find(Boolean);

  useEffect(() => {
    document.title = title ? `${t(title)} · ${t('shell.appName')}` : t('shell.appName');
  }, [title, t]);

  return (
    <div className="console">
      <a className="skip-link" href="#content">
        {t('shell.skipToContent')}
      </a>
      <header className="topbar">
        <NavLink to="/" className="brand">
          {t('shell.appName')}
        </NavLink>
        <nav aria-label={t('shell.nav')} className="mainnav">
          {groups.map((group) => (
            <ul key={group || 'none'} aria-label={group ? t(group) : undefined}>
              {visible
                .filter((s) => (s.group ?? '') === group)
                .map((s) => (
                  <li key={s.path}>
                    <NavLink to={s.path}>{t(s.title)}</NavLink>
                  </li>
                ))}
            </ul>
          ))}
        </nav>
        <div className="topbar-end">
          {session && (
            <span className="who" data-testid="who">
              {t('shell.signedInAs', { user: session.username })}
              <span className="roles"> ({session.roles.map((r) => t(`role.${r}`)).join(', ')})</span>
            </span>
          )}
          <LangSwitch />
          <button type="button" onClick={() => auth.signOut('shell.login.signedOut')}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <main id="content" tabIndex={-1}>
        <Suspense fallback={<p className="loading">{t('shell.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
