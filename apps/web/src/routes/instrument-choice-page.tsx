import { Col, Row } from 'design-react-kit';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { answersFromParams, clearAnswers, sameAnswers, splitSuggestions, writeAnswer } from '../features/instruments/guided-answers';
import { GuidedQuestionsForm } from '../features/instruments/guided-questions-form';
import { GuidedResults } from '../features/instruments/guided-results';
import { InstrumentSectionNav } from '../features/instruments/instrument-section-nav';
import { useInstrumentQuestions, useInstrumentSuggestions } from '../features/instruments/use-instrument-queries';
import { it } from '../i18n/it';

/** /strumenti/scelta-guidata: the questions (answers in the URL) and, updated at every answer, the verdict on each instrument. */
export function InstrumentChoicePage() {
  const t = it.instruments;
  useDocumentTitle(it.titles.instrumentChoice);
  const [params, setParams] = useSearchParams();
  const [questionsResult, reexecuteQuestions] = useInstrumentQuestions();
  const questions = useMemo(() => questionsResult.data?.instrumentQuestions ?? [], [questionsResult.data]);
  const answers = useMemo(() => answersFromParams(params, questions), [params, questions]);
  const [{ data, error, fetching, operation }, reexecute] = useInstrumentSuggestions(answers, !questionsResult.data);
  const current = sameAnswers(operation?.variables.answers, answers);
  const results = useMemo(() => (data ? splitSuggestions(data.suggestInstruments) : null), [data]);

  const answer = (questionId: string, optionId: string | null) =>
    setParams((currentParams) => writeAnswer(currentParams, questionId, optionId), { replace: true, preventScrollReset: true });
  const clear = () => setParams((currentParams) => clearAnswers(currentParams, questions), { replace: true, preventScrollReset: true });

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/strumenti' }, { label: t.tabChoice }]} />
      <h1>{t.choicePageTitle}</h1>
      <p className="lead">{t.choiceIntro}</p>
      <InstrumentSectionNav />
      <QueryState
        data={questionsResult.data}
        error={questionsResult.error}
        fetching={questionsResult.fetching}
        onRetry={() => reexecuteQuestions({ requestPolicy: 'network-only' })}
      >
        {() => (
          <Row>
            <Col xs={12} lg={6}>
              <GuidedQuestionsForm questions={questions} answers={answers} onAnswer={answer} onClear={clear} />
            </Col>
            <Col xs={12} lg={6}>
              <section aria-labelledby="risultati-scelta-titolo" aria-busy={!current}>
                <h2 id="risultati-scelta-titolo" className="h4">
                  {t.choiceResultsTitle}
                </h2>
                <div aria-live="polite" className="small mb-2">
                  {!current && results ? t.updating : ''}
                </div>
                {error && !fetching ? (
                  <ErrorState error={toApiError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
                ) : results ? (
                  <GuidedResults suggested={results.suggested} excluded={results.excluded} />
                ) : (
                  <LoadingState />
                )}
              </section>
            </Col>
          </Row>
        )}
      </QueryState>
    </>
  );
}
