import {
  Button,
  Collapse,
  Header,
  HeaderBrand,
  HeaderContent,
  HeaderRightZone,
  HeaderToggler,
  Headers,
  Icon,
  Nav,
  NavItem,
  NavLink,
} from 'design-react-kit';
import { useState, type MouseEvent } from 'react';
import { Link, NavLink as RouterNavLink, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../features/auth/use-auth';
import { NotificationEntry } from '../features/notifications/notification-entry';
import { it } from '../i18n/it';
import { meetingsText } from '../i18n/meetings';
import { monitoringText } from '../i18n/monitoring';
import { modelsText } from '../i18n/models';
import { loginPath } from './route-guards';

interface NavEntry {
  to: string;
  label: string;
  end?: boolean;
}

/** HeaderBrand renders a plain <a href>: keep its clicks inside the single-page app. */
function useSpaLinkClick() {
  const navigate = useNavigate();
  return (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    const anchor = (event.target as HTMLElement).closest('a');
    if (!anchor || anchor.target || anchor.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(anchor.pathname + anchor.search + anchor.hash);
  };
}

function UserZone() {
  const { me, loading, logout } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const [logoutError, setLogoutError] = useState<string | null>(null);

  if (loading) return null;

  if (!me) {
    const onLoginPage = location.pathname === '/accedi';
    return (
      <Link
        to={onLoginPage ? '/accedi' + location.search : loginPath(location.pathname + location.search)}
        className="btn btn-primary btn-sm"
      >
        {it.nav.login}
      </Link>
    );
  }

  const onLogout = async () => {
    setLeaving(true);
    setLogoutError(null);
    const error = await logout();
    setLeaving(false);
    if (error) setLogoutError(error.message);
    else navigate('/');
  };

  return (
    <div className="d-flex align-items-center gap-3">
      <NotificationEntry />
      {logoutError && (
        <span role="alert" className="text-white small">
          {logoutError}
        </span>
      )}
      <span className="text-white fw-semibold" title={it.nav.loggedInAs(me.displayName)}>
        <Icon icon="it-user" color="white" size="sm" className="me-1" aria-hidden="true" />
        {me.displayName}
      </span>
      <Button color="primary" size="sm" onClick={onLogout} disabled={leaving}>
        {leaving ? it.nav.loggingOut : it.nav.logout}
      </Button>
    </div>
  );
}

export function AppHeader() {
  const { me, isAdmin } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const spaLinkClick = useSpaLinkClick();
  const closeMenu = () => setMenuOpen(false);

  const entries: NavEntry[] = [
    { to: '/', label: it.nav.home, end: true },
    ...(me ? [{ to: '/tavoli', label: it.nav.mySpaces }] : []),
    { to: '/spazi', label: it.nav.spaces },
    { to: '/obiettivi', label: it.nav.objectives },
    { to: '/strumenti', label: it.nav.instruments },
    { to: '/monitoraggio', label: monitoringText.nav.dashboard },
    { to: '/verbali', label: meetingsText.nav.publishedMinutes },
    { to: '/modelli-approvati', label: modelsText.nav.approvedModels },
    { to: '/territorio', label: it.nav.territory },
    { to: '/enti', label: it.nav.organizations },
    ...(isAdmin ? [{ to: '/amministrazione', label: it.nav.admin }] : []),
  ];

  return (
    <header>
      <Headers shadow>
        <Header type="slim">
          <HeaderContent>
            <span className="text-white small d-none d-md-inline">{it.app.owner}</span>
            <HeaderRightZone>
              <UserZone />
            </HeaderRightZone>
          </HeaderContent>
        </Header>
        <div className="it-nav-wrapper">
          <Header type="center" small>
            <HeaderContent>
              <div onClick={spaLinkClick}>
                <HeaderBrand href="/">
                  <div className="it-brand-title">{it.app.name}</div>
                  <div className="it-brand-tagline">{it.app.tagline}</div>
                </HeaderBrand>
              </div>
            </HeaderContent>
          </Header>
          <Header type="navbar" theme="">
            <HeaderContent expand="lg" aria-label={it.a11y.mainNav} id="navigazione">
              <HeaderToggler
                aria-controls="menu-principale"
                aria-label={it.a11y.openMenu}
                isOpen={menuOpen}
                onClick={() => setMenuOpen(!menuOpen)}
              >
                <Icon icon="it-burger" aria-hidden="true" />
              </HeaderToggler>
              <Collapse
                id="menu-principale"
                isOpen={menuOpen}
                navbar
                header
                onOverlayClick={closeMenu}
                closeSrText={it.a11y.closeMenu}
              >
                <div className="menu-wrapper">
                  <Nav navbar>
                    {entries.map((entry) => (
                      <NavItem key={entry.to}>
                        <NavLink tag={RouterNavLink} to={entry.to} end={entry.end} onClick={closeMenu}>
                          <span>{entry.label}</span>
                        </NavLink>
                      </NavItem>
                    ))}
                  </Nav>
                </div>
              </Collapse>
            </HeaderContent>
          </Header>
        </div>
      </Headers>
    </header>
  );
}
