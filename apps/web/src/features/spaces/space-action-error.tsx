import { Alert } from 'design-react-kit';
import type { ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';

/**
 * A failed member operation. CONFLICT means the space would be left without a coordinator:
 * say so plainly, with the API's own words (which say what to do instead), or ours if it gave none.
 */
export function SpaceActionError({ error }: { error: ApiError }) {
  const t = it.spaces;
  const conflict = error.code === 'CONFLICT';
  const heading = conflict ? t.conflictTitle : (it.errors.byCode[error.code] ?? it.errors.title);
  return (
    <Alert color="danger" fade={false} className="my-3">
      <p className="fw-semibold mb-1">{heading}</p>
      {error.message && error.message !== heading && error.message !== it.errors.unknown ? (
        <p className="mb-1">{error.message}</p>
      ) : (
        conflict && <p className="mb-1">{t.lastCoordinatorHint}</p>
      )}
      <p className="small mb-0">
        {it.errors.codeLabel}: <code>{error.code}</code>
      </p>
    </Alert>
  );
}
