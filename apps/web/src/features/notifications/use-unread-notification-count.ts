import { useEffect, useMemo, useRef } from 'react';
import { useLocation } from 'react-router';
import { useQuery } from 'urql';
import { UnreadNotificationCountQuery } from './notification-documents';

const POLL_MS = 60_000;

/**
 * The signed-in person's unread count, for the header. Asked again on every page change and
 * once a minute, so notifications from other people's actions show up without a reload.
 */
export function useUnreadNotificationCount(signedIn: boolean): number | null {
  const { pathname } = useLocation();
  const context = useMemo(() => ({ additionalTypenames: ['Notification'] }), []);
  const [{ data }, reexecute] = useQuery({ query: UnreadNotificationCountQuery, pause: !signedIn, context });
  const firstPath = useRef(pathname);

  // After a page change (not on the first render: the query above has just been sent).
  useEffect(() => {
    if (!signedIn || pathname === firstPath.current) return;
    firstPath.current = '';
    reexecute({ requestPolicy: 'network-only' });
  }, [signedIn, pathname, reexecute]);

  useEffect(() => {
    if (!signedIn) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [signedIn, reexecute]);

  return signedIn && data ? data.unreadNotificationCount : null;
}
