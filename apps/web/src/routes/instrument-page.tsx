import { Alert } from 'design-react-kit';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { ExperienceForm } from '../features/instruments/experience-form';
import { ExperienceList } from '../features/instruments/experience-list';
import { FamilyName, UnverifiedBadge } from '../features/instruments/instrument-badges';
import { InstrumentComments } from '../features/instruments/instrument-comments';
import { InstrumentEditForm } from '../features/instruments/instrument-edit-form';
import { InstrumentFacts } from '../features/instruments/instrument-facts';
import { InstrumentRelations } from '../features/instruments/instrument-relations';
import { InstrumentRevisions } from '../features/instruments/instrument-revisions';
import { RelationAddForm } from '../features/instruments/relation-add-form';
import { useInstrumentActions } from '../features/instruments/use-instrument-actions';
import { useInstrument } from '../features/instruments/use-instrument-queries';
import { formatDateTime } from '../i18n/format';
import { it } from '../i18n/it';

/**
 * /strumenti/:id: everything about one instrument, its relations both ways, the territory's
 * experiences, the members' notes and the history; editors change it here, with a reason.
 */
export function InstrumentPage() {
  const t = it.instruments;
  const { id = '' } = useParams();
  const { me } = useAuth();
  const [{ data, error, fetching }, reexecute] = useInstrument(id);
  const actions = useInstrumentActions();
  const [editing, setEditing] = useState(false);
  const instrument = data?.instrument;
  useDocumentTitle(instrument?.name ?? t.pageTitle);

  return (
    <>
      <PageBreadcrumb
        items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/strumenti' }, { label: instrument?.name ?? id }]}
      />
      <QueryState
        data={data}
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={t.pageTitle}
      >
        {({ instrument: found, instrumentPermissions: can }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={t.notFound}>
                <Link to="/strumenti">{t.backToCatalogue}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <p className="mb-1">
                <FamilyName family={found.family} />
              </p>
              <h1>{found.name}</h1>
              <p className="small">{t.revisionOf(found.revision, formatDateTime(found.updatedAt))}</p>
              {found.unverified && (
                <Alert color="warning" fade={false}>
                  <p className="fw-semibold mb-1">
                    {t.unverifiedTitle} <UnverifiedBadge />
                  </p>
                  {found.unverifiedNote && <p className="mb-0">{found.unverifiedNote}</p>}
                </Alert>
              )}

              <InstrumentFacts instrument={found} />

              <InstrumentRelations
                relations={found.relations}
                canEdit={can.canEdit}
                onRemove={async (relationId, reason) => {
                  const result = await actions.deleteRelation(relationId, reason);
                  return result.ok ? null : result.error;
                }}
              />

              <section aria-labelledby="strumento-esperienze" className="my-4">
                <h2 id="strumento-esperienze" className="h4">
                  {t.experiencesTitle}
                </h2>
                {found.experiences.length === 0 ? <p>{t.noExperiences}</p> : <ExperienceList experiences={found.experiences} />}
                {can.canRecordExperience && (
                  <>
                    <h3 className="h5 mt-4">{t.experienceAddTitle}</h3>
                    <p>{t.experienceIntro}</p>
                    <ExperienceForm
                      instrumentId={found.id}
                      onRecord={async (input) => {
                        const result = await actions.recordExperience(input);
                        return result.ok ? null : result.error;
                      }}
                    />
                  </>
                )}
              </section>

              <InstrumentComments
                comments={found.comments}
                signedIn={me !== null}
                canComment={can.canComment}
                onAdd={async (body) => {
                  const result = await actions.addComment(found.id, body);
                  return result.ok ? null : result.error;
                }}
              />

              <InstrumentRevisions key={found.revisions[0]?.id} revisions={found.revisions} />

              {can.canEdit && (
                <section aria-labelledby="strumento-modifica" className="my-5 border-top pt-4">
                  <h2 id="strumento-modifica" className="h4">
                    {t.editTitle}
                  </h2>
                  <p>{t.editIntro}</p>
                  <button
                    type="button"
                    className="btn btn-outline-primary mb-3"
                    aria-expanded={editing}
                    aria-controls="strumento-modifica-testi"
                    onClick={() => setEditing(!editing)}
                  >
                    {editing ? t.editClose : t.editOpen}
                  </button>
                  <div id="strumento-modifica-testi" hidden={!editing}>
                    {editing && (
                      <InstrumentEditForm
                        instrument={found}
                        onSave={async (input, reason) => {
                          const result = await actions.update(found.id, input, reason);
                          return result.ok ? { revision: result.value.updateInstrument.revision } : result.error;
                        }}
                      />
                    )}
                  </div>
                  <h3 className="h5 mt-4">{t.relationAddTitle}</h3>
                  <RelationAddForm
                    instrument={found}
                    onAdd={async (input, reason) => {
                      const result = await actions.createRelation(input, reason);
                      return result.ok ? null : result.error;
                    }}
                  />
                </section>
              )}

              <Link to="/strumenti">{t.backToCatalogue}</Link>
            </>
          )
        }
      </QueryState>
    </>
  );
}
