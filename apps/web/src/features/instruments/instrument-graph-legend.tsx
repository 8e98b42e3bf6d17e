import { Col, Row } from 'design-react-kit';
import { it } from '../../i18n/it';
import { FamilySwatch, RelationSwatch } from './instrument-badges';
import { familyLabel } from './instrument-labels';
import { INSTRUMENT_FAMILIES, RELATION_KINDS } from './instrument-types';

/** What colours, shapes, lines and arrows mean on the graph; every mark is also named in words. */
export function InstrumentGraphLegend() {
  const t = it.instruments;
  return (
    <section aria-labelledby="legenda-titolo" className="my-3">
      <h2 id="legenda-titolo" className="h5">
        {t.legendTitle}
      </h2>
      <Row>
        <Col xs={12} md={6}>
          <h3 className="h6">{t.legendFamilies}</h3>
          <ul className="instrument-legend">
            {INSTRUMENT_FAMILIES.map((family) => (
              <li key={family}>
                <FamilySwatch family={family} />
                <span>{familyLabel(family)}</span>
              </li>
            ))}
          </ul>
        </Col>
        <Col xs={12} md={6}>
          <h3 className="h6">{t.legendRelations}</h3>
          <ul className="instrument-legend">
            {RELATION_KINDS.map((kind) => (
              <li key={kind}>
                <RelationSwatch kind={kind} />
                <span>{t.relationLegend[kind] ?? kind}</span>
              </li>
            ))}
          </ul>
        </Col>
      </Row>
    </section>
  );
}
