import { Col, Row } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { intensityLevel, type MatrixRow } from './experience-matrix';

/** The 14 Ambiti as cards shaded by their number of experiences; the number is written on each card, so the shade is only a help. */
export function AmbitiExperienceGrid({ rows }: { rows: MatrixRow[] }) {
  const t = it.instruments;
  const ambiti = rows.filter((row): row is MatrixRow & { ambito: { id: string; name: string } } => row.ambito !== null);
  const max = Math.max(0, ...ambiti.map((row) => row.total));
  return (
    <Row tag="ul" className="list-unstyled g-2">
      {ambiti.map((row) => (
        <Col key={row.ambito.id} xs={6} md={4} lg={3} xl={2} tag="li">
          <div className={`ambito-card ambito-card-${intensityLevel(row.total, max)}`}>
            <Link to={`/territorio/${encodeURIComponent(row.ambito.id)}`} className="fw-semibold d-block">
              {row.ambito.name}
            </Link>
            <span>{t.ambitoCount(row.total)}</span>
          </div>
        </Col>
      ))}
    </Row>
  );
}
