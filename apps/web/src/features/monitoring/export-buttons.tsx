import { Alert, Button, Spinner } from 'design-react-kit';
import { monitoringText } from '../../i18n/monitoring';
import { EXPORT_FORMATS, isBusy } from './export-progress';
import { useExportDownload } from './use-export-download';

interface ExportButtonsProps {
  /** The export's path without the extension, e.g. /export/reports/<objectiveId>/2025-H1. */
  base: string;
  /** What is downloaded, for the buttons' names: "il rapporto del 1° semestre 2025". */
  what: string;
  /** The file's name when the API does not give one (without the extension). */
  fallbackName: string;
}

/**
 * PDF, DOCX and XLSX of a report. The file is fetched and then saved, so a slow export shows
 * "Preparazione del file…" with a spinner (after a moment, not for quick ones) and a failure
 * shows the API's message instead of a broken download.
 */
export function ExportButtons({ base, what, fallbackName }: ExportButtonsProps) {
  const t = monitoringText.exports;
  const { state, download } = useExportDownload();
  const busy = isBusy(state);
  return (
    <div className="mb-3">
      <div role="group" aria-label={t.groupLabel(what)} className="d-flex flex-wrap gap-2">
        {EXPORT_FORMATS.map((format) => (
          <Button
            key={format}
            type="button"
            color="primary"
            outline
            size="sm"
            disabled={busy}
            aria-label={t.formatOf(what, t.format[format] ?? format)}
            onClick={() => void download(`${base}.${format}`, format, `${fallbackName}.${format}`)}
          >
            {t.format[format] ?? format}
          </Button>
        ))}
      </div>
      <div role="status" className="mt-2">
        {state.phase === 'preparing' && (
          <div className="d-flex align-items-center gap-2" data-testid="preparazione-file">
            <Spinner active small label={t.preparing} />
            <span aria-hidden="true">{t.preparingFormat(t.format[state.format] ?? state.format)}</span>
          </div>
        )}
        {state.phase === 'saved' && <p className="small mb-0">{t.saved(state.filename)}</p>}
      </div>
      {state.phase === 'failed' && (
        <Alert color="danger" fade={false} className="mt-2 mb-0">
          <p className="fw-semibold mb-1">{t.failedTitle}</p>
          <p className="mb-0">{state.message}</p>
        </Alert>
      )}
    </div>
  );
}
