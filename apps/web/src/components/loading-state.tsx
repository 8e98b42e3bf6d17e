import { Spinner } from 'design-react-kit';
import { it } from '../i18n/it';

/** A visible, announced "loading" line: never leave the page blank while waiting. */
export function LoadingState({ label = it.common.loading }: { label?: string }) {
  return (
    <div className="d-flex align-items-center gap-3 my-4" role="status">
      <Spinner active small aria-hidden="true" label="" />
      <span>{label}</span>
    </div>
  );
}
