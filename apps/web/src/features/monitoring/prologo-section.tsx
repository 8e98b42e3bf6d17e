import { monitoringText } from '../../i18n/monitoring';
import type { ObjectiveMonitoring } from './monitoring-types';

/** What the Prologo says about following the objective: tools, monitoring, evaluation, governance bodies. */
export function PrologoSection({ objective }: { objective: ObjectiveMonitoring }) {
  const t = monitoringText.prologo;
  const lists = [
    { key: 'strumenti', title: t.tools, items: objective.tools },
    { key: 'monitoraggio', title: t.monitoring, items: objective.monitoring },
    { key: 'valutazione', title: t.evaluation, items: objective.evaluation },
    { key: 'governance', title: t.governance, items: objective.governanceBodies },
  ].filter((list) => list.items.length > 0);
  if (lists.length === 0) return null;
  return (
    <section aria-labelledby="prologo-titolo" className="my-5">
      <h2 id="prologo-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {lists.map((list) => (
        <div key={list.key} className="mb-3">
          <h3 className="h6">{list.title}</h3>
          <ul className="mb-0">
            {list.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
