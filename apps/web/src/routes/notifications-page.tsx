import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import { toApiError, type ApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { NotificationList } from '../features/notifications/notification-list';
import type { NotificationItem } from '../features/notifications/notification-types';
import { useMarkNotificationsRead } from '../features/notifications/use-mark-notifications-read';
import { useNotifications } from '../features/notifications/use-notifications';
import { it } from '../i18n/it';

/** The signed-in person's notifications, newest first, each leading to what it is about. */
export function NotificationsPage() {
  const t = it.notifications;
  useDocumentTitle(it.titles.notifications);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [{ data, error, fetching }, reexecute] = useNotifications(unreadOnly);
  const markRead = useMarkNotificationsRead();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [markError, setMarkError] = useState<ApiError | null>(null);

  const notifications = data?.notifications;
  const unreadCount = notifications?.filter((n) => !n.read).length ?? 0;

  const mark = async (ids: string[] | null) => {
    setBusy(true);
    setMarkError(null);
    setMessage(null);
    const outcome = await markRead(ids);
    setBusy(false);
    if ('error' in outcome) setMarkError(outcome.error);
    else setMessage(t.marked(outcome.count));
  };

  /** Following a notification's link marks it as read on the way. */
  const open = (notification: NotificationItem) => {
    if (!notification.read) void markRead([notification.id]);
  };

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <h1>{t.title}</h1>
        {unreadCount > 0 && (
          <Button color="primary" disabled={busy} onClick={() => mark(null)}>
            {busy ? it.common.sending : t.markAllRead}
          </Button>
        )}
      </div>
      <p className="lead">{t.intro}</p>
      <div className="form-check mb-3">
        <input id="solo-non-lette" type="checkbox" checked={unreadOnly} onChange={(event) => setUnreadOnly(event.target.checked)} />
        <label htmlFor="solo-non-lette">{t.unreadOnly}</label>
      </div>
      <div role="status" aria-live="polite">
        {message && (
          <Alert color="success" fade={false} className="my-3">
            {message}
          </Alert>
        )}
      </div>
      {markError && <ErrorState error={markError} />}
      {error && !fetching && !notifications ? (
        <ErrorState error={toApiError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !notifications ? (
        <LoadingState />
      ) : notifications.length === 0 ? (
        <EmptyState message={unreadOnly ? t.emptyUnread : t.empty} />
      ) : (
        <NotificationList
          notifications={notifications}
          busy={busy}
          onOpen={open}
          onMarkRead={(notification) => mark([notification.id])}
        />
      )}
    </>
  );
}
