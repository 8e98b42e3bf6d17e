import { Link } from 'react-router';
import { meetingsText } from '../../i18n/meetings';
import type { AgendaItem } from './meeting-types';

interface MeetingAgendaProps {
  agenda: AgendaItem[];
  /** Titles of the space's documents, when known (members); otherwise a generic name. */
  documentTitles: ReadonlyMap<string, string>;
}

/** The agenda as read on the meeting page: points in order, who presents, linked documents. */
export function MeetingAgenda({ agenda, documentTitles }: MeetingAgendaProps) {
  const t = meetingsText.agenda;
  const points = [...agenda].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="odg-titolo" className="mb-5">
      <h2 id="odg-titolo" className="h4">
        {t.title}
      </h2>
      {points.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <ol>
          {points.map((point) => (
            <li key={point.id} className="mb-3">
              <span className="fw-semibold">{point.title}</span>
              {point.description && <p className="mb-1 text-pre-line">{point.description}</p>}
              {point.presenterOrganization && <p className="small mb-1">{t.presentedBy(point.presenterOrganization.name)}</p>}
              {point.documentIds.length > 0 && (
                <p className="small mb-0">
                  {t.linkedDocuments}{' '}
                  {point.documentIds.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <Link to={`/documenti/${encodeURIComponent(id)}`}>{documentTitles.get(id) ?? t.unknownDocument}</Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
