/**
 * The life of one file export (PDF, DOCX, XLSX): asked, still preparing after a moment (only then
 * is a progress indicator shown, so fast downloads do not flash one), saved or failed.
 */

export const EXPORT_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** How long a download may take before the progress indicator appears. */
export const SLOW_EXPORT_MS = 300;

export type ExportState =
  | { phase: 'idle' }
  /** Asked for; no indicator yet. */
  | { phase: 'requested'; format: ExportFormat }
  /** Taking a while: the indicator is shown. */
  | { phase: 'preparing'; format: ExportFormat }
  | { phase: 'saved'; format: ExportFormat; filename: string }
  | { phase: 'failed'; format: ExportFormat; message: string };

export type ExportEvent =
  | { type: 'start'; format: ExportFormat }
  | { type: 'slow' }
  | { type: 'saved'; filename: string }
  | { type: 'failed'; message: string };

export const IDLE: ExportState = { phase: 'idle' };

export function isBusy(state: ExportState): boolean {
  return state.phase === 'requested' || state.phase === 'preparing';
}

/**
 * The next state. One export at a time: a start while busy is ignored. A late "slow" (its timer
 * fired after the answer) changes nothing, nor do answers when nothing was asked.
 */
export function exportReducer(state: ExportState, event: ExportEvent): ExportState {
  switch (event.type) {
    case 'start':
      return isBusy(state) ? state : { phase: 'requested', format: event.format };
    case 'slow':
      return state.phase === 'requested' ? { phase: 'preparing', format: state.format } : state;
    case 'saved':
      return state.phase === 'requested' || state.phase === 'preparing' ? { phase: 'saved', format: state.format, filename: event.filename } : state;
    case 'failed':
      return state.phase === 'requested' || state.phase === 'preparing' ? { phase: 'failed', format: state.format, message: event.message } : state;
  }
}

/**
 * The file name from a Content-Disposition header (`filename*=UTF-8''…` preferred, then
 * `filename="…"`), or `fallback` when there is none.
 */
export function filenameFrom(contentDisposition: string | null, fallback: string): string {
  if (!contentDisposition) return fallback;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(contentDisposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/.exec(contentDisposition);
  return plain?.[1] ?? plain?.[2] ?? fallback;
}

/** The API's message from a failed export's body (`{ code, message }` JSON), if it has one. */
export function exportErrorMessage(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string' && parsed.message.trim()) return parsed.message;
    if (Array.isArray(parsed.message) && typeof parsed.message[0] === 'string') return parsed.message[0];
  } catch {
    // Not JSON (a proxy's error page): the caller says something generic.
  }
  return null;
}
