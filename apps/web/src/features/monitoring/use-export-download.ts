import { useCallback, useEffect, useReducer, useRef } from 'react';
import { monitoringText } from '../../i18n/monitoring';
import { exportErrorMessage, exportReducer, filenameFrom, IDLE, SLOW_EXPORT_MS, type ExportFormat } from './export-progress';

/** Hands a downloaded file to the browser as if a link to it had been clicked. */
function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start reading the blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Downloads an export with fetch (the session cookie goes along) and saves it: the state says
 * when to show the progress indicator (after SLOW_EXPORT_MS) and what went wrong, in the API's words.
 */
export function useExportDownload() {
  const [state, dispatch] = useReducer(exportReducer, IDLE);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const download = useCallback(async (url: string, format: ExportFormat, fallbackName: string) => {
    dispatch({ type: 'start', format });
    const timer = setTimeout(() => dispatch({ type: 'slow' }), SLOW_EXPORT_MS);
    try {
      const response = await fetch(url, { credentials: 'include' });
      if (!response.ok) {
        const message = exportErrorMessage(await response.text().catch(() => ''));
        if (mounted.current) dispatch({ type: 'failed', message: message ?? monitoringText.exports.failed });
        return;
      }
      const blob = await response.blob();
      const filename = filenameFrom(response.headers.get('content-disposition'), fallbackName);
      if (!mounted.current) return;
      saveBlob(blob, filename);
      dispatch({ type: 'saved', filename });
    } catch {
      if (mounted.current) dispatch({ type: 'failed', message: monitoringText.exports.failed });
    } finally {
      clearTimeout(timer);
    }
  }, []);

  return { state, download };
}
