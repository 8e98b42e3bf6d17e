import { useEffect } from 'react';
import { it } from '../i18n/it';

/** "Territorio · Condivisa": each page names itself in the browser tab and for screen readers. */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${it.app.titleSuffix}` : it.app.titleSuffix;
  }, [title]);
}
