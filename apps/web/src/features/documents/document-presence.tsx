import { it } from '../../i18n/it';
import type { PresentPerson } from './use-presence';

/** "Chi c'è adesso": the people with the document open, each with the colour of their caret. */
export function DocumentPresence({ people }: { people: PresentPerson[] }) {
  const t = it.documents;
  return (
    <section aria-labelledby="presenze-titolo" className="mb-4">
      <h2 id="presenze-titolo" className="h5">
        {t.presenceTitle}
      </h2>
      <ul className="list-unstyled mb-0" aria-label={t.presenceLabel} data-testid="presenze">
        {people.map((person) => (
          <li key={person.id} className="d-flex align-items-center gap-2 mb-1">
            <span className="presence-swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
            <span>
              {person.name}
              {person.isMe && <span className="text-secondary"> {t.you}</span>}
            </span>
          </li>
        ))}
      </ul>
      {people.every((person) => person.isMe) && <p className="small text-secondary mb-0">{t.nobody}</p>}
    </section>
  );
}
