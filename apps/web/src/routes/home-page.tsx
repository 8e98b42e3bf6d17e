import { Card, CardBody, CardText, CardTitle, Col, Row } from 'design-react-kit';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { it } from '../i18n/it';

function HomeCard({ title, text, to, link }: { title: string; text: string; to: string; link: string }) {
  return (
    <Col xs={12} md={6} lg={4} className="mb-4">
      <Card className="h-100" shadow="sm" rounded>
        <CardBody className="p-4">
          <CardTitle tag="h3" className="h5">
            {title}
          </CardTitle>
          <CardText>{text}</CardText>
          <Link to={to} className="btn btn-outline-primary btn-sm">
            {link}
          </Link>
        </CardBody>
      </Card>
    </Col>
  );
}

export function HomePage() {
  const { me, isAdmin } = useAuth();
  const t = it.home;
  useDocumentTitle(it.titles.home);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>

      {me ? (
        <section aria-labelledby="saluto" className="my-4">
          <h2 id="saluto" className="h4">
            {t.greeting(me.displayName)}
          </h2>
          {me.memberships.length > 0 && (
            <ul>
              {me.memberships.map((membership) => (
                <li key={membership.organization.id}>
                  {t.memberOf(membership.position, membership.organization.name)}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <div className="my-4">
          <p>{t.notLoggedIn}</p>
          <Link to="/accedi" className="btn btn-primary">
            {t.loginCta}
          </Link>
        </div>
      )}

      <section aria-labelledby="sezioni" className="mt-5">
        <h2 id="sezioni">{t.sectionsTitle}</h2>
        <Row className="mt-3">
          {me && <HomeCard title={t.spacesCardTitle} text={t.spacesCardText} to="/tavoli" link={t.spacesCardLink} />}
          <HomeCard title={t.objectivesCardTitle} text={t.objectivesCardText} to="/obiettivi" link={t.objectivesCardLink} />
          <HomeCard title={t.instrumentsCardTitle} text={t.instrumentsCardText} to="/strumenti" link={t.instrumentsCardLink} />
          <HomeCard title={t.territoryCardTitle} text={t.territoryCardText} to="/territorio" link={t.territoryCardLink} />
          <HomeCard
            title={t.organizationsCardTitle}
            text={t.organizationsCardText}
            to="/enti"
            link={t.organizationsCardLink}
          />
          {isAdmin && (
            <HomeCard title={t.adminCardTitle} text={t.adminCardText} to="/amministrazione/invita" link={t.adminCardLink} />
          )}
        </Row>
      </section>
    </>
  );
}
