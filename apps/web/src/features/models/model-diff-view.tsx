import { Fragment } from 'react';
import { modelsText } from '../../i18n/models';
import { inlineParts, sideBySideRows, type DiffPart, type DiffSide } from './model-diff-rows';
import type { BlockChange } from './model-types';

/**
 * A block's text with its removed words in <del> and its added words in <ins>; screen readers,
 * which mostly ignore those elements, hear where each starts and ends.
 */
function DiffText({ parts }: { parts: DiffPart[] }) {
  const t = modelsText.compare;
  if (parts.every((p) => !p.text.trim())) return <p className="model-diff-text model-diff-absent">{t.emptyBlock}</p>;
  return (
    <p className="model-diff-text">
      {parts.map((part, index) =>
        part.mark === 'removed' ? (
          <Fragment key={index}>
            <span className="visually-hidden">{t.removedWords} </span>
            <del>{part.text}</del>
            <span className="visually-hidden"> ({t.endRemoved}) </span>
          </Fragment>
        ) : part.mark === 'added' ? (
          <Fragment key={index}>
            <span className="visually-hidden">{t.addedWords} </span>
            <ins>{part.text}</ins>
            <span className="visually-hidden"> ({t.endAdded}) </span>
          </Fragment>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}

function Side({ side }: { side: DiffSide | null }) {
  const t = modelsText.compare;
  if (!side) return <span className="model-diff-absent">{t.absent}</span>;
  return (
    <>
      {side.place && (
        <span className="model-diff-place">
          {t.place}: {side.place}
        </span>
      )}
      <DiffText parts={side.parts} />
    </>
  );
}

interface DiffViewProps {
  changes: BlockChange[];
  /** "Versione 1", "bozza attuale". */
  fromName: string;
  toName: string;
}

/** Two columns, before and after, one row per block, so each change and its counterpart are side by side. */
export function DiffSideBySide({ changes, fromName, toName }: DiffViewProps) {
  const t = modelsText.compare;
  return (
    <div className="table-responsive model-diff">
      <table className="table model-diff-table" data-testid="confronto-affiancato">
        <caption>{t.caption(fromName, toName)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colChange}</th>
            <th scope="col">{fromName}</th>
            <th scope="col">{toName}</th>
          </tr>
        </thead>
        <tbody>
          {sideBySideRows(changes).map((row, index) => (
            <tr key={index} className={`model-diff-row-${row.kind}`} data-kind={row.kind}>
              <th scope="row">
                <span className="model-diff-kind">{modelsText.changeKind[row.kind] ?? row.kind}</span>
              </th>
              <td>
                <Side side={row.before} />
              </td>
              <td>
                <Side side={row.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function inlinePlace(change: BlockChange): string | null {
  if (change.kind === 'moved' && change.beforePlace && change.afterPlace && change.beforePlace !== change.afterPlace) {
    return modelsText.compare.movedFrom(change.beforePlace, change.afterPlace);
  }
  return change.afterPlace ?? change.beforePlace;
}

/** One column: each block as it reads now, the removed words struck and the added ones underlined in place. */
export function DiffInline({ changes, fromName, toName }: DiffViewProps) {
  const t = modelsText.compare;
  return (
    <ol className="model-diff-inline model-diff" aria-label={t.inlineLabel(fromName, toName)} data-testid="confronto-in-linea">
      {changes.map((change, index) => {
        const place = inlinePlace(change);
        return (
          <li key={index} className={`model-diff-row-${change.kind}`} data-kind={change.kind}>
            <span className="model-diff-kind">{modelsText.changeKind[change.kind] ?? change.kind}</span>
            {place && (
              <span className="model-diff-place">
                {t.place}: {place}
              </span>
            )}
            <DiffText parts={inlineParts(change)} />
          </li>
        );
      })}
    </ol>
  );
}
