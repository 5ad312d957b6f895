import { useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError, api } from './api';
import { auth, basicAuthorization, useSession, type Role } from './auth';
import { LangSwitch, useI18n } from './i18n';
import { ProblemMessage } from './ProblemMessage';

interface Me {
  username: string;
  roles: Role[];
}

/** Checks the credentials with GET /api/v1/me and keeps them for this tab only. */
export default function Login() {
  const { t } = useI18n();
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [notice] = useState(() => auth.takeMessage());
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (session) return <Navigate to={from} replace />;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const authorization = basicAuthorization(username.trim(), password);
    try {
      const me = await api.get<Me>('/api/v1/me', { authorization });
      auth.signIn({ username: me.username, roles: me.roles, authorization });
      navigate(from, { replace: true });
    } catch (e) {
      setError(e instanceof ApiError && e.status === 401 ? new Error(t('shell.login.wrong')) : e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-page">
      <header className="login-header">
        <span className="brand">{t('shell.appName')}</span>
        <LangSwitch />
      </header>
      <main id="content" className="login-card">
        <h1>{t('shell.login.title')}</h1>
        {notice && (
          <p className="notice" role="status">
            {t(notice)}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <label htmlFor="login-username">{t('shell.login.username')}</label>
          <input
            id="login-username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            value={username}
            onChange={(e) => setUsername(e.target.value)}
          />
          <label htmlFor="login-password">{t('shell.login.password')}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <ProblemMessage error={error} />
          <button type="submit" className="primary" disabled={busy || !username || !password}>
            {busy ? t('shell.login.busy') : t('shell.login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
