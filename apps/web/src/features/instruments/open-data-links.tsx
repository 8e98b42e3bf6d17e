import { it } from '../../i18n/it';
import { formatDateTime } from '../../i18n/format';
import { useInstrumentMapLastChange } from './use-instrument-queries';

const DOWNLOADS = [
  { base: 'instruments', label: it.instruments.openDataInstruments },
  { base: 'instrument-relations', label: it.instruments.openDataRelations },
  { base: 'instrument-experiences', label: it.instruments.openDataExperiences },
] as const;

/** The open-data downloads of the map (served by the API under /open-data), with the date of its last change. */
export function OpenDataLinks() {
  const t = it.instruments;
  const [{ data }] = useInstrumentMapLastChange();
  const lastChange = data?.instrumentMapLastChange;
  return (
    <section aria-labelledby="dati-aperti-titolo" className="mt-5">
      <h2 id="dati-aperti-titolo" className="h4">
        {t.openDataTitle}
      </h2>
      <p>{t.openDataIntro}</p>
      {data && <p className="fw-semibold">{lastChange ? t.lastChange(formatDateTime(lastChange)) : t.noLastChange}</p>}
      <ul>
        {DOWNLOADS.map((download) => (
          <li key={download.base}>
            {download.label}:{' '}
            <a href={`/open-data/${download.base}.json`} type="application/json" aria-label={t.download(download.label, 'JSON')}>
              JSON
            </a>
            {' · '}
            <a href={`/open-data/${download.base}.csv`} type="text/csv" aria-label={t.download(download.label, 'CSV')}>
              CSV
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
