import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error';
import { LanguageSwitch } from '../../app/language-switch';
import { useLogin } from './useLogin';
import { useSession } from './useSession';

function errorKey(error: unknown): string {
  if (isApiError(error, 'UNAUTHENTICATED') || isApiError(error, 'BAD_USER_INPUT')) return 'login.wrongCredentials';
  if (isApiError(error, 'NETWORK_ERROR')) return 'login.networkError';
  return 'login.unknownError';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  const loginMutation = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const from = (location.state as { from?: string } | null)?.from ?? '/queues';
  if (session && !loginMutation.isPending) return <Navigate to={from} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    loginMutation.mutate(
      { email: email.trim(), password },
      { onSuccess: () => navigate(from, { replace: true }) },
    );
  };

  return (
    <div className="login">
      <div className="login__language">
        <LanguageSwitch />
      </div>
      <main className="login__card">
        <div className="brand brand--large">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </div>
        <p className="login__tagline">{t('app.tagline')}</p>
        <h1>{t('login.title')}</h1>
        <p className="muted">{t('login.subtitle')}</p>
        <form className="form" onSubmit={onSubmit} noValidate>
          <label className="field">
            <span className="field__label">{t('login.email')}</span>
            <input
              type="email"
              name="email"
              autoComplete="username"
              autoFocus
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field__label">{t('login.password')}</span>
            <input
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          {loginMutation.isError && (
            <p className="form__error" role="alert">
              {t(errorKey(loginMutation.error))}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary button--block"
            disabled={loginMutation.isPending || !email.trim() || !password}
          >
            {loginMutation.isPending ? t('login.pending') : t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
