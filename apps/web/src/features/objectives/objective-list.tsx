import { Card, CardBody, CardText, CardTitle, Col, Row } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { groupByTrack, type ObjectiveSummary } from './objective-types';

/** The objectives under one heading per track, each as a card linking to its page. */
export function ObjectiveList({ objectives }: { objectives: ObjectiveSummary[] }) {
  const t = it.objectives;
  return (
    <>
      {groupByTrack(objectives).map(({ track, objectives: inTrack }) => {
        const headingId = `percorso-${track.toLowerCase()}`;
        return (
          <section key={track} aria-labelledby={headingId} className="mt-5">
            <h2 id={headingId} className="h3">
              {t.trackLabel[track] ?? track}
            </h2>
            <Row className="mt-3">
              {inTrack.map((objective) => (
                <Col key={objective.id} xs={12} md={6} lg={4} className="mb-4">
                  <Card className="h-100" shadow="sm" rounded>
                    <CardBody className="p-4">
                      <CardTitle tag="h3" className="h5">
                        <Link to={`/obiettivi/${encodeURIComponent(objective.id)}`}>
                          {t.numbered(objective.number, objective.title)}
                        </Link>
                      </CardTitle>
                      <CardText className="small mb-0">{t.summary(objective.goals.length, objective.actions.length)}</CardText>
                    </CardBody>
                  </Card>
                </Col>
              ))}
            </Row>
          </section>
        );
      })}
    </>
  );
}
