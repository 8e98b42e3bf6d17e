import { Alert, Button } from 'design-react-kit';
import type { ApiError } from '../app/graphql-errors';
import { it } from '../i18n/it';

interface ErrorStateProps {
  error: ApiError;
  /** A short title; defaults to the generic one for the error code. */
  title?: string;
  onRetry?: () => void;
}

/** An error as the API reported it: a title for the code, the API's own (Italian) message, the code. */
export function ErrorState({ error, title, onRetry }: ErrorStateProps) {
  const heading = title ?? it.errors.byCode[error.code] ?? it.errors.title;
  return (
    <Alert color="danger" fade={false} className="my-4">
      <p className="fw-semibold mb-1">{heading}</p>
      {error.message !== heading && <p className="mb-1">{error.message}</p>}
      <p className="small mb-0">
        {it.errors.codeLabel}: <code>{error.code}</code>
      </p>
      {onRetry && (
        <Button color="primary" size="sm" className="mt-3" onClick={onRetry}>
          {it.common.retry}
        </Button>
      )}
    </Alert>
  );
}
