import cytoscape, { type Core } from 'cytoscape';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { it } from '../../i18n/it';
import { graphStylesheet, stretchToAspect, type GraphElements, type NodePositions } from './instrument-graph';

/*
 * Two layouts shipped with cytoscape. Breadth-first lays the graph out in rows, wide like the
 * canvas and the same on every visit; the force layout (cose) then untangles it without
 * randomising, counting labels in each node’s size so that nodes and their labels keep apart.
 */
const FIRST_LAYOUT = {
  name: 'breadthfirst',
  directed: false,
  nodeDimensionsIncludeLabels: true,
  avoidOverlap: true,
  fit: false,
  animate: false,
} as const;

const LAYOUT = {
  name: 'cose',
  randomize: false,
  animate: false,
  fit: true,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 5_000,
  nodeOverlap: 40,
  idealEdgeLength: () => 30,
  edgeElasticity: () => 120,
  gravity: 2,
  componentSpacing: 40,
  numIter: 2500,
  initialTemp: 150,
  coolingFactor: 0.97,
  minTemp: 1,
} as const;

const ZOOM_STEP = 1.25;

/**
 * Where each node is drawn, relative to the canvas, in `data-node-positions`: read-only, it lets
 * automated tests (and other tools) find a node on the canvas without reaching into cytoscape.
 */
function publishPositions(cy: Core, container: HTMLElement) {
  const positions: NodePositions = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.renderedPosition();
    positions[node.id()] = { x: Math.round(x), y: Math.round(y) };
  });
  container.dataset['nodePositions'] = JSON.stringify(positions);
}

interface InstrumentGraphCanvasProps {
  elements: GraphElements;
  /** Said by screen readers instead of the canvas, which they cannot read. */
  label: string;
}

/** The relation graph on a canvas: selecting a node opens its instrument. The list below the canvas is its text equivalent. */
export function InstrumentGraphCanvas({ elements, label }: InstrumentGraphCanvasProps) {
  const t = it.instruments;
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const [edgeLabels, setEdgeLabels] = useState(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const cy = cytoscape({
      container: element,
      elements: [...elements.nodes, ...elements.edges],
      style: graphStylesheet(),
      layout: { name: 'null' },
      minZoom: 0.3,
      maxZoom: 3,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cyRef.current = cy;
    cy.layout(FIRST_LAYOUT).run();
    cy.layout(LAYOUT).run();
    // Spread the result to the canvas's proportions (it only ever spreads), then fit: the text
    // comes out as large as the canvas permits.
    const laidOut: NodePositions = {};
    cy.nodes().forEach((node) => {
      laidOut[node.id()] = { ...node.position() };
    });
    const stretched = stretchToAspect(laidOut, cy.width() / cy.height());
    cy.nodes().positions((node) => stretched[node.id()] ?? node.position());
    cy.fit(undefined, LAYOUT.padding);
    publishPositions(cy, element);
    cy.on('viewport resize dragfree layoutstop', () => publishPositions(cy, element));
    cy.on('tap', 'node', (event) => navigate(`/strumenti/${encodeURIComponent(event.target.id())}`));
    cy.on('mouseover', 'node', (event) => {
      element.style.cursor = 'pointer';
      event.target.addClass('evidenziato');
    });
    cy.on('mouseout', 'node', (event) => {
      element.style.cursor = '';
      event.target.removeClass('evidenziato');
    });
    return () => {
      cyRef.current = null;
      cy.destroy();
    };
  }, [elements, navigate]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    if (edgeLabels) cy.edges().addClass('con-etichetta');
    else cy.edges().removeClass('con-etichetta');
  }, [edgeLabels, elements]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <>
      <div role="group" aria-label={t.graphControls} className="d-flex flex-wrap align-items-center gap-2 mb-2">
        <Button color="primary" outline size="sm" onClick={() => zoom(ZOOM_STEP)}>
          {t.zoomIn}
        </Button>
        <Button color="primary" outline size="sm" onClick={() => zoom(1 / ZOOM_STEP)}>
          {t.zoomOut}
        </Button>
        <Button color="primary" outline size="sm" onClick={() => cyRef.current?.fit(undefined, LAYOUT.padding)}>
          {t.fit}
        </Button>
        <div className="form-check mb-0 ms-2">
          <input
            id="etichette-relazioni"
            type="checkbox"
            checked={edgeLabels}
            onChange={(event) => setEdgeLabels(event.target.checked)}
          />
          <label htmlFor="etichette-relazioni">{t.showEdgeLabels}</label>
        </div>
      </div>
      <div ref={container} role="img" aria-label={label} className="instrument-graph-canvas" data-testid="grafo-strumenti" />
    </>
  );
}
