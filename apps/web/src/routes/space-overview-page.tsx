import { Badge } from 'design-react-kit';
import { Link } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { SectorBadge } from '../features/organizations/sector-badge';
import { SpaceArchiveSection } from '../features/spaces/space-archive-section';
import { kindLabel } from '../features/spaces/space-labels';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import { useSpaceActions } from '../features/spaces/use-space-actions';
import { it } from '../i18n/it';
import { monitoringText } from '../i18n/monitoring';

/**
 * Panoramica: description, objectives served, the link to the space's path (e.g. Piano di Zona), parent,
 * children and the organisations named as members;
 * for coordinators and administrators also "Modifica lo spazio" and "Archivia lo spazio".
 */
export function SpaceOverviewPage() {
  const t = it.spaces;
  const { space } = useSpaceOutlet();
  const { archive } = useSpaceActions();
  const spacePath = `/spazi/${encodeURIComponent(space.id)}`;
  const canEdit = space.permissions.canUpdate && !space.archived;

  // The answer's Space invalidates the cached space, which the page then asks for again (now archived).
  const archiveSpace = async () => {
    const outcome = await archive(space.id);
    return outcome.ok ? null : outcome.error;
  };
  const objectives = [...space.objectives].sort((a, b) => a.track.localeCompare(b.track) || a.number - b.number);
  const children = [...space.children].sort((a, b) => a.name.localeCompare(b.name, 'it'));
  const organizations = [...space.memberOrganizations].sort((a, b) => a.name.localeCompare(b.name, 'it'));

  return (
    <>
      {canEdit && (
        <p className="mb-4">
          <Link to={`${spacePath}/modifica`} className="btn btn-outline-primary btn-sm">
            {t.edit}
          </Link>
        </p>
      )}

      <section aria-labelledby="descrizione-titolo" className="mb-5">
        <h2 id="descrizione-titolo" className="h4">
          {t.description}
        </h2>
        {space.description ? <p className="text-pre-line">{space.description}</p> : <p>{t.noDescription}</p>}
        <p className="small mb-0">
          {t.visibility}: {t.visibilityLongLabel[space.visibility] ?? space.visibility}
        </p>
      </section>

      <section aria-labelledby="obiettivi-titolo" className="mb-5">
        <h2 id="obiettivi-titolo" className="h4">
          {t.objectivesTitle}
        </h2>
        {objectives.length === 0 ? (
          <p>{t.noObjectives}</p>
        ) : (
          <ul>
            {objectives.map((objective) => (
              <li key={objective.id}>
                <Link to={`/obiettivi/${encodeURIComponent(objective.id)}`}>
                  {it.objectives.numbered(objective.number, objective.title)}
                </Link>{' '}
                <span className="small">({it.objectives.trackLabel[objective.track] ?? objective.track})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="percorso-titolo" className="mb-5">
        <h2 id="percorso-titolo" className="h4">
          {monitoringText.path.overviewTitle}
        </h2>
        <p>{monitoringText.path.overviewIntro}</p>
        <Link to={`${spacePath}/percorso`}>{monitoringText.path.overviewLink}</Link>
      </section>

      {space.parent && (
        <section aria-labelledby="appartenenza-titolo" className="mb-5">
          <h2 id="appartenenza-titolo" className="h4">
            {t.parentTitle}
          </h2>
          <p>
            <Link to={`/spazi/${encodeURIComponent(space.parent.id)}`}>{space.parent.name}</Link>{' '}
            <span className="small">({kindLabel(space.parent.kind)})</span>
          </p>
        </section>
      )}

      <section aria-labelledby="gruppi-titolo" className="mb-5">
        <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
          <h2 id="gruppi-titolo" className="h4">
            {t.childrenTitle}
          </h2>
          {space.permissions.canCreateChild && !space.archived && (
            <Link to={`${spacePath}/nuovo`} className="btn btn-primary btn-sm">
              {t.newChild}
            </Link>
          )}
        </div>
        {children.length === 0 ? (
          <p>{t.noChildren}</p>
        ) : (
          <ul>
            {children.map((child) => (
              <li key={child.id}>
                <Link to={`/spazi/${encodeURIComponent(child.id)}`}>{child.name}</Link>{' '}
                <span className="small">
                  ({kindLabel(child.kind)}, {t.memberCount(child.memberCount)})
                </span>
                {child.archived && (
                  <Badge color="warning" className="ms-2">
                    {t.archived}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="enti-membri-titolo" className="mb-5">
        <h2 id="enti-membri-titolo" className="h4">
          {t.memberOrganizationsTitle}
        </h2>
        <p className="small">{t.memberOrganizationsIntro}</p>
        {organizations.length === 0 ? (
          <EmptyState message={t.noMemberOrganizations} />
        ) : (
          <ul className="list-unstyled">
            {organizations.map((organization) => (
              <li key={organization.id} className="mb-1">
                <SectorBadge sector={organization.sector} />{' '}
                <Link to={`/enti/${encodeURIComponent(organization.id)}`}>{organization.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <SpaceArchiveSection space={space} onArchive={archiveSpace} />
    </>
  );
}
