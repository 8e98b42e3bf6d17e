import { Container, Skiplink, SkiplinkItem } from 'design-react-kit';
import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { it } from '../i18n/it';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/**
 * After moving to another page, put keyboard and screen-reader focus at the start of the content.
 * Links that only switch a section of the same page (the tabs of a space) pass `state.keepFocus`.
 */
function useFocusMainOnNavigation() {
  const { pathname, state } = useLocation();
  const previous = useRef(pathname);
  const keepFocus = (state as { keepFocus?: boolean } | null)?.keepFocus === true;
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (keepFocus) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname, keepFocus]);
}

export function AppLayout() {
  useFocusMainOnNavigation();
  return (
    <>
      {/* Only the `nav` form of Skiplink renders its children. */}
      <Skiplink nav ariaLabel={it.a11y.skipLinks}>
        <SkiplinkItem navItem href="#main">
          {it.a11y.skipToContent}
        </SkiplinkItem>
        <SkiplinkItem navItem href="#navigazione">
          {it.a11y.skipToNav}
        </SkiplinkItem>
      </Skiplink>
      <AppHeader />
      <main id="main" tabIndex={-1}>
        <Container className="py-4 py-lg-5">
          <Outlet />
        </Container>
      </main>
      <AppFooter />
      <ScrollRestoration />
    </>
  );
}
