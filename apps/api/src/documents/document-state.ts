import { YjsSnapshotEntity, YjsUpdateEntity } from '@condivisa/db';
import { type EntityManager, MoreThan } from 'typeorm';
import * as Y from 'yjs';

/**
 * A document's stored content rebuilt in a fresh Y.Doc (latest snapshot plus later updates), with
 * the id of the last update it includes. Callers flush the live document first when they need the
 * very latest text.
 */
export async function loadDocumentState(m: EntityManager, documentId: string): Promise<{ doc: Y.Doc; lastUpdateId: string }> {
  const snapshot = await m.findOneBy(YjsSnapshotEntity, { documentId });
  const updates = await m.find(YjsUpdateEntity, {
    where: { documentId, ...(snapshot ? { id: MoreThan(snapshot.upToId) } : {}) },
    order: { id: 'ASC' },
  });
  const doc = new Y.Doc();
  doc.transact(() => {
    if (snapshot) Y.applyUpdate(doc, new Uint8Array(snapshot.state));
    for (const u of updates) Y.applyUpdate(doc, new Uint8Array(u.bytes));
  });
  return { doc, lastUpdateId: updates.at(-1)?.id ?? snapshot?.upToId ?? '0' };
}
