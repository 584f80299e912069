import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { HealthAlertBanner } from '../features/account-health/health-alert-banner';
import { ApprovalRequestBanner } from '../features/compensation/approval-request-banner';
import { useLogout } from '../features/auth/useLogout';
import { useMe } from '../features/auth/useMe';
import { RealtimeProvider } from '../realtime/realtime-provider';
import { AvailabilityToggle } from './availability-toggle';
import { ConnectionIndicator } from './connection-indicator';
import { LanguageSwitch } from './language-switch';
import { NAV_ITEMS } from './nav-items';
import { useGoToShortcuts } from './useGoToShortcuts';

function TopBar() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const logout = useLogout();

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true" />
        {t('app.name')}
      </div>
      {me.data && (
        <span className="top-bar__org" data-testid="organization-name">
          {me.data.organization.name}
        </span>
      )}
      <div className="top-bar__spacer" />
      <AvailabilityToggle />
      <ConnectionIndicator />
      <LanguageSwitch />
      {me.data && (
        <div className="user" title={t('topBar.signedInAs', { name: me.data.name })}>
          <span className="user__avatar" aria-hidden="true">
            {me.data.name.trim().charAt(0).toUpperCase()}
          </span>
          <span className="user__text">
            <span className="user__name" data-testid="user-name">
              {me.data.name}
            </span>
            <span className="user__role">{t(`role.${me.data.role}`)}</span>
          </span>
        </div>
      )}
      <button
        type="button"
        className="button button--ghost"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
      >
        {logout.isPending ? t('topBar.signingOut') : t('topBar.signOut')}
      </button>
    </header>
  );
}

function SideNav() {
  const { t } = useTranslation();
  const role = useMe().data?.role;
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {NAV_ITEMS.filter((item) => !item.roles || (role && item.roles.includes(role))).map((item) => (
          <li key={item.path}>
            <NavLink to={item.path} className="side-nav__link">
              <span>{t(item.labelKey)}</span>
              <kbd className="side-nav__kbd" aria-hidden="true">
                G {item.shortcut.toUpperCase()}
              </kbd>
            </NavLink>
          </li>
        ))}
      </ul>
      <p className="side-nav__hint">{t('nav.shortcutHint')}</p>
    </nav>
  );
}

function Content() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <p className="muted">{t('app.loading')}</p>;
  if (me.isError)
    return (
      <p className="error-text" role="alert">
        {t('app.loadFailed')}{' '}
        <button type="button" className="button button--link" onClick={() => void me.refetch()}>
          {t('app.retry')}
        </button>
      </p>
    );
  return <Outlet />;
}

/** The signed-in shell: top bar, navigation, and the current screen. */
export function AppLayout() {
  useGoToShortcuts();
  return (
    <RealtimeProvider>
      <div className="shell">
        <TopBar />
        <SideNav />
        <main className="content">
          <HealthAlertBanner />
          <ApprovalRequestBanner />
          <Content />
        </main>
      </div>
    </RealtimeProvider>
  );
}
