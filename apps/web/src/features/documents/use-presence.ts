import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

/** What each browser puts in its awareness state under `user` (see DocumentEditor). */
export interface CollabUser {
  id: string;
  name: string;
  color: string;
}

export interface PresentPerson extends CollabUser {
  isMe: boolean;
}

function isCollabUser(value: unknown): value is CollabUser {
  const user = value as Partial<CollabUser> | null | undefined;
  return typeof user?.id === 'string' && typeof user.name === 'string' && typeof user.color === 'string';
}

function present(provider: WebsocketProvider, myId: string): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const state of provider.awareness.getStates().values()) {
    const user: unknown = state['user'];
    // The same person in two tabs is one person.
    if (isCollabUser(user) && !people.has(user.id)) people.set(user.id, { ...user, isMe: user.id === myId });
  }
  return [...people.values()].sort(
    (a, b) => Number(b.isMe) - Number(a.isMe) || a.name.localeCompare(b.name, 'it'),
  );
}

/** Who has the document open right now, from the provider's awareness states; me first. */
export function usePresence(provider: WebsocketProvider, myId: string): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>(() => present(provider, myId));
  useEffect(() => {
    const update = () => setPeople(present(provider, myId));
    update();
    provider.awareness.on('change', update);
    return () => provider.awareness.off('change', update);
  }, [provider, myId]);
  return people;
}
