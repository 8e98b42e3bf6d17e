import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import type { InstrumentFamily, InstrumentRef, InstrumentRelation, InstrumentRelationKind } from './instrument-types';

/**
 * How a family is drawn. Colour is never the only cue: each family also has its own node shape,
 * which the legend repeats. The hues follow Okabe–Ito (told apart with colour blindness), darkened
 * where needed so each has at least 3:1 contrast on white; labels sit below the nodes, in black.
 */
export interface FamilyLook {
  color: string;
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'round-triangle';
}

export const FAMILY_LOOK: Record<InstrumentFamily, FamilyLook> = {
  COLLABORATIVE: { color: '#0072B2', shape: 'ellipse' },
  COMPETITIVE: { color: '#D55E00', shape: 'round-rectangle' },
  GRANT: { color: '#007A5A', shape: 'diamond' },
  AGREEMENT: { color: '#B0527F', shape: 'hexagon' },
  AUTHORIZATION: { color: '#8C6D00', shape: 'round-triangle' },
};

/** How a relation is drawn: line style and arrow tell the kinds apart without colour. */
export interface RelationLook {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: 'triangle' | 'vee' | 'tee' | 'none';
  hollow: boolean;
  width: number;
}

export const RELATION_LOOK: Record<InstrumentRelationKind, RelationLook> = {
  PRECEDES: { color: '#1a1a1a', line: 'solid', arrow: 'triangle', hollow: false, width: 2 },
  REQUIRES: { color: '#1a1a1a', line: 'dashed', arrow: 'vee', hollow: false, width: 2 },
  SPECIALIZES: { color: '#4d4d4d', line: 'solid', arrow: 'triangle', hollow: true, width: 1.5 },
  ALTERNATIVE_TO: { color: '#4d4d4d', line: 'dotted', arrow: 'none', hollow: false, width: 2.5 },
  EXCLUDES: { color: '#a61c00', line: 'dashed', arrow: 'tee', hollow: false, width: 2 },
};

const SHORT_NAME_LENGTH = 48;

/**
 * The name on the canvas: without the trailing reference in brackets (the legal basis is on the
 * instrument's page) and cut at a word if still long. The full name is in the list below the graph.
 */
export function shortName(name: string): string {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, '').trim() || name;
  if (bare.length <= SHORT_NAME_LENGTH) return bare;
  const cut = bare.slice(0, SHORT_NAME_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut.slice(0, SHORT_NAME_LENGTH)).replace(/[\s,;:]+$/, '')}…`;
}

export interface GraphElements {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
}

/** Instruments of a family next to each other, families in the catalogue's order, names in alphabetical order. */
function byFamilyThenName(a: InstrumentRef, b: InstrumentRef, order: readonly InstrumentFamily[]): number {
  return order.indexOf(a.family) - order.indexOf(b.family) || a.name.localeCompare(b.name, 'it');
}

/**
 * The graph's nodes and edges, in a fixed order (families, then names) so that the layouts, which
 * depend on the order, draw the same picture on every visit. A relation whose ends are not both
 * known is left out.
 */
export function buildGraphElements(
  instruments: readonly InstrumentRef[],
  relations: readonly InstrumentRelation[],
  familyOrder: readonly InstrumentFamily[],
  relationName: (kind: InstrumentRelationKind) => string,
): GraphElements {
  const nodes = [...instruments]
    .sort((a, b) => byFamilyThenName(a, b, familyOrder))
    .map((instrument) => {
      const look = FAMILY_LOOK[instrument.family];
      return {
        group: 'nodes' as const,
        data: { id: instrument.id, label: shortName(instrument.name), name: instrument.name, family: instrument.family, color: look.color, shape: look.shape },
      };
    });
  const known = new Set(instruments.map((instrument) => instrument.id));
  const edges = relations
    .filter((relation) => known.has(relation.fromId) && known.has(relation.toId))
    .map((relation) => {
      const look = RELATION_LOOK[relation.kind];
      return {
        group: 'edges' as const,
        data: {
          id: `relazione-${relation.id}`,
          source: relation.fromId,
          target: relation.toId,
          kind: relation.kind,
          label: relationName(relation.kind),
          color: look.color,
          line: look.line,
          arrow: look.arrow,
          arrowFill: look.hollow ? 'hollow' : 'filled',
          width: look.width,
        },
      };
    });
  return { nodes, edges };
}

/** The canvas style: node shape and colour by family, edge line and arrow by relation kind (all from the elements' data). */
export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(color)',
        shape: 'data(shape)' as never,
        width: 34,
        height: 34,
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(label)',
        color: '#1a1a1a',
        'font-family': 'Titillium Web, Geneva, Tahoma, sans-serif',
        'font-size': 14,
        'font-weight': 600,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
      },
    },
    {
      selector: 'node:active, node.evidenziato',
      style: { 'border-color': '#1a1a1a', 'border-width': 3, 'underlay-color': '#ffbf47', 'underlay-opacity': 0.6, 'underlay-padding': 6 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'line-style': 'data(line)' as never,
        'target-arrow-shape': 'data(arrow)' as never,
        'target-arrow-color': 'data(color)',
        'target-arrow-fill': 'data(arrowFill)' as never,
        'arrow-scale': 1.2,
        'curve-style': 'bezier',
        opacity: 0.85,
      },
    },
    {
      selector: 'edge.con-etichetta',
      style: {
        label: 'data(label)',
        'font-size': 12,
        color: '#1a1a1a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
      },
    },
  ];
}

export interface GraphListEntry {
  instrument: InstrumentRef;
  outgoing: { relation: InstrumentRelation; other: InstrumentRef }[];
  incoming: { relation: InstrumentRelation; other: InstrumentRef }[];
}

/**
 * The same graph as text, for people who do not use the canvas: every instrument by family and
 * name, with the relations it starts and those that reach it.
 */
export function graphListEntries(
  instruments: readonly InstrumentRef[],
  relations: readonly InstrumentRelation[],
  familyOrder: readonly InstrumentFamily[],
): GraphListEntry[] {
  const byId = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  return [...instruments]
    .sort((a, b) => byFamilyThenName(a, b, familyOrder))
    .map((instrument) => ({
      instrument,
      outgoing: relations
        .filter((relation) => relation.fromId === instrument.id && byId.has(relation.toId))
        .map((relation) => ({ relation, other: byId.get(relation.toId)! })),
      incoming: relations
        .filter((relation) => relation.toId === instrument.id && byId.has(relation.fromId))
        .map((relation) => ({ relation, other: byId.get(relation.fromId)! })),
    }));
}

/**
 * Spreads a layout along one axis until it has the canvas's proportions, so a fitted graph fills a
 * wide canvas instead of sitting small in its middle. It only stretches, never squeezes: nodes the
 * layout kept apart stay apart.
 */
export function stretchToAspect(positions: NodePositions, aspect: number): NodePositions {
  const points = Object.values(positions);
  if (points.length < 2 || !(aspect > 0)) return positions;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const width = maxX - minX;
  const height = maxY - minY;
  if (width === 0 || height === 0) return positions;
  const sx = width / height < aspect ? (aspect * height) / width : 1;
  const sy = width / height > aspect ? width / aspect / height : 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy }]),
  );
}

/** Node positions on the page, relative to the canvas's top-left corner, rounded to the pixel. */
export type NodePositions = Record<string, { x: number; y: number }>;
