import { Button } from 'design-react-kit';
import { it } from '../../i18n/it';
import type { InstrumentAnswer, InstrumentQuestion } from './instrument-types';

interface GuidedQuestionsFormProps {
  questions: InstrumentQuestion[];
  answers: InstrumentAnswer[];
  onAnswer: (questionId: string, optionId: string | null) => void;
  onClear: () => void;
}

/**
 * All the questions on one page, each a radio group (fieldset and legend) that starts on «Non so»:
 * every answer goes to the URL at once and the results below follow.
 */
export function GuidedQuestionsForm({ questions, answers, onAnswer, onClear }: GuidedQuestionsFormProps) {
  const t = it.instruments;
  const answerOf = (questionId: string) => answers.find((answer) => answer.questionId === questionId)?.optionId ?? '';
  return (
    <form onSubmit={(event) => event.preventDefault()} aria-labelledby="domande-titolo">
      <h2 id="domande-titolo" className="h4">
        {t.questionsTitle}
      </h2>
      <p aria-live="polite">{t.answered(answers.length, questions.length)}</p>
      {questions.map((question, questionIndex) => {
        const chosen = answerOf(question.id);
        const helpId = `domanda-${question.id}-aiuto`;
        const options = [{ id: '', label: t.noAnswer }, ...question.options];
        return (
          <fieldset key={question.id} className="mb-4 border rounded p-3" aria-describedby={helpId}>
            <legend className="h6 fw-semibold float-none w-auto px-1 mb-1">
              {questionIndex + 1}. {question.text}
            </legend>
            <p id={helpId} className="small mb-2">
              {question.help}
            </p>
            <div className={options.length > 6 ? 'instrument-radio-columns' : undefined}>
              {options.map((option, optionIndex) => {
                const id = `domanda-${question.id}-${optionIndex}`;
                return (
                  <div key={option.id || 'nessuna'} className="form-check">
                    <input
                      id={id}
                      type="radio"
                      name={`domanda-${question.id}`}
                      value={option.id}
                      checked={chosen === option.id}
                      onChange={() => onAnswer(question.id, option.id || null)}
                    />
                    <label htmlFor={id}>{option.label}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
      {answers.length > 0 && (
        <Button type="button" color="primary" outline onClick={onClear}>
          {t.clearAnswers}
        </Button>
      )}
    </form>
  );
}
