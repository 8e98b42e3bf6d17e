import { Link } from 'react-router';
import { monitoringText } from '../../i18n/monitoring';
import type { ActionEvidence } from './monitoring-types';

/** A piece of evidence: the platform's own pages open in the app, other addresses in a new tab. */
function EvidenceLink({ evidence }: { evidence: ActionEvidence }) {
  if (!evidence.url) return <>{evidence.label}</>;
  if (evidence.url.startsWith('/')) return <Link to={evidence.url}>{evidence.label}</Link>;
  return (
    <a href={evidence.url} target="_blank" rel="noopener noreferrer">
      {evidence.label}
    </a>
  );
}

/** The evidence of an action (or of a report), each with its kind written out. */
export function EvidenceList({ evidence }: { evidence: ActionEvidence[] }) {
  return (
    <ul className="mb-0">
      {evidence.map((e) => (
        <li key={e.id}>
          <EvidenceLink evidence={e} /> <span className="small">({monitoringText.evidenceKind[e.kind] ?? e.kind})</span>
        </li>
      ))}
    </ul>
  );
}
