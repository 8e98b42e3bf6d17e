import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { liveText } from './live-text';

/** The live text of the Y.Doc as plain lines (see liveText), kept up to date as anybody types. */
export function useLiveText(ydoc: Y.Doc): string {
  const [text, setText] = useState(() => liveText(ydoc));
  useEffect(() => {
    const update = () => setText(liveText(ydoc));
    update();
    ydoc.on('update', update);
    return () => ydoc.off('update', update);
  }, [ydoc]);
  return text;
}
