import { useMemo } from 'react';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { buildGraphElements, graphListEntries } from '../features/instruments/instrument-graph';
import { InstrumentGraphCanvas } from '../features/instruments/instrument-graph-canvas';
import { InstrumentGraphLegend } from '../features/instruments/instrument-graph-legend';
import { InstrumentGraphList } from '../features/instruments/instrument-graph-list';
import { relationLabel } from '../features/instruments/instrument-labels';
import { InstrumentSectionNav } from '../features/instruments/instrument-section-nav';
import { INSTRUMENT_FAMILIES } from '../features/instruments/instrument-types';
import { useInstrumentGraph } from '../features/instruments/use-instrument-queries';
import { it } from '../i18n/it';

/** /strumenti/mappa: the relations between instruments as a graph (cytoscape) and, below it, as a list. */
export function InstrumentGraphPage() {
  const t = it.instruments;
  useDocumentTitle(it.titles.instrumentGraph);
  const [{ data, error, fetching }, reexecute] = useInstrumentGraph();
  const elements = useMemo(
    () => (data ? buildGraphElements(data.instruments, data.instrumentRelations, INSTRUMENT_FAMILIES, relationLabel) : null),
    [data],
  );
  const entries = useMemo(
    () => (data ? graphListEntries(data.instruments, data.instrumentRelations, INSTRUMENT_FAMILIES) : []),
    [data],
  );

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/strumenti' }, { label: t.tabGraph }]} />
      <h1>{t.graphPageTitle}</h1>
      <p className="lead">{t.graphIntro}</p>
      <InstrumentSectionNav />
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {() =>
          elements && (
            <>
              <InstrumentGraphLegend />
              <InstrumentGraphCanvas elements={elements} label={t.graphLabel(elements.nodes.length, elements.edges.length)} />
              <InstrumentGraphList entries={entries} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
