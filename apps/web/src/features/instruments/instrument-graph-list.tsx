import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { FamilySwatch, UnverifiedBadge } from './instrument-badges';
import type { GraphListEntry } from './instrument-graph';
import { familyLabel, incomingRelationLabel, relationLabel } from './instrument-labels';
import { INSTRUMENT_FAMILIES } from './instrument-types';

/** The graph as text: instruments by family, each with the relations it starts and those that reach it, all as links. */
export function InstrumentGraphList({ entries }: { entries: GraphListEntry[] }) {
  const t = it.instruments;
  return (
    <section aria-labelledby="elenco-grafo-titolo" className="mt-5">
      <h2 id="elenco-grafo-titolo" className="h4">
        {t.listTitle}
      </h2>
      <p>{t.listIntro}</p>
      {INSTRUMENT_FAMILIES.map((family) => {
        const inFamily = entries.filter((entry) => entry.instrument.family === family);
        if (inFamily.length === 0) return null;
        return (
          <div key={family} className="mb-4">
            <h3 className="h5 d-flex align-items-center gap-2">
              <FamilySwatch family={family} />
              {familyLabel(family)}
            </h3>
            <ul>
              {inFamily.map(({ instrument, outgoing, incoming }) => (
                <li key={instrument.id} className="mb-2">
                  <Link to={`/strumenti/${encodeURIComponent(instrument.id)}`} className="fw-semibold">
                    {instrument.name}
                  </Link>
                  {outgoing.length + incoming.length === 0 ? (
                    <p className="small mb-0">{t.isolated}</p>
                  ) : (
                    <ul className="small">
                      {outgoing.map(({ relation, other }) => (
                        <li key={`out-${relation.id}`}>
                          {relationLabel(relation.kind)}{' '}
                          <Link to={`/strumenti/${encodeURIComponent(other.id)}`}>{other.name}</Link>
                          {relation.unverified && <UnverifiedBadge />}
                        </li>
                      ))}
                      {incoming.map(({ relation, other }) => (
                        <li key={`in-${relation.id}`}>
                          {incomingRelationLabel(relation.kind)}{' '}
                          <Link to={`/strumenti/${encodeURIComponent(other.id)}`}>{other.name}</Link>
                          {relation.unverified && <UnverifiedBadge />}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
