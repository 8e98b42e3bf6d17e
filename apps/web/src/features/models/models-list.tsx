import { Link } from 'react-router';
import { modelsText } from '../../i18n/models';
import { formatRomeDate } from '../meetings/rome-time';
import { ModelStatusBadge, VersionStatusBadge } from './model-status-badge';
import type { ModelSummary } from './model-types';

/** The models of a space: title to open it, its status, its latest and its approved version. */
export function ModelsList({ models }: { models: ModelSummary[] }) {
  const t = modelsText.list;
  if (models.length === 0) return <p className="text-secondary">{t.none}</p>;
  return (
    <ul className="list-unstyled" data-testid="modelli">
      {models.map((model) => {
        const latest = model.versions[0];
        const approved = model.versions.find((v) => v.id === model.approvedVersionId);
        return (
          <li key={model.id} className="border rounded p-3 mb-3">
            <p className="fw-semibold mb-1">
              <Link to={`/modelli/${encodeURIComponent(model.id)}`}>{model.title}</Link>
              <span className="visually-hidden"> – {t.statusLabel}:</span>
              <ModelStatusBadge status={model.status} className="ms-2" />
            </p>
            <p className="mb-1">
              {latest ? (
                <>
                  {t.latest(latest.number)} <VersionStatusBadge status={latest.status} className="ms-1" /> ·{' '}
                  <time dateTime={latest.createdAt}>{formatRomeDate(latest.createdAt)}</time>
                </>
              ) : (
                t.noVersions
              )}
            </p>
            {approved && (
              <p className="mb-0">
                <Link to={`/modelli-approvati/${encodeURIComponent(approved.id)}`} aria-label={t.publicPage(approved.number)}>
                  {t.approved(approved.number)}
                </Link>{' '}
                · <time dateTime={approved.statusChangedAt}>{formatRomeDate(approved.statusChangedAt)}</time>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
