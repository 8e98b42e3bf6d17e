import type { ReactNode } from 'react';
import { it } from '../../i18n/it';
import { FamilyName, UnverifiedBadge } from './instrument-badges';
import { phaseLabel, sourceKindLabel } from './instrument-labels';
import type { InstrumentDetail } from './instrument-types';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="my-4">
      <h2 id={id} className="h4">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Items({ items, ordered = false }: { items: readonly string[]; ordered?: boolean }) {
  if (items.length === 0) return <p>{it.instruments.noItems}</p>;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((item, index) => (
        <li key={`${index}-${item}`} className="mb-1">
          {item}
        </li>
      ))}
    </List>
  );
}

/** Every attribute of an instrument, in the order a reader needs them: what it is, when, on what basis, how, within which limits. */
export function InstrumentFacts({ instrument }: { instrument: InstrumentDetail }) {
  const t = it.instruments;
  return (
    <>
      <Section id="strumento-sintesi" title={t.summary}>
        <p className="text-pre-line">{instrument.summary}</p>
      </Section>
      <Section id="strumento-quando" title={t.whenToUse}>
        <p className="text-pre-line">{instrument.whenToUse}</p>
      </Section>

      <Section id="strumento-caratteristiche" title={t.detailsTitle}>
        <dl className="row">
          <dt className="col-sm-3">{t.family}</dt>
          <dd className="col-sm-9">
            <FamilyName family={instrument.family} />
          </dd>
          <dt className="col-sm-3">{t.phases}</dt>
          <dd className="col-sm-9">{instrument.phases.map(phaseLabel).join(', ')}</dd>
          <dt className="col-sm-3">{t.counterparts}</dt>
          <dd className="col-sm-9">
            {instrument.counterparts}
            {instrument.counterpartsUnverified && <UnverifiedBadge />}
          </dd>
          <dt className="col-sm-3">{t.resourceFlow}</dt>
          <dd className="col-sm-9">
            {instrument.resourceFlow}
            {instrument.resourceFlowUnverified && <UnverifiedBadge />}
          </dd>
          <dt className="col-sm-3">{t.areas}</dt>
          <dd className="col-sm-9">{instrument.areas.join(', ') || it.common.none}</dd>
          {instrument.regionalNote && (
            <>
              <dt className="col-sm-3">{t.regionalNote}</dt>
              <dd className="col-sm-9">{instrument.regionalNote}</dd>
            </>
          )}
          {instrument.note && (
            <>
              <dt className="col-sm-3">{t.note}</dt>
              <dd className="col-sm-9">{instrument.note}</dd>
            </>
          )}
        </dl>
      </Section>

      <Section id="strumento-base-giuridica" title={t.legalBasis}>
        {instrument.legalBasis.length === 0 ? (
          <p>{t.noItems}</p>
        ) : (
          <ul>
            {instrument.legalBasis.map((basis, index) => (
              <li key={`${basis.sourceId}-${index}`} className="mb-2">
                <span className="fw-semibold">{t.legalBasisItem(basis.act, basis.article)}</span>
                {basis.unverified && <UnverifiedBadge />}
                {basis.url && (
                  <>
                    {' – '}
                    <a href={basis.url} rel="noopener noreferrer">
                      {basis.sourceTitle ? t.readSource(basis.sourceTitle) : t.readSourceFallback}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="strumento-passaggi" title={t.keySteps}>
        <Items items={instrument.keySteps} ordered />
      </Section>
      <Section id="strumento-vincoli" title={t.constraints}>
        <Items items={instrument.constraints} />
      </Section>

      <Section id="strumento-giurisprudenza" title={t.caseLaw}>
        <Items items={instrument.caseLaw} />
        {instrument.caseLawDetails.length > 0 && (
          <>
            <h3 className="h6">{t.caseLawDetails}</h3>
            <ul>
              {instrument.caseLawDetails.map((detail, index) => (
                <li key={`${detail.sourceId}-${index}`} className="mb-2">
                  <span className="fw-semibold">
                    {detail.url ? (
                      <a href={detail.url} rel="noopener noreferrer">
                        {detail.ruling}
                      </a>
                    ) : (
                      detail.ruling
                    )}
                  </span>
                  : {detail.holding}
                </li>
              ))}
            </ul>
          </>
        )}
      </Section>

      <Section id="strumento-fonti" title={t.sources}>
        {instrument.sources.length === 0 ? (
          <p>{t.noItems}</p>
        ) : (
          <ul>
            {instrument.sources.map((source) => (
              <li key={source.id} className="mb-2">
                <span className="small text-uppercase fw-semibold me-1">{sourceKindLabel(source.kind)}</span>
                <a href={source.url} rel="noopener noreferrer">
                  {source.title}
                </a>
                {source.unverified && <UnverifiedBadge />}
                {source.note && <span className="d-block small">{source.note}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
