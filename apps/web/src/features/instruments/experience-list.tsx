import { Link } from 'react-router';
import { it } from '../../i18n/it';
import type { ExperienceWithInstrument, InstrumentExperience } from './instrument-types';

function where(experience: InstrumentExperience): string {
  return experience.ambito?.name ?? experience.space?.name ?? it.instruments.provincial;
}

/**
 * Experiences of the territory, newest first as the API gives them: where, when, for which area,
 * what was done, with whom, how it went, and the published documents. With `showInstrument`, each
 * names its instrument (the list of all experiences).
 */
export function ExperienceList({
  experiences,
  showInstrument = false,
  headingLevel = 3,
}: {
  experiences: (InstrumentExperience | ExperienceWithInstrument)[];
  showInstrument?: boolean;
  headingLevel?: 3 | 4;
}) {
  const t = it.instruments;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="list-unstyled">
      {experiences.map((experience) => (
        <li key={experience.id} className="border-bottom py-3">
          <Heading className="h6 mb-1">{t.experienceWhere(where(experience), experience.year, experience.area)}</Heading>
          {showInstrument && 'instrument' in experience && (
            <p className="mb-1">
              {t.instrument}:{' '}
              <Link to={`/strumenti/${encodeURIComponent(experience.instrument.id)}`}>{experience.instrument.name}</Link>
            </p>
          )}
          <p className="mb-1 text-pre-line">{experience.description}</p>
          {experience.partners.length > 0 && (
            <p className="mb-1">
              <span className="fw-semibold">{t.partners}:</span> {experience.partners.join(', ')}
            </p>
          )}
          {experience.outcome && (
            <p className="mb-1">
              <span className="fw-semibold">{t.outcome}:</span> {experience.outcome}
            </p>
          )}
          {experience.links.length > 0 && (
            <p className="mb-1">
              <span className="fw-semibold">{t.links}:</span>{' '}
              {experience.links.map((link, index) => (
                <span key={link.url}>
                  {index > 0 && ' · '}
                  <a href={link.url} rel="noopener noreferrer">
                    {link.label ?? link.url}
                  </a>
                </span>
              ))}
            </p>
          )}
          {experience.recordedByName && <p className="small mb-0">{t.recordedBy(experience.recordedByName)}</p>}
        </li>
      ))}
    </ul>
  );
}
