import { Icon } from 'design-react-kit';
import { NavLink } from 'react-router';
import { it } from '../../i18n/it';
import { useUnreadNotificationCount } from './use-unread-notification-count';

/** The bell in the header: "Notifiche, 3 non lette" for screen readers, a badge with the number on screen. */
export function NotificationEntry() {
  const count = useUnreadNotificationCount(true);
  const unread = count ?? 0;
  return (
    <NavLink to="/notifiche" className="notification-entry d-inline-flex align-items-center text-white text-decoration-none">
      <Icon icon="it-mail" color="white" size="sm" aria-hidden="true" />
      <span className="d-none d-lg-inline ms-1" aria-hidden="true">
        {it.notifications.title}
      </span>
      {unread > 0 && (
        <span className="badge rounded-pill notification-entry-badge ms-1" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
      {/* Until the count arrives, just "Notifiche": never announce a number that is not known yet. */}
      <span className="visually-hidden">{count === null ? it.notifications.title : it.notifications.entry(unread)}</span>
    </NavLink>
  );
}
