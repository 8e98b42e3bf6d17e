import { describe, expect, it } from 'vitest';
import { exportErrorMessage, exportReducer, filenameFrom, IDLE, isBusy, type ExportEvent, type ExportState } from './export-progress';

const run = (events: ExportEvent[], from: ExportState = IDLE) => events.reduce(exportReducer, from);

describe('exportReducer', () => {
  it('shows no indicator for a quick download: requested, then saved', () => {
    expect(run([{ type: 'start', format: 'pdf' }])).toEqual({ phase: 'requested', format: 'pdf' });
    expect(run([{ type: 'start', format: 'pdf' }, { type: 'saved', filename: 'r.pdf' }])).toEqual({
      phase: 'saved',
      format: 'pdf',
      filename: 'r.pdf',
    });
  });

  it('shows the indicator once the download is slow, until it is saved', () => {
    const slow = run([{ type: 'start', format: 'xlsx' }, { type: 'slow' }]);
    expect(slow).toEqual({ phase: 'preparing', format: 'xlsx' });
    expect(isBusy(slow)).toBe(true);
    expect(exportReducer(slow, { type: 'saved', filename: 'r.xlsx' }).phase).toBe('saved');
  });

  it('keeps the API’s message when the export fails', () => {
    expect(run([{ type: 'start', format: 'docx' }, { type: 'slow' }, { type: 'failed', message: 'Obiettivo non trovato' }])).toEqual({
      phase: 'failed',
      format: 'docx',
      message: 'Obiettivo non trovato',
    });
  });

  it('runs one export at a time: a second start while busy is ignored', () => {
    expect(run([{ type: 'start', format: 'pdf' }, { type: 'slow' }, { type: 'start', format: 'xlsx' }])).toEqual({
      phase: 'preparing',
      format: 'pdf',
    });
  });

  it('ignores a late timer and answers nobody asked for', () => {
    const saved = run([{ type: 'start', format: 'pdf' }, { type: 'saved', filename: 'a.pdf' }]);
    expect(exportReducer(saved, { type: 'slow' })).toBe(saved);
    expect(exportReducer(IDLE, { type: 'saved', filename: 'x' })).toBe(IDLE);
    expect(exportReducer(IDLE, { type: 'failed', message: 'x' })).toBe(IDLE);
  });

  it('starts again after a saved or failed export', () => {
    const failed = run([{ type: 'start', format: 'pdf' }, { type: 'failed', message: 'no' }]);
    expect(exportReducer(failed, { type: 'start', format: 'docx' })).toEqual({ phase: 'requested', format: 'docx' });
  });
});

describe('filenameFrom', () => {
  it('reads the quoted file name Express writes', () => {
    expect(filenameFrom('attachment; filename="rapporto-2025-H1.pdf"', 'x.pdf')).toBe('rapporto-2025-H1.pdf');
  });

  it('prefers the UTF-8 name', () => {
    expect(filenameFrom(`attachment; filename="rapporto.pdf"; filename*=UTF-8''rapporto-citt%C3%A0.pdf`, 'x.pdf')).toBe('rapporto-città.pdf');
  });

  it('falls back when there is no header or no name', () => {
    expect(filenameFrom(null, 'x.pdf')).toBe('x.pdf');
    expect(filenameFrom('attachment', 'x.pdf')).toBe('x.pdf');
  });
});

describe('exportErrorMessage', () => {
  it('reads the API’s JSON message', () => {
    expect(exportErrorMessage('{"code":"NOT_FOUND","message":"Obiettivo non trovato"}')).toBe('Obiettivo non trovato');
  });

  it('gives up on anything else', () => {
    expect(exportErrorMessage('<html>Bad gateway</html>')).toBeNull();
    expect(exportErrorMessage('{"code":"X"}')).toBeNull();
  });
});
