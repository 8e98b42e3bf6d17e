import { Badge, Card, CardBody, CardTitle, Col, Row } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { roleLabel, scopeLabel } from './space-labels';
import { SPACE_KINDS, type SpaceSummary } from './space-types';

function MySpaceCard({ space }: { space: SpaceSummary }) {
  const t = it.spaces;
  return (
    <Col xs={12} md={6} lg={4} className="mb-4">
      <Card className="h-100" shadow="sm" rounded testId="mio-spazio">
        <CardBody className="p-4">
          <CardTitle tag="h3" className="h5">
            <Link to={`/spazi/${encodeURIComponent(space.id)}`}>{space.name}</Link>
          </CardTitle>
          <dl className="small mb-2">
            <div>
              <dt className="d-inline">{t.myRole}: </dt>
              <dd className="d-inline">{space.myRole ? roleLabel(space.myRole) : it.common.none}</dd>
            </div>
            <div>
              <dt className="d-inline">{t.colScope}: </dt>
              <dd className="d-inline">{scopeLabel(space.scope, space.ambito)}</dd>
            </div>
            {space.parent && (
              <div>
                <dt className="d-inline">{t.partOf}: </dt>
                <dd className="d-inline">{space.parent.name}</dd>
              </div>
            )}
          </dl>
          <p className="d-flex flex-wrap gap-2 mb-0">
            <Badge color="secondary">{t.memberCount(space.memberCount)}</Badge>
            {space.unreadCount > 0 && <Badge color="danger">{t.unread(space.unreadCount)}</Badge>}
          </p>
        </CardBody>
      </Card>
    </Col>
  );
}

/** "I miei tavoli": a heading per kind (Tavoli, Gruppi di lavoro, …) with a card per space. */
export function MySpaceCards({ spaces }: { spaces: SpaceSummary[] }) {
  const t = it.spaces;
  return (
    <>
      {SPACE_KINDS.map((kind) => {
        const ofKind = spaces.filter((s) => s.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'it'));
        if (ofKind.length === 0) return null;
        const headingId = `tipo-${kind.toLowerCase()}`;
        return (
          <section key={kind} aria-labelledby={headingId} className="mt-4">
            <h2 id={headingId} className="h3">
              {t.kindPluralLabel[kind] ?? kind}
            </h2>
            <Row className="mt-3">
              {ofKind.map((space) => (
                <MySpaceCard key={space.id} space={space} />
              ))}
            </Row>
          </section>
        );
      })}
    </>
  );
}
