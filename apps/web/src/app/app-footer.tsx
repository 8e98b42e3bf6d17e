import { Col, Container, Row } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../i18n/it';
import { meetingsText } from '../i18n/meetings';

export function AppFooter() {
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <Container className="py-4">
          <Row>
            <Col xs={12} lg={4} className="mb-3">
              <p className="text-white fs-4 fw-semibold mb-1">{it.app.name}</p>
              <p className="text-white mb-0">{it.app.tagline}</p>
            </Col>
            <Col xs={12} lg={8}>
              <p className="text-white mb-2">{it.footer.about}</p>
              <p className="text-white mb-2">{it.footer.source}</p>
              <p className="mb-2">
                {/* Published minutes are public acts: reachable from every page, without logging in. */}
                <Link to="/verbali" className="text-white">
                  {meetingsText.nav.publishedMinutes}
                </Link>
              </p>
              <p className="text-white mb-0 small">{it.footer.license}</p>
            </Col>
          </Row>
        </Container>
      </div>
    </footer>
  );
}
