import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { FamilyName } from './instrument-badges';
import type { InstrumentSuggestion } from './instrument-types';

function Suggestion({ suggestion }: { suggestion: InstrumentSuggestion }) {
  const t = it.instruments;
  const excluded = suggestion.status === 'EXCLUDED';
  const reasons = excluded ? suggestion.excludedBecause : suggestion.because;
  return (
    <li className="border rounded p-3 mb-3" data-instrument={suggestion.instrument.id}>
      <h4 className="h6 mb-1">
        <Link to={`/strumenti/${encodeURIComponent(suggestion.instrument.id)}`}>{suggestion.instrument.name}</Link>
      </h4>
      <p className="small mb-2">
        <FamilyName family={suggestion.instrument.family} />
      </p>
      {!excluded && <p className="small mb-2">{suggestion.instrument.summary}</p>}
      {reasons.length > 0 ? (
        <>
          <p className="fw-semibold mb-1">{excluded ? t.excludedBecause : t.because}</p>
          <ul className="mb-2">
            {reasons.map((reason) => (
              <li key={`${reason.questionId}-${reason.text}`}>{reason.text}</li>
            ))}
          </ul>
        </>
      ) : (
        !excluded && <p className="small mb-2">{t.noReasons}</p>
      )}
      {!excluded && suggestion.cautions.length > 0 && (
        <>
          <p className="fw-semibold mb-1">{t.cautions}</p>
          <ul className="mb-0">
            {suggestion.cautions.map((caution) => (
              <li key={caution}>{caution}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** The verdicts: suggested instruments first (best first) with why and what to check, then the excluded ones with the rules that excluded them. */
export function GuidedResults({ suggested, excluded }: { suggested: InstrumentSuggestion[]; excluded: InstrumentSuggestion[] }) {
  const t = it.instruments;
  return (
    <>
      <section aria-labelledby="suggeriti-titolo" className="mb-4">
        <h3 id="suggeriti-titolo" className="h5">
          {t.suggestedTitle(suggested.length)}
        </h3>
        {suggested.length === 0 ? (
          <p>{t.noSuggested}</p>
        ) : (
          <ol className="list-unstyled" aria-labelledby="suggeriti-titolo" data-testid="strumenti-suggeriti">
            {suggested.map((suggestion) => (
              <Suggestion key={suggestion.instrument.id} suggestion={suggestion} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="esclusi-titolo">
        <h3 id="esclusi-titolo" className="h5">
          {t.excludedTitle(excluded.length)}
        </h3>
        {excluded.length === 0 ? (
          <p>{t.noExcluded}</p>
        ) : (
          <ul className="list-unstyled" aria-labelledby="esclusi-titolo" data-testid="strumenti-esclusi">
            {excluded.map((suggestion) => (
              <Suggestion key={suggestion.instrument.id} suggestion={suggestion} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
