import { Badge } from 'design-react-kit';
import { Link } from 'react-router';
import { modelsText } from '../../i18n/models';
import { formatRomeDateTime } from '../meetings/rome-time';
import type { PublishedModelVersion } from './model-types';
import { approvalDate } from './model-version-state';

interface PublishedVersionsListProps {
  versions: PublishedModelVersion[];
  /** The model's title is the link (the public list) or the version number is (a model's history). */
  titled?: boolean;
}

/** Approved versions: model, space, version, approval date, and whether a later approval replaced it. */
export function PublishedVersionsList({ versions, titled = true }: PublishedVersionsListProps) {
  const t = modelsText.published;
  return (
    <ol className="list-unstyled" data-testid="modelli-approvati">
      {versions.map((version) => {
        const path = `/modelli-approvati/${encodeURIComponent(version.id)}`;
        return (
          <li key={version.id} className="border rounded p-3 mb-3">
            <p className="fw-semibold mb-1">
              {titled ? (
                <>
                  <Link to={path}>{version.modelTitle}</Link> – {t.version(version.number)}
                </>
              ) : (
                <Link to={path}>{t.version(version.number)}</Link>
              )}
              {version.status === 'SUPERSEDED' ? (
                <Badge color="secondary" className="ms-2">
                  {t.superseded}
                </Badge>
              ) : (
                <Badge color="success" className="ms-2">
                  {t.current}
                </Badge>
              )}
            </p>
            <p className="small mb-0">
              {t.space}: {version.spaceName} · {t.approvedAt}{' '}
              <time dateTime={approvalDate(version)}>{formatRomeDateTime(approvalDate(version))}</time>
              {version.status === 'SUPERSEDED' && (
                <>
                  {' '}
                  · {t.supersededAt} <time dateTime={version.statusChangedAt}>{formatRomeDateTime(version.statusChangedAt)}</time>
                </>
              )}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
