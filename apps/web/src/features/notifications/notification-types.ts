export interface NotificationItem {
  id: string;
  title: string;
  body: string | null;
  /** A path inside the app (e.g. "/spazi/…/attivita"), or an absolute URL. */
  link: string | null;
  space: { id: string; name: string } | null;
  createdAt: string;
  read: boolean;
}
