import { Col, Row } from 'design-react-kit';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { it } from '../../i18n/it';
import type { DocumentVersion } from './document-types';
import { diffLines, toLines, type DiffLine } from './line-diff';
import { useLiveText } from './use-live-text';
import './document-versions.css';

interface ColumnProps {
  id: string;
  title: string;
  lines: DiffLine[];
  kind: 'removed' | 'added';
}

/** One side of the comparison; a changed line says "rimossa" / "aggiunta" in words, not only in colour. */
function Column({ id, title, lines, kind }: ColumnProps) {
  const t = it.documents;
  const marker = kind === 'removed' ? t.lineRemoved : t.lineAdded;
  return (
    <Col xs={12} md={6} className="mb-3">
      <h4 id={id} className="h6">
        {title}
      </h4>
      {lines.length === 0 ? (
        <p className="text-secondary">{t.emptyText}</p>
      ) : (
        <ol className="version-lines" aria-labelledby={id}>
          {lines.map((line, index) => (
            <li key={index} className={line.changed ? `version-line version-line-${kind}` : 'version-line'}>
              {line.changed && <span className="version-line-marker">{marker}</span>}
              <span className="version-line-text">{line.text || '\u00a0'}</span>
            </li>
          ))}
        </ol>
      )}
    </Col>
  );
}

/**
 * Read-only comparison of a saved version with the live text (from the Y.Doc, updated as people
 * type): the version's lines missing from the live text are "rimossa", the live lines missing from
 * the version are "aggiunta".
 */
export function DocumentVersionCompare({ version, ydoc }: { version: DocumentVersion; ydoc: Y.Doc }) {
  const t = it.documents;
  const current = useLiveText(ydoc);
  const diff = useMemo(() => diffLines(toLines(version.text), toLines(current)), [version.text, current]);
  const removed = diff.before.filter((line) => line.changed).length;
  const added = diff.after.filter((line) => line.changed).length;
  const titleId = `confronto-${version.id}`;

  return (
    <section aria-labelledby={titleId} className="version-compare border rounded p-3 mt-3">
      <h4 id={titleId} className="visually-hidden">
        {t.compareTitle(version.number, version.name)}
      </h4>
      <p className="small mb-3">{t.compareSummary(removed, added)}</p>
      <Row>
        <Column
          id={`${titleId}-versione`}
          title={t.versionLabel(version.number)}
          lines={diff.before}
          kind="removed"
        />
        <Column id={`${titleId}-attuale`} title={t.currentText} lines={diff.after} kind="added" />
      </Row>
    </section>
  );
}
