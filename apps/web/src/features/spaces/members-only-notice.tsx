import { Alert } from 'design-react-kit';
import { it } from '../../i18n/it';

/** Shown instead of members or activity to people outside the space (or when the API answers FORBIDDEN). */
export function MembersOnlyNotice({ message }: { message: string }) {
  return (
    <Alert color="info" fade={false} className="my-4">
      <p className="fw-semibold mb-1">{it.spaces.membersOnlyTitle}</p>
      <p className="mb-0">{message}</p>
    </Alert>
  );
}
