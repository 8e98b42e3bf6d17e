import { it } from '../../i18n/it';
import { FAMILY_LOOK, RELATION_LOOK } from './instrument-graph';
import { familyLabel } from './instrument-labels';
import type { InstrumentFamily, InstrumentRelationKind } from './instrument-types';
import './instruments.css';

/** «da verificare»: a fact the sources consulted do not confirm. Said in words, not only in colour. */
export function UnverifiedBadge({ title }: { title?: string }) {
  return (
    <span className="instrument-unverified" title={title}>
      {it.instruments.unverified}
    </span>
  );
}

const SHAPE_POINTS: Record<string, string> = {
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8',
  'round-triangle': '8,1.5 15,14.5 1,14.5',
};

/** The family's node as drawn on the graph: its colour and its shape. */
export function FamilySwatch({ family }: { family: InstrumentFamily }) {
  const { color, shape } = FAMILY_LOOK[family];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="instrument-swatch">
      {shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={color} />
      ) : shape === 'round-rectangle' ? (
        <rect x="1" y="1" width="14" height="14" rx="3" fill={color} />
      ) : (
        <polygon points={SHAPE_POINTS[shape]} fill={color} strokeLinejoin="round" stroke={color} />
      )}
    </svg>
  );
}

/** The family in words, with its swatch. */
export function FamilyName({ family }: { family: InstrumentFamily }) {
  return (
    <span className="d-inline-flex align-items-baseline gap-1">
      <FamilySwatch family={family} />
      <span>{familyLabel(family)}</span>
    </span>
  );
}

/** A relation kind's line and arrow, as drawn on the graph. */
export function RelationSwatch({ kind }: { kind: InstrumentRelationKind }) {
  const look = RELATION_LOOK[kind];
  const dash = look.line === 'dashed' ? '6 3' : look.line === 'dotted' ? '1.5 3' : undefined;
  return (
    <svg width="44" height="16" viewBox="0 0 44 16" aria-hidden="true" focusable="false" className="instrument-swatch">
      <line
        x1="2"
        y1="8"
        x2={look.arrow === 'none' ? 42 : 32}
        y2="8"
        stroke={look.color}
        strokeWidth={look.width + 0.5}
        strokeDasharray={dash}
        strokeLinecap="round"
      />
      {look.arrow === 'triangle' && (
        <polygon points="32,3 42,8 32,13" fill={look.hollow ? '#ffffff' : look.color} stroke={look.color} strokeWidth="1.5" />
      )}
      {look.arrow === 'vee' && <polyline points="33,3 42,8 33,13" fill="none" stroke={look.color} strokeWidth="2" />}
      {look.arrow === 'tee' && <line x1="36" y1="2" x2="36" y2="14" stroke={look.color} strokeWidth="3" />}
    </svg>
  );
}
