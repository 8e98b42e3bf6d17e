import { Badge, Button } from 'design-react-kit';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { NotificationItem } from './notification-types';

interface NotificationListProps {
  notifications: NotificationItem[];
  busy: boolean;
  /** The notification's link was followed: mark it as read on the way. */
  onOpen: (notification: NotificationItem) => void;
  onMarkRead: (notification: NotificationItem) => void;
}

export function NotificationList({ notifications, busy, onOpen, onMarkRead }: NotificationListProps) {
  const t = it.notifications;
  return (
    <ul className="list-unstyled" aria-label={t.listLabel}>
      {notifications.map((notification) => {
        const internal = notification.link?.startsWith('/') && !notification.link.startsWith('//');
        return (
          <li key={notification.id} className={`border rounded p-3 mb-3${notification.read ? '' : ' border-primary'}`}>
            <div className="d-flex flex-wrap justify-content-between align-items-start gap-2">
              <h2 className="h5 mb-1">
                {notification.link ? (
                  internal ? (
                    <Link to={notification.link} onClick={() => onOpen(notification)}>
                      {notification.title}
                    </Link>
                  ) : (
                    <a href={notification.link} onClick={() => onOpen(notification)}>
                      {notification.title}
                    </a>
                  )
                ) : (
                  notification.title
                )}
              </h2>
              {!notification.read && <Badge color="primary">{t.unreadBadge}</Badge>}
            </div>
            {notification.body && <p className="mb-1 text-pre-line">{notification.body}</p>}
            <p className="small mb-0">
              <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
              {notification.space && (
                <>
                  {' · '}
                  {t.space}:{' '}
                  <Link to={`/spazi/${encodeURIComponent(notification.space.id)}`}>{notification.space.name}</Link>
                </>
              )}
            </p>
            {!notification.read && (
              <Button color="primary" outline size="xs" className="mt-2" disabled={busy} onClick={() => onMarkRead(notification)}>
                {t.markRead}
                <span className="visually-hidden">: {notification.title}</span>
              </Button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
