import { it } from '../../i18n/it';
import type { CollabConnection } from './use-collab-session';

const TEXT: Record<CollabConnection, string> = {
  connecting: it.documents.connecting,
  connected: it.documents.connected,
  reconnecting: it.documents.reconnecting,
  offline: it.documents.offline,
};

/**
 * The state of the live connection, announced politely when it changes. The coloured dot is only a
 * visual cue (the text says it all); it is drawn with CSS, not an icon that would have to be
 * downloaded, possibly while offline.
 */
export function DocumentConnectionStatus({ connection }: { connection: CollabConnection }) {
  return (
    <p
      className="d-flex align-items-baseline gap-2 mb-3"
      role="status"
      aria-label={it.documents.statusLabel}
      data-testid="stato-connessione"
    >
      <span className={`connection-dot connection-dot-${connection}`} aria-hidden="true" />
      <span>{TEXT[connection]}</span>
    </p>
  );
}
