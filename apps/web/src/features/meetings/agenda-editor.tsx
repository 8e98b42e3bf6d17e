import { Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { meetingsText } from '../../i18n/meetings';
import type { NamedRef } from '../spaces/space-types';
import { emptyAgendaDraft, moveItem, type AgendaDraft } from './agenda-draft';
import './meetings.css';

export interface LinkableDocument {
  id: string;
  title: string;
}

interface AgendaEditorProps {
  idPrefix: string;
  items: AgendaDraft[];
  onChange: (items: AgendaDraft[]) => void;
  organizations: NamedRef[];
  documents: LinkableDocument[];
  /** The problem to show at `agenda.<index>.<field>`, if any. */
  problemFor: (path: string) => string | undefined;
}

/**
 * The agenda of the meeting form: points to add, remove and move up or down, each with a title, a
 * short description, the presenting organisation and links to documents of the space. After a
 * move, focus stays on the moved point's button and the new position is announced.
 */
export function AgendaEditor({ idPrefix, items, onChange, organizations, documents, problemFor }: AgendaEditorProps) {
  const t = meetingsText.agenda;
  const [announcement, setAnnouncement] = useState('');
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  const change = (index: number, patch: Partial<AgendaDraft>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));

  const move = (index: number, delta: number) => {
    const moved = items[index];
    if (!moved) return;
    const next = moveItem(items, index, delta);
    const target = index + delta;
    // Keep focus on the same button, or on the other one once the point reaches an end.
    const direction = delta < 0 ? (target === 0 ? 'giu' : 'su') : target === next.length - 1 ? 'su' : 'giu';
    focusAfterRender.current = `${idPrefix}-${moved.key}-${direction}`;
    setAnnouncement(t.moved(moved.title.trim() || t.point(index + 1), target + 1));
    onChange(next);
  };

  const remove = (index: number) => {
    const next = items.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusAfterRender.current = neighbour ? `${idPrefix}-${neighbour.key}-title` : `${idPrefix}-aggiungi`;
    onChange(next);
  };

  const add = () => {
    const item = emptyAgendaDraft();
    focusAfterRender.current = `${idPrefix}-${item.key}-title`;
    onChange([...items, item]);
  };

  const toggleDocument = (index: number, documentId: string, checked: boolean) => {
    const item = items[index];
    if (!item) return;
    change(index, {
      documentIds: checked ? [...item.documentIds, documentId] : item.documentIds.filter((id) => id !== documentId),
    });
  };

  return (
    <fieldset className="mb-5" aria-describedby={`${idPrefix}-hint`}>
      <legend className="h5">{t.editorLegend}</legend>
      <p id={`${idPrefix}-hint`} className="small">
        {t.editorHint}
      </p>
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {items.length === 0 && <p>{t.empty}</p>}
      <ol className="list-unstyled mb-3">
        {items.map((item, index) => {
          const n = index + 1;
          const base = `${idPrefix}-${item.key}`;
          const documentsError = problemFor(`agenda.${index}.documentIds`);
          return (
            <li key={item.key} className="border rounded p-3 mb-3">
              <fieldset>
                <legend className="h6 fw-semibold">{t.point(n)}</legend>
                <div className="agenda-point-fields">
                  <TextField
                    id={`${base}-title`}
                    label={t.pointTitle}
                    value={item.title}
                    onChange={(title) => change(index, { title })}
                    error={problemFor(`agenda.${index}.title`)}
                    autoComplete="off"
                    required
                  />
                  <TextField
                    id={`${base}-description`}
                    type="textarea"
                    label={t.pointDescription}
                    value={item.description}
                    onChange={(description) => change(index, { description })}
                    error={problemFor(`agenda.${index}.description`)}
                    optional
                  />
                  <SelectField
                    id={`${base}-presenter`}
                    label={t.presenter}
                    value={item.presenterOrganizationId}
                    onChange={(presenterOrganizationId) => change(index, { presenterOrganizationId })}
                    placeholder={t.noPresenter}
                    options={organizations.map((o) => ({ value: o.id, label: o.name }))}
                    error={problemFor(`agenda.${index}.presenterOrganizationId`)}
                    optional
                  />
                  <fieldset className="mb-3">
                    <legend className="h6 fw-normal">{t.documents}</legend>
                    {documents.length === 0 ? (
                      <p className="small mb-0">{t.noDocuments}</p>
                    ) : (
                      documents.map((doc) => {
                        const checkId = `${base}-doc-${doc.id}`;
                        return (
                          <div key={doc.id} className="form-check">
                            <input
                              id={checkId}
                              type="checkbox"
                              checked={item.documentIds.includes(doc.id)}
                              onChange={(event) => toggleDocument(index, doc.id, event.target.checked)}
                            />
                            <label htmlFor={checkId}>{doc.title}</label>
                          </div>
                        );
                      })
                    )}
                    {documentsError && <div className="invalid-feedback d-block">{documentsError}</div>}
                  </fieldset>
                </div>
              </fieldset>
              <div className="d-flex flex-wrap gap-2">
                <Button
                  id={`${base}-su`}
                  type="button"
                  color="primary"
                  outline
                  size="sm"
                  disabled={index === 0}
                  aria-label={t.moveUp(n)}
                  onClick={() => move(index, -1)}
                >
                  {t.moveUpShort}
                </Button>
                <Button
                  id={`${base}-giu`}
                  type="button"
                  color="primary"
                  outline
                  size="sm"
                  disabled={index === items.length - 1}
                  aria-label={t.moveDown(n)}
                  onClick={() => move(index, 1)}
                >
                  {t.moveDownShort}
                </Button>
                <Button type="button" color="danger" outline size="sm" aria-label={t.remove(n)} onClick={() => remove(index)}>
                  {t.removeShort}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <Button id={`${idPrefix}-aggiungi`} type="button" color="primary" outline onClick={add}>
        {t.add}
      </Button>
    </fieldset>
  );
}
