import { Alert } from 'design-react-kit';
import { otherFieldProblems, type ApiError } from '../app/graphql-errors';
import { it } from '../i18n/it';

interface FormErrorAlertProps {
  error: ApiError;
  /** Fields the form shows next to their control; problems for any other field are listed here. */
  shownFields?: readonly string[];
  title?: string;
}

/** The summary above a form: what went wrong, in the API's words, plus any field it could not place. */
export function FormErrorAlert({ error, shownFields = [], title }: FormErrorAlertProps) {
  const heading = title ?? it.errors.byCode[error.code] ?? it.errors.title;
  const others = otherFieldProblems(error, shownFields);
  return (
    <Alert color="danger" fade={false} className="mb-5">
      <p className="fw-semibold mb-1">{heading}</p>
      {error.message !== heading && <p className="mb-0">{error.message}</p>}
      {others.length > 0 && (
        <>
          <p className="mb-0 mt-2">{it.errors.otherFields}</p>
          <ul className="mb-0">
            {others.map((problem) => (
              <li key={`${problem.field}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
