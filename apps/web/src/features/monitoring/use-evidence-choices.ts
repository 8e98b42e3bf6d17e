import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { monitoringText } from '../../i18n/monitoring';
import { SpaceDocumentsQuery } from '../documents/document-documents';
import { formatRomeDate } from '../meetings/rome-time';
import { SpaceApprovedVersionsQuery, SpaceMinutesQuery } from './monitoring-documents';
import type { EvidenceChoice, EvidenceKind } from './monitoring-types';

/** How many acts of each space are offered (the newest). */
const MINUTES_PER_SPACE = 20;

async function choicesOf(client: ReturnType<typeof useClient>, kind: EvidenceKind, spaceId: string): Promise<EvidenceChoice[]> {
  const t = monitoringText.evidenceForm;
  if (kind === 'MINUTES') {
    const { data } = await client.query(SpaceMinutesQuery, { spaceId, limit: MINUTES_PER_SPACE }, { requestPolicy: 'network-only' }).toPromise();
    return (data?.publishedMinutes ?? []).map((p) => ({ id: p.id, label: t.minutesChoice(p.title, p.spaceName, formatRomeDate(p.meetingStartsAt)) }));
  }
  if (kind === 'MODEL_VERSION') {
    const { data } = await client.query(SpaceApprovedVersionsQuery, { spaceId }, { requestPolicy: 'network-only' }).toPromise();
    return (data?.publishedModelVersions ?? []).map((v) => ({ id: v.id, label: t.versionChoice(v.modelTitle, v.number, v.spaceName) }));
  }
  // Documents are for members: a space this person is not in answers FORBIDDEN and offers nothing.
  const { data } = await client.query(SpaceDocumentsQuery, { spaceId }, { requestPolicy: 'network-only' }).toPromise();
  return (data?.documents ?? []).filter((d) => !d.archived).map((d) => ({ id: d.id, label: d.title }));
}

/**
 * What can be linked as evidence of a kind, from the given spaces (the objective's, or the
 * path's space): their published acts, approved model versions or documents. Asked for when the
 * form shows a kind that needs a choice; null while loading.
 */
export function useEvidenceChoices(kind: EvidenceKind | null, spaceIds: readonly string[]): EvidenceChoice[] | null {
  const client = useClient();
  const [loaded, setLoaded] = useState<{ key: string; choices: EvidenceChoice[] } | null>(null);
  // A string, so a new array with the same spaces does not ask again.
  const spaces = spaceIds.join(',');
  const key = kind && kind !== 'LINK' ? `${kind}:${spaces}` : '';

  useEffect(() => {
    if (!kind || kind === 'LINK') return;
    let cancelled = false;
    const ids = spaces.split(',').filter(Boolean);
    void Promise.all(ids.map((spaceId) => choicesOf(client, kind, spaceId))).then((lists) => {
      if (cancelled) return;
      const seen = new Set<string>();
      const choices = lists.flat().filter((c) => !seen.has(c.id) && seen.add(c.id));
      setLoaded({ key: `${kind}:${spaces}`, choices });
    });
    return () => {
      cancelled = true;
    };
  }, [kind, spaces, client]);

  if (!key) return [];
  return loaded?.key === key ? loaded.choices : null;
}
