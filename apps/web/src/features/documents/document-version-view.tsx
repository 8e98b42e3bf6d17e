import { Button } from 'design-react-kit';
import { useEffect, useRef } from 'react';
import { it } from '../../i18n/it';
import type { DocumentVersion } from './document-types';

/** The id of the open version's heading, which takes the focus. */
export function versionViewHeadingId(versionId: string): string {
  return `versione-${versionId}-lettura`;
}

/** A saved version shown formatted, as it was saved: nothing in it can be changed. */
export function DocumentVersionView({ version, onClose }: { version: DocumentVersion; onClose: () => void }) {
  const t = it.documents;
  const headingId = versionViewHeadingId(version.id);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <article aria-labelledby={headingId} className="version-view border rounded p-3 mt-3">
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-2 mb-3">
        <h4 id={headingId} ref={heading} tabIndex={-1} className="h6 mb-0">
          {t.versionReadOnlyHeading(version.number, version.name)}
        </h4>
        {/* In its own box: Bootstrap Italia drops the border of a button right after a focused element. */}
        <div>
          <Button type="button" color="primary" outline size="sm" onClick={onClose}>
            {t.closeVersion}
          </Button>
        </div>
      </div>
      {version.html.trim() ? (
        // The HTML comes from our server-side renderer (libs/render), which escapes all text and
        // keeps only its own fixed tags and http(s)/mailto links, so it is safe to insert as is.
        <div className="document-editor-content version-html" dangerouslySetInnerHTML={{ __html: version.html }} />
      ) : (
        <p className="text-secondary mb-0">{t.emptyText}</p>
      )}
    </article>
  );
}
