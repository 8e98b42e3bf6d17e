import process from '../data/bergamo/piano-di-zona-process.json';

export interface PlanTemplatePhase {
  order: number;
  key: string;
  name: string;
  /** Months before the approval deadline (0 = the deadline's month). */
  monthsBeforeApproval: number;
  evidenceRequired: string[];
  participants: string[];
}

export interface PlanTemplateIndicator {
  key: string;
  indicator: string;
  unit: 'COUNT' | 'PERCENT';
  /** As a number in `unit`; the source's text is kept in `target`. */
  targetValue: number | null;
  target: string;
}

export interface PlanTemplate {
  id: string;
  name: string;
  anchor: string;
  phases: PlanTemplatePhase[];
  indicators: PlanTemplateIndicator[];
}

type Source = { template: { id: string; name: string; anchor: string; phases: PlanTemplatePhase[]; indicators: { key: string; indicator: string; target: string }[] } };
const source = (process as unknown as Source).template;

/**
 * How the source's textual targets read as numbers. The participation indicator of the Dalmine
 * sheet counts two things (bodies involved; bodies adhering to the Accordo di Programma): it is
 * tracked as two indicators, both with the sheet's "almeno 30".
 */
const NUMERIC: Record<string, { unit: 'COUNT' | 'PERCENT'; targetValue: number; split?: string[] }> = {
  'rispetto-fasi-tempi': { unit: 'PERCENT', targetValue: 100 },
  'approvazione-piano': { unit: 'COUNT', targetValue: 1 },
  partecipazione: {
    unit: 'COUNT', targetValue: 30,
    split: ['Soggetti coinvolti nella valutazione e nella redazione del Piano', 'Soggetti aderenti all’Accordo di Programma'],
  },
};

/** The Piano di Zona drafting path (from the Dalmine sheet), as a template a space can start. */
export const bergamoPlanTemplates: PlanTemplate[] = [{
  id: source.id,
  name: source.name,
  anchor: source.anchor,
  phases: source.phases,
  indicators: source.indicators.flatMap((i) => {
    const numeric = NUMERIC[i.key];
    const base = { key: i.key, target: i.target, unit: numeric?.unit ?? 'COUNT', targetValue: numeric?.targetValue ?? null } as const;
    return numeric?.split ? numeric.split.map((name, n) => ({ ...base, key: `${i.key}-${n + 1}`, indicator: name })) : [{ ...base, indicator: i.indicator }];
  }),
}];
